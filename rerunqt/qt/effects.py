"""st.balloons / st.snow: a short particle effect painted over the window.

A transparent child of the window, as large as it, that mouse events pass through,
so the page stays usable while it plays. About 30 particles move on a QTimer for
``DURATION_MS``; then the timer stops and the widget deletes itself.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

DURATION_MS = 2600
FRAME_MS = 33
PARTICLES = 30
BALLOON_COLOURS = ("#ff4b4b", "#ffa421", "#21c354", "#1c83e1", "#803df5", "#ff8700", "#ffbd45")
SNOW_COLOUR = QColor("#8fb8e0")


@dataclass
class Particle:
    x: float  # 0..1 of the width
    delay: float  # 0..0.4 of the duration before it starts moving
    speed: float  # screen heights per duration
    size: float  # px
    sway: float  # px of side-to-side motion
    phase: float
    colour: QColor


class Effect(QWidget):
    """Balloons rising or snow falling over ``window`` for a moment."""

    def __init__(self, window: QWidget, kind: str, seed: int | None = None) -> None:
        super().__init__(window)
        self.kind = kind
        self.setObjectName(f"rq{kind.capitalize()}")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rng = random.Random(seed)
        self.particles = [
            Particle(rng.random(), rng.random() * 0.4, rng.uniform(1.1, 1.6),
                     rng.uniform(22, 34) if kind == "balloons" else rng.uniform(8, 16),
                     rng.uniform(6, 18), rng.random() * math.tau,
                     QColor(rng.choice(BALLOON_COLOURS)) if kind == "balloons" else SNOW_COLOUR)
            for _ in range(PARTICLES)
        ]
        self.clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._frame)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.clock.start()
        self.timer.start()
        self.show()
        self.raise_()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
        return False

    def _frame(self) -> None:
        if self.clock.elapsed() >= DURATION_MS:
            self.finish()
            return
        self.update()

    def finish(self) -> None:
        """Stop and go: the effect leaves nothing behind."""
        self.timer.stop()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()

    def paintEvent(self, event: Any) -> None:
        t = min(1.0, self.clock.elapsed() / DURATION_MS)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        for p in self.particles:
            progress = max(0.0, t - p.delay) * p.speed
            if progress <= 0:
                continue
            x = p.x * width + math.sin(p.phase + progress * 6) * p.sway
            if self.kind == "balloons":
                _balloon(painter, QPointF(x, height + p.size * 2 - progress * (height + p.size * 5)),
                         p.size, p.colour)
            else:
                _flake(painter, QPointF(x, -p.size + progress * (height + p.size * 2)), p.size,
                       p.colour, p.phase + progress * 3)
        painter.end()


def _balloon(painter: QPainter, centre: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(QPen(QColor(120, 120, 120, 160), 1))
    path = QPainterPath(QPointF(centre.x(), centre.y() + size * 0.65))
    path.cubicTo(centre.x() - 6, centre.y() + size * 1.2, centre.x() + 6, centre.y() + size * 1.6,
                 centre.x(), centre.y() + size * 2.2)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    fill = QColor(colour)
    fill.setAlpha(220)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(centre.x() - size / 2, centre.y() - size * 0.65, size, size * 1.3))
    painter.setBrush(QColor(255, 255, 255, 90))
    painter.drawEllipse(QRectF(centre.x() - size * 0.3, centre.y() - size * 0.45, size * 0.22,
                               size * 0.32))


def _flake(painter: QPainter, centre: QPointF, size: float, colour: QColor, turn: float) -> None:
    pen = QPen(colour, max(1.2, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for arm in range(3):
        angle = turn + arm * math.pi / 3
        dx, dy = math.cos(angle) * size / 2, math.sin(angle) * size / 2
        painter.drawLine(QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy))
