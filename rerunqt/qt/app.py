"""Launching a window for a script: QApplication set-up, theme, event loop."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from rerunqt.qt.window import AppWindow


def stylesheet(theme: str = "light") -> str:
    """The bundled stylesheet (empty if the resources are not installed)."""
    name = f"{theme}.qss"
    try:
        return (resources.files("rerunqt.resources") / name).read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    source_tree = Path(__file__).resolve().parents[2] / "resources" / name  # a plain checkout
    return source_tree.read_text() if source_tree.is_file() else ""


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("rerunqt")
    assert isinstance(app, QApplication)
    return app


def open_window(script_path: Path, options: Mapping[str, Any] | None = None) -> AppWindow:
    """Create, style, show and start a window for ``script_path``."""
    app = ensure_application()
    opts = dict(options or {})
    if not app.styleSheet():
        app.setStyleSheet(stylesheet(str(opts.get("theme.base", "light"))))
    window = AppWindow(script_path, opts)
    window.show()
    window.start()
    return window


def run_app(script_path: Path, config: Mapping[str, Any]) -> int:
    """Open the app window and run the event loop until it closes; the exit status."""
    app = ensure_application()
    window = open_window(script_path, config)
    window.raise_()
    return int(app.exec())
