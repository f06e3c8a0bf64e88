"""Category fields on shape, size, opacity and strokeDash, on the window: the marks drawn
with Vega-Lite's default shapes, sizes, opacities and dashes, and one symbol legend per
field (merged with the colour legend on the same field).

Every expected value was read from Vega's own output for the same chart (vl-convert 1.9:
shapes circle, square, triangle-up; sizes 4..361 and opacities 0.3..0.8 on a point scale;
dashes [1,0], [4,2], [2,1]).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.qt
pytest.importorskip("altair")

SCRIPT = """
import altair as alt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"x": [1, 2, 3, 4, 5, 6], "y": [10, 40, 20, 30, 15, 40], "k": list("abcabc")})
st.altair_chart(alt.Chart(df).mark_point().encode(x="x", y="y", color="k", shape="k"))
st.altair_chart(alt.Chart(df).mark_point().encode(x="x", y="y", shape="k"))
st.altair_chart(alt.Chart(df).mark_line().encode(x="x", y="y", strokeDash="k"))
st.altair_chart(alt.Chart(df).mark_circle().encode(x="x", y="y", size="k:N"))
st.altair_chart(alt.Chart(df).mark_circle().encode(x="x", y="y", opacity="k:N"))
"""


def charts(pilot: Any) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind="vega_lite_chart")]


def symbol_legends(chart: Any) -> list[Any]:
    return [item for item in getattr(chart.plot.getPlotItem(), "rq_symbols", []) if item.isVisible()]


def colour_legend_shown(chart: Any) -> bool:
    legend = chart.plot.getPlotItem().legend
    return legend is not None and legend.isVisible()


def points(chart: Any) -> list[Any]:
    return [item for items in chart.drawn.items for item in items]


def test_colour_and_shape_on_one_field_make_one_legend_of_coloured_shapes(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    both, shapes, *_ = charts(pilot)
    assert [item.opts["symbol"] for item in points(both)] == ["o", "s", "t1"]
    assert not colour_legend_shown(both)  # merged into the symbol legend
    [legend] = symbol_legends(both)
    assert legend.title == "k"
    assert [(text, shape) for text, shape, *_ in legend.entries] == [("a", "o"), ("b", "s"), ("c", "t1")]
    colours = [colour.name() for *_, colour, _ in legend.entries]
    drawn = [item.opts["pen"].color().name() for item in points(both)]
    assert colours == drawn and len(set(colours)) == 3  # each entry in its series' colour
    assert "shape" not in both.drawn.plot.note
    # shape alone: the same shapes, all in the mark's one colour
    [alone] = symbol_legends(shapes)
    assert [shape for _, shape, *_ in alone.entries] == ["o", "s", "t1"]
    assert len({colour.name() for *_, colour, _ in alone.entries}) == 1


def test_stroke_dash_lines_are_dashed_and_listed_as_strokes(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    lines = charts(pilot)[2]
    pens = [item.opts["pen"] for item in points(lines)]
    assert [list(p.dashPattern()) if p.style().name == "CustomDashLine" else [] for p in pens] == \
        [[], [2.0, 1.0], [1.0, 0.5]]  # Vega's [4,2] and [2,1] in units of the 2 px line
    [legend] = symbol_legends(lines)
    assert legend.strokes and legend.labels == ("a", "b", "c")
    assert [dash for *_, dash in legend.entries] == [(1.0, 0.0), (4.0, 2.0), (2.0, 1.0)]


def test_size_and_opacity_by_a_category_scale_the_marks_and_their_legend(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    sized, faded = charts(pilot)[3:]
    diameters = [float(item.data["size"][0]) if item.data["size"][0] >= 0 else float(item.opts["size"])
                 for item in points(sized)]
    areas = [3.14159265 * (d / 2) ** 2 for d in diameters]
    assert areas == pytest.approx([4, 182.5, 361], rel=1e-3)  # a point scale over 4..361
    [legend] = symbol_legends(sized)
    assert [area for _, _, area, *_ in legend.entries] == pytest.approx([4, 182.5, 361])
    alphas = [item.opts["brush"].color().alphaF() for item in points(faded)]
    assert alphas == pytest.approx([0.3, 0.55, 0.8], abs=0.01)
    [legend] = symbol_legends(faded)
    assert [colour.alphaF() for *_, colour, _ in legend.entries] == pytest.approx([0.3, 0.55, 0.8], abs=0.01)
    assert faded.drawn.plot.note == ""  # opacity by a category is drawn, not noted
