"""The checkbox column of a dataframe with row selections, drawn in its row header.

Streamlit shows a leading column of checkboxes when rows can be selected (round ones for
``"single-row-required"``), and a checkbox over it that selects every row in
``"multi-row"`` mode. A QTableView's row header already sits left of the cells, stays
put while the table scrolls sideways and sizes itself; so the checkboxes are painted at
its left edge (the row labels, when the index is shown, stay at its right) and a press
on a section reports the row instead of letting Qt select it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from rerunqt.qt.theme_state import primary

MARKER_WIDTH = 34  # Streamlit's row-marker column is about as wide
_BOX = 16


def paint_box(painter: QPainter, widget: QWidget, area: QRect, checked: bool, circle: bool,
              partly: bool = False) -> None:
    """One checkbox (or radio circle) centred in ``area``, in the theme's primary colour."""
    accent = primary(widget)
    palette = widget.palette()
    base = palette.color(palette.ColorRole.Base)
    dark = base.lightness() < 128
    border = QColor("#6b6f7e" if dark else "#a3a8b8")
    box = QRectF(area.center().x() - _BOX / 2 + 1, area.center().y() - _BOX / 2 + 1, _BOX, _BOX)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    filled = checked or partly
    painter.setPen(QPen(accent if filled else border, 1.2))
    painter.setBrush(accent if filled else base)
    if circle:
        painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    white = QPen(QColor("#ffffff"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    if circle and checked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(box.center(), 3, 3)
    elif checked:
        painter.setPen(white)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath(QPointF(box.left() + 4, box.center().y()))
        tick.lineTo(box.left() + 7, box.bottom() - 4.5)
        tick.lineTo(box.right() - 3.5, box.top() + 4.5)
        painter.drawPath(tick)
    elif partly:  # some rows selected: the header's box shows a dash
        painter.setPen(white)
        middle = box.center().y()
        painter.drawLine(QPointF(box.left() + 4, middle), QPointF(box.right() - 4, middle))
    painter.restore()
