"""plotly's range slider (``xaxis.rangeslider.visible``, on by default under a candlestick):
a small overview of the traces under the chart, with the shown x range as a region that
can be dragged or resized to move the chart, and that follows the chart's own pan and zoom.
One plot area only (a figure of subplots draws none).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from rerunqt.core.plotly_figure import PlotFigure
from rerunqt.qt.adapters.chart_draw import AXIS

_HEIGHT = 0.15  # of the chart's height, as plotly's rangeslider.thickness


def drop_slider(plot: Any) -> None:
    """Remove the overview a previous figure put under ``plot``."""
    follow = getattr(plot, "rq_slider_follow", None)
    if follow is not None:  # the old window no longer follows the chart
        plot.getViewBox().sigXRangeChanged.disconnect(follow)
        plot.rq_slider_follow = None
    mini = getattr(plot, "rq_slider", None)
    if mini is not None:
        plot.layout.removeItem(mini)
        if mini.scene() is not None:
            mini.scene().removeItem(mini)
    plot.rq_slider = None


def add_slider(plot: Any, figure: PlotFigure, colour_of: Any, dark: bool) -> Any:
    """The overview under ``plot`` when the figure asks for one; returns it (or None)."""
    drop_slider(plot)
    if not figure.x_axis.slider or len(figure.panels) > 1 or not figure.traces:
        return None
    mini = pg.PlotItem()
    mini.setMenuEnabled(False)
    mini.hideButtons()
    mini.hideAxis("left")
    mini.hideAxis("bottom")
    mini.setMouseEnabled(x=False, y=False)
    height = max(28.0, plot.boundingRect().height() * _HEIGHT)
    mini.setMinimumHeight(height)
    mini.setMaximumHeight(height)
    plot.layout.addItem(mini, 5, 1)
    for trace in figure.traces:
        if trace.horizontal or trace.kind not in ("line", "bar") or not len(trace.x):
            continue
        order = np.argsort(trace.x, kind="stable")
        mini.plot(trace.x[order], trace.y[order], pen=pg.mkPen(colour_of(trace), width=1),
                  connect="finite")
    box = plot.getViewBox()
    region = pg.LinearRegionItem(values=box.viewRange()[0], brush=QColor(128, 128, 128, 28))
    region.setZValue(10)
    for line in region.lines:  # its edges, drag handles, in the axis colour
        line.setPen(pg.mkPen(AXIS[dark], width=2))
    mini.addItem(region)
    mini.rq_region = region

    def to_chart() -> None:
        low, high = region.getRegion()
        if high > low:
            box.setXRange(low, high, padding=0)

    def from_chart(_: Any, span: Any) -> None:
        region.blockSignals(True)
        region.setRegion(span)
        region.blockSignals(False)

    region.sigRegionChanged.connect(to_chart)
    box.sigXRangeChanged.connect(from_chart)
    plot.rq_slider_follow = from_chart
    plot.rq_slider = mini
    return mini


__all__ = ["add_slider", "drop_slider"]
