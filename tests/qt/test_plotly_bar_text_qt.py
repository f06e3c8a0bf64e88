"""A bar's text on the window shows only where it fits inside its bar (px.bar's raw rows
stacked in one bar piled dozens of texts on each other)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
fig = {"data": [{"type": "bar", "x": ["a", "a", "b"], "y": [1, 99, 60], "texttemplate": "%{y}"}]}
st.plotly_chart(fig, height=300)
"""


def test_a_text_too_tall_for_its_bar_is_hidden(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.record(kind="plotly_chart").widget
    box = chart.plot.getPlotItem().getViewBox()
    shown = {label.textItem.toPlainText(): label.isVisible() for label, *_ in box.rq_labels}
    assert shown == {"1": False, "99": True, "60": True}
    box.setYRange(0, 3, padding=0)  # zoomed in on the thin one: it fits now
    shown = {label.textItem.toPlainText(): label.isVisible() for label, *_ in box.rq_labels}
    assert shown["1"] is True


def test_a_bar_s_text_sits_inside_its_end_as_plotly_js_puts_it(rerunqt_pilot, write_script) -> None:
    """plotly.js' textposition "auto" writes the text inside the bar at its end (the top of
    an upward bar, the bottom of a downward one); it was in the middle of the bar."""
    pilot = rerunqt_pilot(write_script(SCRIPT.replace('"x": ["a", "a", "b"], "y": [1, 99, 60]',
                                                      '"x": ["a", "b"], "y": [80, -60]')))
    box = pilot.record(kind="plotly_chart").widget.plot.getPlotItem().getViewBox()
    placed = {label.textItem.toPlainText(): (label.pos().y(), tuple(label.anchor))
              for label, *_ in box.rq_labels}
    assert placed["80"][0] == 80 and placed["80"][1] == (0.5, 0.0)  # hangs from the top
    assert placed["-60"][0] == -60 and placed["-60"][1] == (0.5, 1.0)  # from the bottom


SYMBOLS = """
import rerunqt as st
st.plotly_chart({"data": [
    {"type": "scatter", "mode": "markers", "x": [1, 2], "y": [1, 2], "marker": {"symbol": "square"}},
    {"type": "scatter", "mode": "lines+markers", "x": [1, 2], "y": [2, 1],
     "marker": {"symbol": "diamond-open"}}]}, height=300)
"""


def test_px_scatter_symbols_are_drawn(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SYMBOLS))
    chart = pilot.record(kind="plotly_chart").widget
    squares, diamonds = chart.drawn.items
    assert squares.opts["symbol"] == "s"
    assert diamonds.opts["symbol"] == "d" and diamonds.opts["symbolBrush"] is None  # open


HEAT = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "heatmap", "z": [[0, 1], [2, 3]], "texttemplate": "%{z}"}]},
                height=300)
"""


def test_heatmap_cells_show_their_numbers(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(HEAT))
    chart = pilot.record(kind="plotly_chart").widget
    box = chart.plot.getPlotItem().getViewBox()
    placed = {label.textItem.toPlainText(): (label.pos().x(), label.pos().y(), label.isVisible())
              for label, *_ in box.rq_labels}
    assert placed == {"0": (0.0, 0.0, True), "1": (1.0, 0.0, True), "2": (0.0, 1.0, True),
                      "3": (1.0, 1.0, True)}


CONTOUR = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "contour", "z": [[0, 10], [10, 20]]}]}, height=300)
"""


def test_a_contour_is_drawn_as_bands(rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(CONTOUR))
    chart = pilot.record(kind="plotly_chart").widget
    images = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.ImageItem)]
    assert len(images) == 1 and images[0].image.shape[0] > 2
    assert chart.note.text() == ""
