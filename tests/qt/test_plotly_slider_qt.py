"""plotly's range slider on the window: an overview under a candlestick (plotly's default)
or a chart with rangeslider_visible, whose region moves the chart and follows its zoom."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "scatter", "x": list(range(10)), "y": list(range(10))}],
                 "layout": {"xaxis": {"rangeslider": {"visible": True}}}}, height=300)
st.plotly_chart({"data": [{"type": "candlestick", "x": [1, 2, 3], "open": [1, 2, 3],
                           "high": [2, 3, 4], "low": [0, 1, 2], "close": [2, 3, 4]}]}, height=300)
st.plotly_chart({"data": [{"type": "candlestick", "x": [1, 2, 3], "open": [1, 2, 3],
                           "high": [2, 3, 4], "low": [0, 1, 2], "close": [2, 3, 4]}],
                 "layout": {"xaxis": {"rangeslider": {"visible": False}}}}, height=300)
st.plotly_chart({"data": [{"type": "scatter", "y": [1, 2]}]}, height=300)
"""


def test_the_range_slider_moves_the_chart_and_follows_it(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    charts = [r.widget for r in pilot.window.renderer.find(kind="plotly_chart")]
    sliders = [getattr(c.plot.getPlotItem(), "rq_slider", None) for c in charts]
    assert [s is not None for s in sliders] == [True, True, False, False]
    plot = charts[0].plot.getPlotItem()
    region = sliders[0].rq_region
    region.setRegion((2, 5))  # dragging the slider's window
    assert plot.getViewBox().viewRange()[0] == pytest.approx([2, 5])
    plot.getViewBox().setXRange(1, 3, padding=0)  # zooming the chart moves the window
    assert region.getRegion() == pytest.approx((1, 3))


TOGGLE = """
import rerunqt as st
shown = st.checkbox("slider", value=True)
st.plotly_chart({"data": [{"type": "scatter", "x": [0, 1, 2], "y": [1, 2, 3]}],
                 "layout": {"xaxis": {"rangeslider": {"visible": shown}}}}, height=300)
"""


def test_a_figure_without_the_slider_drops_it(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(TOGGLE))
    plot = pilot.record(kind="plotly_chart").widget.plot.getPlotItem()
    assert plot.rq_slider is not None
    pilot.click(label="slider")
    pilot.settle()
    assert plot.rq_slider is None and plot.layout.itemAt(5, 1) is None
    plot.getViewBox().setXRange(0, 1, padding=0)  # no window left to follow it
