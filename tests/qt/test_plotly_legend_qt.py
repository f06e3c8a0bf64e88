"""The plotly legend on the window lists unnamed traces as plotly does ("trace 0")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "scatter", "y": [1, 2]}, {"type": "bar", "y": [3, 4]},
                          {"type": "scatter", "y": [2, 2], "name": "named"}]}, height=300)
"""


def test_unnamed_traces_are_listed_as_plotly_names_them(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.record(kind="plotly_chart").widget
    legend = chart.plot.getPlotItem().legend
    assert legend.isVisible()
    assert [label.text for _, label in legend.items] == ["trace 0", "trace 1", "named"]


DARK = """
import rerunqt as st
fig = {"data": [{"type": "scatter", "y": [1, 2]}],
       "layout": {"title": {"text": "Dark"}, "paper_bgcolor": "rgb(17,17,17)",
                  "plot_bgcolor": "rgb(17,17,17)"}}
st.plotly_chart(fig, height=300)
"""


def test_a_dark_paper_with_light_text(rerunqt_pilot, write_script) -> None:
    from PySide6.QtGui import QColor

    pilot = rerunqt_pilot(write_script(DARK))
    chart = pilot.record(kind="plotly_chart").widget
    image = chart.plot.grab().toImage()
    assert QColor(image.pixel(3, 3)).name() == "#111111"  # a corner, outside the plot area
    axis = chart.plot.getPlotItem().getAxis("left")
    assert axis.textPen().color().lightness() > 128


ROW = """
import rerunqt as st
row = st.checkbox("row", value=True)
fig = {"data": [{"type": "scatter", "y": [1, 2], "name": "a"}, {"type": "scatter", "y": [2, 1], "name": "b"}],
       "layout": {"legend": {"orientation": "h"} if row else {}}}
st.plotly_chart(fig, height=300)
"""


def test_a_horizontal_legend_is_a_row_under_the_plot(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(ROW))
    chart = pilot.record(kind="plotly_chart").widget
    plot = chart.plot.getPlotItem()
    legend = plot.legend
    assert plot.layout.itemAt(4, 1) is legend and legend.columnCount > 1
    assert legend.sceneBoundingRect().top() > plot.getViewBox().sceneBoundingRect().bottom()
    pilot.click(label="row")  # the same chart, its legend beside the plot again
    pilot.settle()
    legend = plot.legend  # placed anew beside the plot
    assert plot.layout.itemAt(2, 3) is legend and plot.layout.itemAt(4, 1) is None


TITLE = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "bar", "y": [1, 2]}], "layout": {"title": {"text": "Sales"}}},
                height=300)
"""


def test_streamlit_s_theme_puts_the_title_bold_at_the_left(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(TITLE))
    chart = pilot.record(kind="plotly_chart").widget
    plot = chart.plot.getPlotItem()
    label = plot.titleLabel
    assert label.opts["justify"] == "left"
    assert "<b>Sales</b>" in label.text
    # across the whole chart (plotly's x=0 is the figure's edge), not over the data alone
    assert label.sceneBoundingRect().left() < plot.getViewBox().sceneBoundingRect().left()
