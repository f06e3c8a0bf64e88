"""What a pyqtgraph chart shows on screen, for the chart tests: its tick labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage, QPainter


def drawn_tick_labels(pilot: Any, box: Any, side: str) -> list[str]:
    """The tick labels drawn on the chart's ``side`` axis, once it is shown and fitted."""
    pilot.window.page_scroll.ensureWidgetVisible(box)
    view = box.plot.getPlotItem().getViewBox()
    pilot.qtbot.waitUntil(lambda: box.plot.isVisible() and view.width() > 10)
    view.updateAutoRange()
    return axis_labels(box.plot.getPlotItem().getAxis(side))


def axis_labels(axis: Any) -> list[str]:
    """The tick labels pyqtgraph draws on ``axis`` (it leaves out those it finds overflowing)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in specs[2]] if specs else []
