"""A plotly figure's plot area colour on the window: ``plot_bgcolor`` (under ``theme=None``
the app's secondary background, #F0F2F6, as Streamlit fills it in over the template's
#E5ECF6) under the data, with the template's white grid lines over it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
fig = {"data": [{"type": "scatter", "x": [1, 2, 3], "y": [1, 3, 2]}],
       "layout": {"template": {"layout": {"plot_bgcolor": "#E5ECF6",
                                          "yaxis": {"gridcolor": "white"}}}}}
st.plotly_chart(fig, theme=None, height=300)
st.plotly_chart(fig, height=300)
"""


def _colours_in_plot_area(chart) -> set[str]:
    plot = chart.plot
    box = plot.getPlotItem().getViewBox()
    area = box.mapRectToScene(box.boundingRect()).toRect()
    image = plot.grab().toImage()
    x = area.left() + 5  # left of the first point: the fill and the grid lines only
    return {QColor(image.pixel(x, y)).name() for y in range(area.top() + 2, area.bottom() - 2)}


def _colours_across(chart) -> set[str]:
    plot = chart.plot
    box = plot.getPlotItem().getViewBox()
    area = box.mapRectToScene(box.boundingRect()).toRect()
    image = plot.grab().toImage()
    y = area.bottom() - 4  # a row near the bottom: the fill and the vertical grid lines
    return {QColor(image.pixel(x, y)).name() for x in range(area.left() + 2, area.right() - 2)}


def test_the_template_s_plot_colour_and_grid_with_theme_none(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    native, themed = (r.widget for r in pilot.window.renderer.find(kind="plotly_chart"))
    colours = _colours_in_plot_area(native)
    assert "#f0f2f6" in colours and "#ffffff" in colours  # the fill and a white grid line
    assert "#ffffff" in _colours_across(native)  # plotly grids the x axis too
    assert "#f0f2f6" not in _colours_in_plot_area(themed)  # Streamlit's theme: no fill
