"""Altair arcs in layers, legend=None, arc legend entries and the gradient legend, on the window."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

pytestmark = pytest.mark.qt
pytest.importorskip("altair")

SCRIPT = """
import altair as alt
import pandas as pd
import rerunqt as st
bg = alt.Chart(pd.DataFrame({"v": [100]})).mark_arc(innerRadius=60, color="lightgray").encode(theta="v")
fg = alt.Chart(pd.DataFrame({"k": ["x", "rest"], "v": [30, 70]})).mark_arc(innerRadius=60).encode(
    theta="v", color=alt.Color("k:N", scale=alt.Scale(domain=["x", "rest"], range=["red", "transparent"])))
st.altair_chart(bg + fg)
df = pd.DataFrame({"k": ["a", "b", "c"], "v": [3, 5, 2]})
st.altair_chart(alt.Chart(df).mark_bar().encode(x="k", y="v", color=alt.Color("k:N", legend=None)))
st.altair_chart(alt.Chart(df).mark_arc().encode(theta="v", color=alt.Color("k:N", legend=None)))
st.altair_chart(alt.Chart(pd.DataFrame({"t": ["", "X"], "v": [30, 70]})).mark_arc().encode(
    theta="v", color="t:N"))
d = pd.DataFrame({"a": [1, 2, 3, 4], "b": [4, 1, 3, 2], "c": [10, 20, 30, 40]})
st.altair_chart(alt.Chart(d).mark_circle().encode(x="a", y="b", color="c"))
"""


def charts(pilot: Any) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind="vega_lite_chart")]


def pixel(chart: Any, x: float, y: float) -> QColor:
    """The colour on screen at view point (x, y) of the chart's plot."""
    box = chart.plot.getPlotItem().getViewBox()
    at = chart.plot.mapFromScene(box.mapViewToScene(QPointF(x, y)))
    return chart.plot.grab().toImage().pixelColor(at)


def legend_texts(chart: Any) -> list[str] | None:
    legend = chart.plot.getPlotItem().legend
    if legend is None or not legend.isVisible():
        return None
    return [label.text for _, label in legend.items]


def test_every_arc_layer_is_drawn_and_a_transparent_slice_shows_the_layer_under_it(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    donut = charts(pilot)[0]
    placed = donut.drawn.domain.placed
    assert len(placed) == 2  # the grey ring and the red share
    _, cx, cy, radius = placed[0]
    ring = radius * 0.8  # inside the ring, outside the hole
    # the red 30% runs clockwise from 12 o'clock: at 1:30 it is red, at 6 o'clock grey
    share = pixel(donut, cx + ring * math.cos(math.radians(45)), cy + ring * math.sin(math.radians(45)))
    assert (share.red(), share.green(), share.blue()) == (255, 0, 0)
    rest = pixel(donut, cx, cy - ring)
    assert rest.name() == QColor("lightgray").name()  # the transparent 70% shows the grey layer
    donut.hover(donut.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(cx, cy - ring)))
    assert donut.readout.text().startswith("100")  # the grey slice, not the invisible one


