"""The icons of st.feedback, drawn with QPainter: Linux has no colour emoji font to rely on.

Each function paints one icon into the square ``box``; ``on`` is whether it is shown
chosen (filled with the accent colour) or plain (an outline in the text colour).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF


def _pen(color: QColor, box: QRectF) -> QPen:
    pen = QPen(color, max(1.4, box.width() / 14))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def star(painter: QPainter, box: QRectF, color: QColor, on: bool) -> None:
    """A five-pointed star, filled when ``on``."""
    centre, outer = box.center(), box.width() * 0.46
    inner = outer * 0.45
    points = [QPointF(centre.x() + r * math.sin(a), centre.y() - r * math.cos(a))
              for n in range(10)
              for r, a in [(outer if n % 2 == 0 else inner, math.pi * n / 5)]]
    painter.setPen(_pen(color, box))
    painter.setBrush(QBrush(color) if on else Qt.BrushStyle.NoBrush)
    painter.drawPolygon(QPolygonF(points))


def face(painter: QPainter, box: QRectF, color: QColor, on: bool, mood: int) -> None:
    """A round face; ``mood`` 0 (very unhappy) .. 4 (very happy) bends the mouth."""
    r = box.adjusted(box.width() * 0.08, box.height() * 0.08,
                     -box.width() * 0.08, -box.height() * 0.08)
    painter.setPen(_pen(color, box))
    painter.setBrush(QBrush(color.lighter(170)) if on else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(r)
    w, h, x, y = r.width(), r.height(), r.x(), r.y()
    painter.setBrush(QBrush(color))
    for ex in (0.35, 0.65):
        painter.drawEllipse(QPointF(x + w * ex, y + h * 0.38), w * 0.045, w * 0.045)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    bend = (mood - 2) * 0.09 * h  # >0 smiles, <0 frowns
    mouth = QPainterPath(QPointF(x + w * 0.3, y + h * 0.68))
    mouth.quadTo(QPointF(x + w * 0.5, y + h * 0.68 + bend * 2), QPointF(x + w * 0.7, y + h * 0.68))
    painter.drawPath(mouth)


def thumb(painter: QPainter, box: QRectF, color: QColor, on: bool, up: bool) -> None:
    """A thumb up (or, turned over, down): a cuff, a fist and the raised thumb."""
    painter.save()
    if not up:  # the same hand turned upside down
        painter.translate(box.center())
        painter.scale(1, -1)
        painter.translate(-box.center())
    w, h, x, y = box.width(), box.height(), box.x(), box.y()
    painter.setPen(_pen(color, box))
    painter.setBrush(QBrush(color) if on else Qt.BrushStyle.NoBrush)
    cuff = QRectF(x + w * 0.1, y + h * 0.45, w * 0.18, h * 0.45)
    hand = QPainterPath(QPointF(x + w * 0.34, y + h * 0.45))
    hand.lineTo(x + w * 0.48, y + h * 0.12)
    hand.quadTo(x + w * 0.6, y + h * 0.1, x + w * 0.58, y + h * 0.25)
    hand.lineTo(x + w * 0.55, y + h * 0.4)
    hand.lineTo(x + w * 0.82, y + h * 0.4)
    hand.quadTo(x + w * 0.93, y + h * 0.42, x + w * 0.88, y + h * 0.55)
    hand.lineTo(x + w * 0.8, y + h * 0.84)
    hand.quadTo(x + w * 0.77, y + h * 0.9, x + w * 0.7, y + h * 0.9)
    hand.lineTo(x + w * 0.34, y + h * 0.9)
    hand.closeSubpath()
    painter.drawRoundedRect(cuff, w * 0.03, w * 0.03)
    painter.drawPath(hand)
    painter.restore()
