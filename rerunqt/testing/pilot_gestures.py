"""The gestures every ``QtPilot`` driver is made of: real clicks and key presses only.

Shared by the drivers of the choice, slider and text widgets (pilot_drivers.py) and of
the pickers (pilot_pickers.py).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from rerunqt.qt.adapters.base import Host
from rerunqt.qt.renderer import Record

if TYPE_CHECKING:
    from rerunqt.testing.pilot import QtPilot


CLICK = Qt.MouseButton.LeftButton
KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class Driver(NamedTuple):
    same: Callable[[Record, QWidget, Any], bool]  # does the widget already show this front-end value?
    act: Callable[[QtPilot, Record, QWidget, Any], None]  # the user's gesture


# ----- shared gestures -----
def click_point(widget: QWidget) -> QPoint:
    """Check and radio boxes react to clicks on their indicator/text, not their far right edge."""
    rect = widget.rect()
    if widget.inherits("QCheckBox") or widget.inherits("QRadioButton"):  # subclasses too
        return QPoint(min(10, rect.width() // 2), rect.height() // 2)
    return rect.center()


def click(pilot: QtPilot, widget: QWidget) -> None:
    if not widget.isEnabled():
        raise ValueError(f"the {type(widget).__name__} is disabled: a user cannot click it")
    pilot.qtbot.mouseClick(widget, CLICK, pos=click_point(widget))


def open_menu_and_pick(pilot: QtPilot, opener: Callable[[], None], action: QAction) -> None:
    """Open a drop-down menu with ``opener`` (a click or key on its button; Qt's menu runs
    its own event loop until it closes) and click ``action`` in it once it is on screen."""
    def pick() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu) or action not in popup.actions():
            QTimer.singleShot(10, pick)
            return
        QTest.mouseClick(popup, CLICK, pos=popup.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    opener()


def focus(pilot: QtPilot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus, as a click or Tab would, and wait for it."""
    if not widget.isEnabled():
        raise ValueError(f"the {type(widget).__name__} is disabled: a user cannot change it")
    if not widget.hasFocus():
        pilot.window.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        pilot.qtbot.waitUntil(widget.hasFocus, timeout=pilot.timeout_ms)


def press(pilot: QtPilot, widget: QWidget, key: Qt.Key, times: int = 1,
          modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    for _ in range(times):
        pilot.qtbot.keyClick(widget, key, modifier)


def commit_key(pilot: QtPilot, record: Record, widget: QWidget, ctrl: bool = False) -> None:
    """Enter (Ctrl+Enter) commits a field; in a form Tab does, so the form is not submitted."""
    if in_form(pilot, record):
        press(pilot, widget, KEY.Key_Tab)
    else:
        press(pilot, widget, KEY.Key_Return, modifier=CTRL if ctrl else NO_MODIFIER)


def in_form(pilot: QtPilot, record: Record) -> bool:
    host: Host = record.host
    return host is not pilot.window.host


def replace_text(pilot: QtPilot, widget: QWidget, text: str) -> None:
    """Select all (Ctrl+A), then type ``text`` over it (Backspace when it is empty).

    A new line is typed as the Enter key (a text area's line break).
    """
    press(pilot, widget, KEY.Key_A, modifier=CTRL)
    if not text:
        press(pilot, widget, KEY.Key_Backspace)
    for n, line in enumerate(text.split("\n")):
        if n:
            press(pilot, widget, KEY.Key_Return)
        type_text(pilot, widget, line)


def type_text(pilot: QtPilot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; a character with no key of its own (é, 日) comes as an
    input method sends it: a key event carrying only the text."""
    for run in re.findall(r"[ -~]+|[^ -~]", text):
        if run.isascii():
            pilot.qtbot.keyClicks(widget, run)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, KEY.Key_unknown, run, NO_MODIFIER)


@contextlib.contextmanager
def answering(module: Any, name: str, answer: Callable[..., Any]) -> Iterator[None]:
    """Replace the dialog function ``module.name`` while the user clicks its button."""
    original = getattr(module, name)
    setattr(module, name, answer)
    try:
        yield
    finally:
        setattr(module, name, original)


def user_cannot(what: str) -> ValueError:
    return ValueError(f"a user cannot {what}; set it from the script (st.session_state) instead")


# ----- checkbox, toggle, radio -----
