"""QtPilot: drive a real (offscreen) app window from pytest-qt, with no sleeps.

Find widgets by key or label, act on them with real Qt events (mouse clicks, key
presses), then ``settle()`` waits until the resulting rerun is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCheckBox, QLineEdit, QWidget

from rerunqt.qt.app import open_window
from rerunqt.qt.renderer import Record
from rerunqt.qt.window import AppWindow


class QtPilot:
    """A window running ``script`` plus helpers that act like a user."""

    def __init__(self, qtbot: Any, script: str | Path, options: dict[str, Any] | None = None,
                 timeout_ms: int = 5000) -> None:
        self.qtbot = qtbot
        self.timeout_ms = timeout_ms
        self.window: AppWindow = open_window(Path(script), options or _options_for(Path(script)))
        qtbot.addWidget(self.window)
        self.settle()

    # ----- waiting -----
    def settle(self) -> QtPilot:
        """Wait until no run is queued or running and the last result is on screen."""
        session = self.window.session

        def idle() -> bool:
            return (not session.running and not session.requests.has_pending()
                    and self.window.applied_run == session.run_count
                    and self.window.bridge._latest is None)

        def idle_and_shown() -> bool:
            if not idle():
                return False
            QApplication.processEvents()  # Qt shows new layout children one event later
            return idle()

        try:
            self.qtbot.waitUntil(idle_and_shown, timeout=self.timeout_ms)
        except Exception:
            raise AssertionError(
                f"the app did not settle within {self.timeout_ms} ms (runs started: "
                f"{session.run_count}, applied: {self.window.applied_run}, running: "
                f"{session.running}); is the script stuck in a loop?"
            ) from None
        return self

    # ----- finding -----
    def record(self, key: str | None = None, label: str | None = None,
               kind: str | None = None) -> Record:
        found = self.window.renderer.find(key=key, label=label, kind=kind)
        if not found:
            shown = [(r.element.kind, r.element.key, r.element.prop("label"))
                     for r in self.window.renderer.find()]
            raise LookupError(f"no widget with key={key!r} label={label!r} kind={kind!r}; "
                              f"on the page: {shown}")
        return found[0]

    def widget(self, key: str | None = None, label: str | None = None,
               kind: str | None = None) -> QWidget:
        """The Qt widget a user acts on (the input inside a labelled field)."""
        record = self.record(key, label, kind)
        return record.adapter.probe(record.widget)

    def texts(self, kind: str) -> list[str]:
        """The visible text of every element of ``kind`` (labels), in page order."""
        out = []
        for record in self.window.renderer.find(kind=kind):
            widget = record.widget
            text = getattr(widget, "text", None)
            out.append(text() if callable(text) else "")
        return out

    # ----- acting -----
    def click(self, key: str | None = None, label: str | None = None) -> QtPilot:
        widget = self.widget(key, label)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_click_point(widget))
        return self.settle()

    def type(self, text: str, key: str | None = None, label: str | None = None,
             enter: bool = True, clear: bool = True) -> QtPilot:
        """Focus a text or number field, type ``text`` key by key, then press Enter."""
        widget = self.widget(key, label)
        editor = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
        widget.setFocus()
        if clear and isinstance(editor, QLineEdit):
            editor.selectAll()
            self.qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        self.qtbot.keyClicks(editor, text)
        if enter:
            self.qtbot.keyClick(editor, Qt.Key.Key_Return)
            return self.settle()
        return self

    def set_value(self, value: Any, key: str | None = None, label: str | None = None) -> QtPilot:
        """Give a widget ``value`` the way a user would: click a checkbox, type into a field."""
        widget = self.widget(key, label)
        if isinstance(widget, QCheckBox):
            if widget.isChecked() != bool(value):
                self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_click_point(widget))
            return self.settle()
        if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
            return self.type("" if value is None else str(value), key, label)
        raise TypeError(f"set_value does not know how to set a {type(widget).__name__}")

    def press(self, qt_key: Qt.Key, key: str | None = None, label: str | None = None) -> QtPilot:
        """Press one key (e.g. ``Qt.Key.Key_Space``) on a widget found by key or label."""
        widget = self.widget(key, label)
        widget.setFocus()
        self.qtbot.keyClick(widget, qt_key)
        return self.settle()

    def rerun(self) -> QtPilot:
        self.window.request_rerun()
        return self.settle()

    def close(self) -> None:
        self.window.close()


def _options_for(script: Path) -> dict[str, Any]:
    from rerunqt.config import load_config

    return dict(load_config(script))


def _click_point(widget: QWidget) -> QPoint:
    """Checkboxes react to clicks on their indicator/text, not their far right edge."""
    rect = widget.rect()
    if widget.metaObject().className() == "QCheckBox":
        return QPoint(min(10, rect.width() // 2), rect.height() // 2)
    return rect.center()
