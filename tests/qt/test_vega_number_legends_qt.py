"""What Vega draws for numbers, on the window: legends only for encoded fields, a gradient's
round tick labels, a size legend, log axis labels and bars on a continuous or binned x.

Every expected value was read from Vega's own rendering of the same chart (vl-convert).
"""

from __future__ import annotations

from typing import Any

import pytest
from chart_views import drawn_tick_labels

pytestmark = pytest.mark.qt
pytest.importorskip("altair")

SCRIPT = """
import altair as alt
import pandas as pd
import rerunqt as st
stocks = pd.DataFrame({"date": pd.date_range("2020-01-01", periods=6, freq="MS").tolist() * 2,
                       "price": [10, 12, 11, 14, 13, 15, 20, 18, 21, 19, 22, 24],
                       "symbol": ["AAPL"] * 6 + ["MSFT"] * 6})
lines = alt.Chart(stocks).mark_line().encode(x="date:T", y="price:Q", color="symbol:N")
rule = alt.Chart(stocks).mark_rule().encode(x="date:T", y="price:Q", opacity=alt.value(0.3))
st.altair_chart(lines + rule)
shades = pd.DataFrame({"a": range(30), "b": range(30), "c": [0.1 + 9.5 * i / 29 for i in range(30)]})
st.altair_chart(alt.Chart(shades).mark_circle().encode(x="a", y="b", color="c:Q"), height=300)
d = pd.DataFrame({"a": [1, 2, 3, 4], "b": [4, 1, 3, 2], "c": [10, 20, 30, 40]})
st.altair_chart(alt.Chart(d).mark_circle().encode(x="a", y="b", size="c"))
st.altair_chart(alt.Chart(d).mark_circle().encode(x="a", y="b", size="c", color="c"))
logs = pd.DataFrame({"x": [1, 2, 3, 4, 5], "y": [3, 40, 500, 2000, 9000]})
st.altair_chart(alt.Chart(logs).mark_line().encode(x="x", y=alt.Y("y", scale=alt.Scale(type="log"))),
                height=340)
bars = pd.DataFrame({"x": [140, 160, 180, 200], "y": [1, 3, 2, 4]})
st.altair_chart(alt.Chart(bars).mark_bar().encode(x="x:Q", y="y:Q"), width=400)
counts = pd.DataFrame({"v": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]})
st.altair_chart(alt.Chart(counts).mark_bar().encode(x=alt.X("v:Q", bin=True), y="count()"))
"""


def charts(pilot: Any) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind="vega_lite_chart")]


def shown(pilot: Any, box: Any) -> None:
    pilot.window.page_scroll.ensureWidgetVisible(box)
    view = box.plot.getPlotItem().getViewBox()
    pilot.qtbot.waitUntil(lambda: box.plot.isVisible() and view.width() > 10)


axis_labels = drawn_tick_labels


def legend_texts(box: Any) -> list[str] | None:
    legend = box.plot.getPlotItem().legend
    if legend is None or not legend.isVisible():
        return None
    return [label.text for _, label in legend.items]


def test_a_layer_without_a_colour_field_adds_no_legend_entry(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    layered = charts(pilot)[0]
    assert legend_texts(layered) == ["AAPL", "MSFT"]  # no "price" for the rule layer
    assert len(layered.drawn.items[1]) > 0  # the rules are still drawn


def test_a_gradient_legend_is_labelled_at_round_values_along_it(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = charts(pilot)[1]
    shown(pilot, box)
    gradient = box.plot.getPlotItem().rq_gradient
    assert gradient.isVisible() and gradient.title == "c"
    assert gradient.labels == ("2", "4", "6", "8")  # Vega's; not the ends "0.1" and "9.6"
    places = [gradient.label_at(value) for value, _ in gradient.ticks]
    bar = gradient.bar_rect()
    assert bar.top() < places[-1] < places[0] < bar.bottom()  # high values higher up


def test_a_size_field_gets_a_legend_of_round_sizes(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = charts(pilot)[2]
    shown(pilot, box)
    plot = box.plot.getPlotItem()
    sizes = plot.rq_sizes
    assert sizes.isVisible() and sizes.title == "c"
    assert sizes.labels == ("0", "10", "20", "30", "40")
    diameters = sizes.diameters()
    assert diameters == sorted(diameters) and diameters[-1] > 1.5 * diameters[1]
    assert not plot.rq_gradient.isVisible()
    assert sizes.sceneBoundingRect().left() >= plot.getViewBox().sceneBoundingRect().right() - 1
    image = box.plot.grab().toImage()
    entry = sizes.mapToScene(sizes.boundingRect().topLeft())  # the largest circle, bottom row
    widest = max(diameters)
    centre = box.plot.mapFromScene(entry.x() + 6 + widest / 2,
                                   entry.y() + sizes.boundingRect().height() - widest / 2 - 1)
    assert image.pixelColor(centre).lightness() < 200  # a coloured circle is drawn there


def test_size_and_colour_on_one_field_make_one_legend_of_coloured_circles(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = charts(pilot)[3]
    shown(pilot, box)
    plot = box.plot.getPlotItem()
    assert not plot.rq_gradient.isVisible()  # merged into the size legend, as Vega-Lite
    assert plot.rq_sizes.labels == ("0", "10", "20", "30", "40")
    colours = [colour for _, _, colour in plot.rq_sizes.entries]
    assert colours[0].lightness() > colours[-1].lightness()  # pale low, dark high


def test_a_log_axis_is_labelled_with_whole_numbers(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = charts(pilot)[4]
    labels = [t for t in axis_labels(pilot, box, "left") if t]
    assert labels[0] == "1" and labels[-1] == "10,000"
    assert {"10", "100", "1,000"} <= set(labels)
    assert all("·" not in t and "10²" not in t for t in labels)
    # the 2x labels only where there is room, as d3's log format: tall enough here
    assert set(labels) <= {"1", "2", "10", "20", "100", "200", "1,000", "2,000", "10,000"}


def test_bars_on_a_continuous_x_are_padded_five_pixels_and_five_pixels_wide(
        rerunqt_pilot, write_script) -> None:
    import pyqtgraph as pg

    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = charts(pilot)[5]
    shown(pilot, box)
    view = box.plot.getPlotItem().getViewBox()
    (x0, x1), _ = view.viewRange()
    assert (x0, x1) == (135.0, 205.0)  # Vega's; half a bar's padding showed 130..210
    bar = next(item for item in box.drawn.items[0] if isinstance(item, pg.BarGraphItem))
    assert bar.opts["width"] * view.width() / (x1 - x0) == pytest.approx(5.0)
    assert axis_labels(pilot, box, "bottom")[0] in ("140", "150")


def test_a_value_on_the_last_bin_edge_is_counted_in_the_last_bin(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = charts(pilot)[6]
    shown(pilot, box)
    (x0, x1), (_, y1) = box.plot.getPlotItem().getViewBox().viewRange()
    assert (x0, x1) == (0.0, 10.0)  # the bins' span, no eleventh bin for the 10s
    bar = box.drawn.items[0][0]
    assert bar.opts["y1"].tolist() == [1, 1, 1, 1, 1, 1, 1, 1, 1, 3]
    assert y1 == 3.0
