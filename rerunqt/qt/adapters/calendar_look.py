"""The calendar pop-up's month arrows in the theme's text colour.

Streamlit shows the month on the secondary background with arrows in the text colour.
Qt's arrows are the style's black pixmaps, lost on a dark theme's header, so they are
drawn again each time the calendar opens (the theme may have changed since)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from rerunqt.qt import theme_state

_BUTTONS = {"qt_calendar_prevmonth": -1, "qt_calendar_nextmonth": 1}
_SIZE = 16


def arrow_icon(colour: QColor, direction: int, ratio: float = 1.0) -> QIcon:
    """A small solid triangle pointing left (-1) or right (1)."""
    side = round(_SIZE * ratio)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    tip, back = (4.0, 11.0) if direction < 0 else (12.0, 5.0)
    painter.drawPolygon(QPolygonF([QPointF(back, 3.0), QPointF(tip, 8.0), QPointF(back, 13.0)]))
    painter.end()
    return QIcon(pixmap)


def theme_arrows(calendar: QCalendarWidget, field: QWidget) -> None:
    """Paint the month arrows of ``calendar`` in the text colour of ``field``'s theme
    (the sidebar's or the page's)."""
    colour = theme_state.text(field)
    ratio = calendar.devicePixelRatioF()
    for name, direction in _BUTTONS.items():
        button = calendar.findChild(QToolButton, name)
        if button is not None:
            button.setIcon(arrow_icon(colour, direction, ratio))
