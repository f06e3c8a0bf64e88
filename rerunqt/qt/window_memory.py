"""Window memory: a script's window opens where and as large as it was last closed.

Geometry is kept with QSettings (organisation "rerunqt"), one entry per script, keyed by
the script's absolute path. ``RERUNQT_SETTINGS_DIR`` moves the settings file to another
folder (the test suite points it at a temporary one). A remembered size wins over
``window.width``/``window.height`` unless one of them was set explicitly (a flag, an
environment variable or a config file); the position is restored either way.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from rerunqt.config import OPTIONS

try:  # CPython's own SHA-1: the same digest as hashlib's without loading OpenSSL at start
    from _sha1 import sha1  # type: ignore[import-not-found]
except ImportError:  # a Python built without it
    from hashlib import sha1

SETTINGS_DIR_ENV = "RERUNQT_SETTINGS_DIR"
SIZE_KEYS = ("window.width", "window.height")


def settings() -> QSettings:
    """The settings store: ``$RERUNQT_SETTINGS_DIR/rerunqt.ini`` if set, else the user's."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        return QSettings(str(Path(folder) / "rerunqt.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "rerunqt", "rerunqt")


def _group(script: Path) -> str:
    # A path holds "/" (a group separator in QSettings): key by its digest instead.
    digest = sha1(str(script.resolve()).encode()).hexdigest()[:16]
    return f"windows/{digest}"


def size_is_explicit(options: Mapping[str, Any]) -> bool:
    """Whether the window size was chosen by the user rather than left at its default.

    A ``Config`` knows where each value came from; a plain mapping counts a value that
    differs from the default as chosen.
    """
    source = getattr(options, "source", None)
    if callable(source):
        return any(source(key) != "default" for key in SIZE_KEYS)
    return any(key in options and options[key] != OPTIONS[key].default for key in SIZE_KEYS)


def remembered(script: Path) -> QRect | None:
    store = settings()
    store.beginGroup(_group(script))
    value = store.value("geometry")
    store.endGroup()
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        return None
    try:
        x, y, width, height = (int(v) for v in value)
    except (TypeError, ValueError):
        return None
    if width <= 0 or height <= 0:
        return None
    return QRect(x, y, width, height)


def remember(window: QWidget, script: Path) -> None:
    """Save the window's normal (not full-screen or maximized) geometry for ``script``."""
    full = window.isFullScreen() or window.isMaximized()
    # pos() is the frame's corner, which move() takes back: no drift from start to start
    rect = window.normalGeometry() if full else QRect(window.pos(), window.size())
    if rect.width() <= 0 or rect.height() <= 0:
        return
    store = settings()
    store.beginGroup(_group(script))
    store.setValue("path", str(script.resolve()))
    store.setValue("geometry", [rect.x(), rect.y(), rect.width(), rect.height()])
    store.endGroup()
    store.sync()


def clamped(rect: QRect) -> QRect:
    """``rect`` moved (and shrunk if need be) to lie inside a screen's available area."""
    screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return rect
    area = screen.availableGeometry()
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.left() + area.width() - width)
    y = min(max(rect.y(), area.top()), area.top() + area.height() - height)
    return QRect(QPoint(x, y), QRect(0, 0, width, height).size())


def restore(window: QWidget, script: Path, explicit_size: bool) -> bool:
    """Put the window where it was last closed; False if nothing was remembered."""
    rect = remembered(script)
    if rect is None:
        return False
    if explicit_size:
        rect.setSize(window.size())
    rect = clamped(rect)
    window.resize(rect.size())
    window.move(rect.topLeft())
    return True