def test_legend_none_draws_no_legend_on_bars_and_arcs(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    _, bars, pie, *_ = charts(pilot)
    assert legend_texts(bars) is None
    assert legend_texts(pie) is None
    assert len(bars.drawn.items[0]) == 3  # still one colour per bar


def test_arc_legend_lists_categories_only_with_an_empty_category_unnamed(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    donut, _, _, empty, _ = charts(pilot)
    assert legend_texts(donut) == ["x", "rest"]  # no "100" entry for the grey layer
    assert legend_texts(empty) == ["", "X"]  # the "" category is not labelled "30"


def test_a_colour_by_a_number_has_a_gradient_legend_with_round_values(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    points = charts(pilot)[-1]
    plot = points.plot.getPlotItem()
    gradient = getattr(plot, "rq_gradient", None)
    assert gradient is not None and gradient.isVisible()
    assert (gradient.title, gradient.labels) == ("c", ("10", "20", "30", "40"))  # Vega's
    data = plot.getViewBox().sceneBoundingRect()
    where = gradient.sceneBoundingRect()
    assert where.left() >= data.right() - 1  # beside the data, never over it
    bar = gradient.mapRectToScene(gradient.bar_rect())
    image = points.plot.grab().toImage()
    top = image.pixelColor(points.plot.mapFromScene(QPointF(bar.center().x(), bar.top() + 2)))
    bottom = image.pixelColor(points.plot.mapFromScene(QPointF(bar.center().x(), bar.bottom() - 2)))
    assert top.lightness() < 100 < bottom.lightness()  # dark blue high, pale low
    assert points.plot.getPlotItem().legend is None or not points.plot.getPlotItem().legend.isVisible()


def test_discrete_x_labels_that_do_not_fit_stand_upright(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import altair as alt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"k": [f"Category number {i}" for i in range(8)], "v": range(8)})
st.altair_chart(alt.Chart(df).mark_bar().encode(x="k", y="v"), width=400)
"""))
    axis = charts(pilot)[0].plot.getPlotItem().getAxis("bottom")
    pilot.qtbot.waitUntil(lambda: getattr(axis, "rotated", False))
    assert [t for _, t in axis._tickLevels[0]] == [f"Category number {i}" for i in range(8)]


TITLED = """
import altair as alt
import pandas as pd
import rerunqt as st
n = st.slider("n", 1, 3, 3)
d = pd.DataFrame({"k": ["a", "b", "c"][:n], "v": [3, 5, 2][:n]})
st.altair_chart(alt.Chart(d).mark_bar().encode(x="k:N", y="v:Q", color=alt.Color("k:N", title="Kind")))
st.altair_chart(alt.Chart(d).mark_bar().encode(x="k:N", y="v:Q", color=alt.Color("k:N", title=None)))
st.bar_chart(pd.DataFrame({"p": [1, 2], "q": [3, 4]}))
"""


def legend_title(chart: Any) -> str | None:
    legend = chart.plot.getPlotItem().legend
    label = getattr(legend, "rq_title", None)
    return None if label is None or label.parentItem() is None else label.text


def test_a_colour_legend_shows_its_title_above_the_entries(rerunqt_pilot, write_script) -> None:
    """Vega-Lite titles the colour legend with the field's title (bold, above the entries);
    title=None and Streamlit's built-in charts (title " ") show none."""
    pilot = rerunqt_pilot(write_script(TITLED))
    titled, untitled = charts(pilot)[:2]
    assert legend_title(titled) == "Kind"
    legend = titled.plot.getPlotItem().legend
    assert legend.rq_title.opts.get("bold") is True
    title_box = legend.rq_title.mapRectToScene(legend.rq_title.boundingRect())
    first = legend.items[0][1].mapRectToScene(legend.items[0][1].boundingRect())
    assert title_box.bottom() <= first.top() + 1  # above the first entry, not beside it
    assert legend_title(untitled) is None
    built_in = pilot.record(kind="bar_chart").widget if pilot.window.renderer.find(
        kind="bar_chart") else charts(pilot)[2]
    assert legend_title(built_in) is None
    pilot.set_value(2, label="n")  # a rerun redraws the legend: one title, two entries
    titled = charts(pilot)[0]
    legend = titled.plot.getPlotItem().legend
    assert [label.text for _, label in legend.items] == ["a", "b"]
    assert legend_title(titled) == "Kind"


ROW_TITLED = """
import altair as alt
import pandas as pd
import rerunqt as st
d = pd.DataFrame({"k": ["alpha", "beta"], "v": [3, 5]})
st.altair_chart(alt.Chart(d).mark_bar().encode(
    x="k:N", y="v:Q", color=alt.Color("k:N", title="Kind", legend=alt.Legend(orient="bottom"))))
st.plotly_chart({'data': [{'type': 'bar', 'x': ['a'], 'y': [1], 'name': 'Laptop'},
                          {'type': 'bar', 'x': ['a'], 'y': [2], 'name': 'Phone'}],
                 'layout': {'legend': {'orientation': 'h', 'y': 1.1, 'title': {'text': 'product'}}}})
"""


def test_a_legend_in_rows_keeps_its_title_clear_of_the_entries(rerunqt_pilot, write_script) -> None:
    """A legend in rows (Vega-Lite's orient="bottom", plotly's orientation="h") was laid out
    again for its width without its title, which then lay over the first entry: Vega-Lite's
    bold title stays above the entries, plotly's is written before them in the row."""
    pilot = rerunqt_pilot(write_script(ROW_TITLED))

    def boxes(kind: str) -> tuple[Any, list[Any]]:
        legend = pilot.window.renderer.find(kind=kind)[0].widget.plot.getPlotItem().legend
        title = legend.rq_title.mapRectToScene(legend.rq_title.boundingRect())
        return title, [label.mapRectToScene(label.boundingRect()) for _, label in legend.items]

    title, (alpha, beta) = boxes("vega_lite_chart")
    assert title.bottom() <= alpha.top() + 1 and abs(alpha.top() - beta.top()) < 1
    title, (laptop, phone) = boxes("plotly_chart")
    assert title.right() <= laptop.left() and laptop.right() <= phone.left()
    assert abs(title.center().y() - laptop.center().y()) < 3  # one row
