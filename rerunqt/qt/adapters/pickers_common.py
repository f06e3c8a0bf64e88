"""Helpers shared by the toggle, text_area, date/time and color_picker adapters.

They live apart so each adapter module stays small; none of them is an adapter itself.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from rerunqt.core.element import Element
from rerunqt.qt import theme_state

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _all(element: Element) -> frozenset[str]:
    return frozenset(name for name, _ in element.props)


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightness() < 128


def _focus_ring(painter: QPainter, rect: QRectF, radius: float) -> None:
    ring = theme_state.primary()
    ring.setAlpha(150)
    painter.setPen(QPen(ring, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)
