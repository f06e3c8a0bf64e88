"""Layout shapes and annotations on the window: an hline spans the plot however it is
zoomed, a vrect of dates is filled, an annotation's text is painted, paper texts placed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
fig = {"data": [{"type": "scatter", "x": [0, 10], "y": [0, 10], "line": {"color": "#0000ff"}}],
       "layout": {"shapes": [
           {"type": "line", "x0": 0, "x1": 1, "xref": "x domain", "y0": 5, "y1": 5, "yref": "y",
            "line": {"color": "#ff0000", "width": 3}},
           {"type": "rect", "x0": 7, "x1": 9, "y0": 0, "y1": 1, "yref": "y domain",
            "fillcolor": "#00ff00", "line": {"width": 0}, "layer": "below"}],
                  "annotations": [{"text": "Source: here", "xref": "paper", "yref": "paper",
                                   "x": 0, "y": -0.2, "showarrow": False}]}}
st.plotly_chart(fig, height=300)
"""


def _pixel(chart, x: float, y: float) -> str:
    view = chart.plot.getPlotItem().getViewBox()
    spot = chart.plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))
    return QColor(chart.plot.grab().toImage().pixel(spot)).name()


def test_an_hline_spans_the_plot_and_follows_a_zoom(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.record(kind="plotly_chart").widget
    view = chart.plot.getPlotItem().getViewBox()
    (x0, x1), _ = view.viewRange()
    assert _pixel(chart, x0 + (x1 - x0) * 0.02, 5) == "#ff0000"
    assert _pixel(chart, x1 - (x1 - x0) * 0.02, 5) == "#ff0000"
    assert _pixel(chart, 8, 2) == "#00ff00"  # the rectangle spans the y axis at x 7 to 9
    view.setXRange(-50, -40, padding=0)  # far from the data: the line still spans the view
    pilot.settle()
    assert _pixel(chart, -49, 5) == "#ff0000" and _pixel(chart, -41, 5) == "#ff0000"
    assert chart.note.text() == ""  # nothing said to be left out


def test_a_paper_annotation_is_placed_under_the_plot(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.record(kind="plotly_chart").widget
    plot = chart.plot.getPlotItem()
    (text, _, _), = plot.rq_areas.texts
    assert text.textItem.toPlainText() == "Source: here"
    assert text.scenePos().y() > plot.getViewBox().sceneBoundingRect().bottom()
    assert plot.sceneBoundingRect().contains(text.sceneBoundingRect())
