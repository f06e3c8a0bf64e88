"""Small painted indicators: a spinning arc (spinner, running status) and state icons.

The arc turns on a QTimer that runs only while the indicator is visible: hiding it
(a collapsed parent, a removed element) stops the timer, so a page full of finished
spinners costs nothing, and a deleted indicator takes its timer with it (a child).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rerunqt.qt import theme_state

COMPLETE = QColor("#21c354")
FRAME_MS = 40  # 25 frames a second: smooth enough for a spinner, cheap
STEP_DEGREES = 18


class TimerWhileShown:
    """Mixed into a widget whose ``timer`` should run only while it is shown and wanted.

    ``timer_wanted()`` says whether the widget needs its timer now; call ``_sync_timer``
    when that may have changed. Hidden (a collapsed parent, a removed element), it stops.
    """

    timer: QTimer

    def timer_wanted(self) -> bool:
        return True

    def _sync_timer(self) -> None:
        run = self.timer_wanted() and self.isVisible()  # type: ignore[attr-defined]
        if run and not self.timer.isActive():
            self.timer.start()
        elif not run and self.timer.isActive():
            self.timer.stop()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)  # type: ignore[misc]
        self._sync_timer()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)  # type: ignore[misc]
        self.timer.stop()


class BusyIndicator(TimerWhileShown, QWidget):
    """A turning arc in the primary colour; ``state`` turns it into a check or a cross."""

    def __init__(self, size: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rqBusy")
        self.setFixedSize(QSize(size, size))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.angle = 0
        self.state = "running"
        self.paused = False  # a stale spinner (its run moved on): shown still, not turning
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._turn)

    def set_state(self, state: str) -> None:
        """"running" (the arc turns), "complete" (a check) or "error" (a cross)."""
        self.state = state
        self.setAccessibleName(state)
        self._sync_timer()
        self.update()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self._sync_timer()

    def timer_wanted(self) -> bool:
        return self.state == "running" and not self.paused

    def _turn(self) -> None:
        if not self.isVisible():  # hidden through an ancestor: no hideEvent here
            self.timer.stop()
            return
        self.angle = (self.angle + STEP_DEGREES) % 360
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        pen_width = max(2.0, side / 8)
        box = QRectF(pen_width / 2, pen_width / 2, side - pen_width, side - pen_width)
        if self.state == "running":
            track = theme_state.primary(self)
            track.setAlpha(50)
            painter.setPen(QPen(track, pen_width))
            painter.drawEllipse(box)
            pen = QPen(theme_state.primary(self), pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(box, -self.angle * 16, 100 * 16)
        elif self.state == "complete":
            pen = QPen(COMPLETE, pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline([QPointF(side * 0.18, side * 0.55), QPointF(side * 0.42, side * 0.78),
                                  QPointF(side * 0.85, side * 0.25)])
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme_state.primary(self))
            painter.drawEllipse(box.adjusted(-pen_width / 2, -pen_width / 2, pen_width / 2,
                                             pen_width / 2))
            pen = QPen(QColor("white"), pen_width * 0.9)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            a, b = side * 0.32, side * 0.68
            painter.drawLine(QPointF(a, a), QPointF(b, b))
            painter.drawLine(QPointF(a, b), QPointF(b, a))
        painter.end()
