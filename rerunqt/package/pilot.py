"""Drive a running app window from a JSON file: real clicks, then what is on screen.

``RERUNQT_PILOT=steps.json`` in a bundle's environment (runtime.py) starts one. The file
is ``{"steps": [...], "out": "result.json"}``; each step waits until the app is idle
(no run going, the last run on screen), then does one thing:

- ``{"click": "Label"}``: a mouse press and release on the button with that text;
- ``{"page": "Title"}``: a click on that page in the navigation list;
- ``{"dump": "name"}``: record the window title and every visible text under ``name``;
- ``{"grab": "shot.png"}``: save a picture of the window;
- ``{"painted": true}``: print ``rerunqt-pilot: painted`` on stdout at the next paint.

When the steps are done the result is written to ``out`` and the window closes. This
is how tests and benchmarks see inside a frozen app, through the same widgets a user
clicks; it reads only a file the person starting the app names.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget

__all__ = ["Pilot", "visible_texts"]

POLL_MS = 20
STEP_LIMIT_MS = 30_000


def visible_texts(root: QWidget) -> list[str]:
    """The text of every visible label and button under ``root``, in widget order."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.append(widget.text())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def _click(widget: QWidget, x: float, y: float) -> None:
    """A left press and release at (x, y) in ``widget``, as the mouse would send them."""
    local = QPointF(x, y)
    global_pos = QPointF(widget.mapToGlobal(local.toPoint()))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = left if kind == QEvent.Type.MouseButtonPress else none
        event = QMouseEvent(kind, local, global_pos, Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class Pilot(QObject):
    """Runs the steps of one file against one window."""

    def __init__(self, window: Any, path: Path) -> None:
        super().__init__(window)
        self.window = window
        plan = json.loads(path.read_text(encoding="utf-8"))
        self.steps: list[dict[str, Any]] = list(plan.get("steps", []))
        self.out = Path(plan["out"]) if plan.get("out") else None
        self.result: dict[str, Any] = {"dumps": {}, "errors": []}
        self.waited = 0
        self.last_run = 0  # run ids start at 1: wait for the first run on screen
        self.awaiting_paint = False
        self.busy = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.window.applied.connect(self._tick)  # at once when a run is on screen
        self.timer.start()

    def _idle(self) -> bool:
        """The last run is on screen and nothing is queued (as rerunqt.testing.pilot waits)."""
        window, session = self.window, self.window.session
        settled = (window.applied_run > self.last_run and not session.running
                   and not session.requests.has_pending()
                   and window.applied_run == session.run_count
                   and not window.renderer.pending)
        if settled:  # Qt shows new layout children one event later
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        return settled

    def _tick(self, *_: object) -> None:
        if not self.timer.isActive() or self.busy:
            return  # finished, or called again from inside _idle's processEvents
        self.busy = True
        try:
            self._step()
        finally:
            self.busy = False

    def _step(self) -> None:
        self.waited += POLL_MS
        if self.waited > STEP_LIMIT_MS:
            self.result["errors"].append(f"timed out before step {self.steps[:1]!r}")
            return self._finish()
        if self.awaiting_paint or not self._idle():
            return
        if not self.steps:
            return self._finish()
        step = self.steps.pop(0)
        self.waited = 0
        try:
            self._do(step)
        except LookupError as exc:
            self.result["errors"].append(str(exc))
            self._finish()

    def _do(self, step: dict[str, Any]) -> None:
        if "click" in step:
            button = self._button(str(step["click"]))
            self.last_run = self.window.applied_run
            _click(button, button.width() / 2, button.height() / 2)
        elif "page" in step:
            self.last_run = self.window.applied_run
            self._choose_page(str(step["page"]))
        elif "dump" in step:
            self.result["dumps"][str(step["dump"])] = {
                "title": self.window.windowTitle(), "texts": visible_texts(self.window)}
        elif "grab" in step:
            self.window.grab().save(str(step["grab"]))
        elif "painted" in step:
            self.awaiting_paint = True
            _application().installEventFilter(self)
            self.window.update()

    def _button(self, text: str) -> QAbstractButton:
        for button in self.window.findChildren(QAbstractButton):
            if button.text() == text and button.isVisible():
                return button
        raise LookupError(f"no visible button {text!r}")

    def _choose_page(self, title: str) -> None:
        for pages in self.window.findChildren(QListWidget):
            for i in range(pages.count()):
                item = pages.item(i)
                if title in item.text() and pages.isVisible():
                    centre = pages.visualItemRect(item).center()
                    _click(pages.viewport(), centre.x(), centre.y())
                    return
        raise LookupError(f"no page {title!r} in the navigation")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            _application().removeEventFilter(self)
            self.awaiting_paint = False
            print("rerunqt-pilot: painted", flush=True)
        return False

    def _finish(self) -> None:
        self.timer.stop()
        if self.out is not None:
            self.out.write_text(json.dumps(self.result, indent=1), encoding="utf-8")
        if self.result["errors"]:
            print(f"rerunqt-pilot: {self.result['errors'][0]}", file=sys.stderr, flush=True)
        self.window.close()
