"""The marks Streamlit 1.67's data editor draws: an "editable" symbol before the title of
each column the user may edit, and a small triangle in the primary colour in the top
right corner of a required cell that is empty.

It exists to keep these drawings apart from the table model and the cell delegate.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from rerunqt.qt import theme_state

_SIZE = 32  # drawn large, shown at the header's icon size
_CORNER = 8  # the triangle's sides (Streamlit: the cell's horizontal padding)
_icons: dict[int, QIcon] = {}


def edit_icon() -> QIcon:
    """Two text lines and a pencil, in the faded text colour of the current theme."""
    colour = theme_state.text()
    colour.setAlphaF(0.55)
    key = colour.rgba()
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(_SIZE, _SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for y, length in ((9.0, 17.0), (15.0, 11.0), (21.0, 8.0)):
            painter.drawLine(QPointF(3, y), QPointF(3 + length, y))
        pencil = QPainterPath(QPointF(15, 28))  # a pencil leaning right, its tip down left
        pencil.lineTo(QPointF(15, 24))
        pencil.lineTo(QPointF(25, 14))
        pencil.lineTo(QPointF(29, 18))
        pencil.lineTo(QPointF(19, 28))
        pencil.closeSubpath()
        painter.fillPath(pencil, colour)
        painter.end()
        icon = _icons[key] = QIcon(pixmap)
    return icon


def paint_required(painter: QPainter, cell: QRect, colour: QColor) -> None:
    """The corner mark of an empty required cell."""
    right, top = cell.right() + 1.0, cell.top() + 1.0
    corner = QPainterPath(QPointF(right - _CORNER, top))
    corner.lineTo(QPointF(right, top))
    corner.lineTo(QPointF(right, top + _CORNER))
    corner.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(corner, colour)
    painter.restore()


