"""st.altair_chart and st.vega_lite_chart through AppTest, with real Altair charts."""

from __future__ import annotations

import io
import sys
import types

import pytest
from PIL import Image

from rerunqt.testing import AppTest

pytest.importorskip("altair")

PRELUDE = """
import altair as alt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({'a': [1, 2, 3, 1, 2, 3], 'b': [4.0, 5, 6, 7, 8, 9], 'c': list('xxxyyy'),
                   'd': pd.date_range('2024-01-30', periods=6)})
"""


def run(source: str) -> AppTest:
    return AppTest.from_string(PRELUDE + source).run()


def test_an_altair_line_chart_is_drawn_natively_and_keeps_the_chart_object() -> None:
    at = run("chart = alt.Chart(df).mark_line().encode(x='a', y='b', color='c')\n"
             "st.altair_chart(chart)\nst.session_state.chart = chart")
    assert not at.exception and not at.image
    (shown,) = at.vega_lite_chart
    assert shown.marks == ["line"] and shown.series == {"x": [4, 5, 6], "y": [7, 8, 9]}
    assert shown.value is at.session_state.chart
    assert shown.note == ""


def test_interactive_layered_filtered_and_time_unit_charts() -> None:
    at = run("""
base = alt.Chart(df).encode(x='d:T', y='b')
st.altair_chart((base.mark_line() + base.mark_point()).interactive())
st.altair_chart(alt.Chart(df).mark_bar().encode(x='yearmonth(d):T', y='sum(b)'))
st.altair_chart(alt.Chart(df).mark_bar().encode(x='c', y='mean(b)').transform_filter(alt.datum.a > 1))
st.altair_chart(alt.layer(alt.Chart(df).mark_rule().encode(y='mean(b)'),
                          alt.Chart(df).mark_tick().encode(x='b', y='c')))
""")
    assert not at.exception, [e.value for e in at.exception]
    layered, months, filtered, rules = at.vega_lite_chart
    assert layered.marks == ["line", "point"] and layered.note == ""
    assert months.series == {"Sum of b": [9, 30]}  # January, then February
    assert filtered.series == {"Mean of b": [5.5, 8.5]}
    assert rules.marks == ["rule", "tick"] and rules.chart.y.kind == "category"


def test_vega_lite_chart_with_a_dataframe_sizes_and_theme() -> None:
    at = run("""
spec = {'mark': 'bar', 'encoding': {'x': {'field': 'c', 'type': 'nominal'},
                                    'y': {'field': 'b', 'aggregate': 'sum', 'type': 'quantitative'}},
        'width': 250, 'height': 200}
st.vega_lite_chart(df, spec, width='content', height='content', theme=None)
st.vega_lite_chart(df, spec, width=400, height=300)
st.vega_lite_chart(df, spec, use_container_width=True)
st.columns(2)[1].vega_lite_chart(df, spec)
""")
    assert not at.exception, [e.value for e in at.exception]
    props = [c._element.props_dict() for c in at.vega_lite_chart]
    assert [(p["width"], p["height"], p["theme"]) for p in props] == [
        (250, 200, None), (400, 300, "streamlit"), ("stretch", 200, "streamlit"),
        ("stretch", 200, "streamlit")]
    assert at.vega_lite_chart[0].series == {"Sum of b": [15, 24]}


@pytest.mark.parametrize(("call", "message"), [
    ("st.altair_chart(alt.Chart(df).mark_line().encode(x='a', y='b'), on_select='rerun')",
     "Selections are activated, but the provided chart spec does not have any selections"),
    ("st.altair_chart(alt.Chart(df).mark_line(), theme='dark')", "theme='dark' is not valid"),
    ("st.altair_chart(42)", "st.altair_chart takes an Altair chart"),
    ("st.vega_lite_chart(df, 'line')", "must be a dict"),
    ("st.altair_chart(alt.Chart(df).mark_line().encode(x='a', y='b'), width=-1)",
     "st.altair_chart width=-1 is not valid"),
])
def test_bad_arguments_are_clear_errors(call: str, message: str) -> None:
    assert message in run(call).exception[0].message


def test_write_shows_an_altair_chart() -> None:
    at = run("st.write(alt.Chart(df).mark_point().encode(x='a', y='b'))")
    assert at.vega_lite_chart[0].marks == ["point"]


def test_what_cannot_be_drawn_is_a_picture_with_vl_convert_else_a_note(
        monkeypatch: pytest.MonkeyPatch) -> None:
    concat = "st.altair_chart(alt.Chart(df).mark_geoshape().encode(color='b'))"
    monkeypatch.setitem(sys.modules, "vl_convert", None)
    at = run(concat)
    assert at.vega_lite_chart[0].note == "Not drawn natively: 'geoshape' marks."
    fake = types.ModuleType("vl_convert")
    buffer = io.BytesIO()
    Image.new("RGB", (6, 4)).save(buffer, format="PNG")
    fake.vegalite_to_png = lambda spec, scale: buffer.getvalue()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vl_convert", fake)
    at = run(concat)
    assert at.image[0].size == (6, 4) and not at.vega_lite_chart


def test_composed_charts_build_every_view() -> None:
    """``a & b`` / ``a | b`` drew only the first view (with a note); now each is built, nested
    compositions too, and the element is as tall as its views."""
    at = run("top = alt.Chart(df).mark_line().encode(x='a', y='b').properties(height=100)\n"
             "left = alt.Chart(df).mark_point().encode(x='a', y='b')\n"
             "right = alt.Chart(df).mark_bar().encode(x='c', y='sum(b)').properties(width=60)\n"
             "st.altair_chart(top & (left | right))")
    assert not at.exception and not at.image
    (shown,) = at.vega_lite_chart
    assert shown.marks == ["line"] and shown.note == ""  # the first view, as before
    views = shown.proto.views
    assert views.direction == "v" and [p.marks[0].kind for p in views.leaves()] == ["line", "point", "bar"]
    assert views.children[1].direction == "h"
    assert shown.proto.height == 100 + 20 + 300  # a view's height, else Vega-Lite's 300


def test_a_composed_chart_keeps_its_own_title() -> None:
    """``alt.vconcat(a, b, title=...)``: the composition's title was dropped (the views were
    built, the title above them lost); it is kept, and the chart is a title line taller."""
    at = run("a = alt.Chart(df).mark_line().encode(x='a', y='b').properties(height=100)\n"
             "b = alt.Chart(df).mark_bar().encode(x='a', y='b').properties(height=100)\n"
             "st.altair_chart(alt.vconcat(a, b, title='Seattle Weather: 2012-2015'))\n"
             "st.altair_chart(alt.hconcat(a, b, title=alt.Title('Side by side')))\n"
             "st.altair_chart(a & b)")
    assert not at.exception
    stacked, side, plain = (chart.proto for chart in at.vega_lite_chart)
    assert stacked.views.title == "Seattle Weather: 2012-2015" and side.views.title == "Side by side"
    assert plain.views.title == ""
    assert stacked.height == 28 + 100 + 20 + 100 and plain.height == 100 + 20 + 100
    faceted = run("base = alt.Chart(df).mark_bar().encode(x='a:O', y='b:Q')\n"
                  "st.altair_chart(base.facet(column='c:N').properties(title='Faceted'))")
    assert faceted.vega_lite_chart[0].proto.views.title == "Faceted"


def test_a_composed_chart_shows_a_shared_colour_legend_once() -> None:
    """Vega-Lite shares the views' colour legend (``resolve.legend.color`` "shared"): Altair's
    dot-dash plot showed it three times. It stays with the top-right view; independent
    legends, or panels with different categories (a facet by the colour), keep their own."""
    at = run("a = alt.Chart(df).mark_point().encode(x='a', y='b', color='c')\n"
             "b = alt.Chart(df).mark_tick().encode(x='a', y='c', color='c')\n"
             "st.altair_chart(b | (a & b))\n"
             "st.altair_chart((a | b).resolve_legend(color='independent'))\n"
             "st.altair_chart(alt.Chart(df).mark_bar().encode(x='a:O', y='b', color='c')"
             ".facet(column='c:N'))")
    assert not at.exception
    shared, independent, faceted = (chart.proto.views for chart in at.vega_lite_chart)
    assert [leaf.legend for leaf in shared.leaves()] == [None, "c", None]
    assert [leaf.legend for leaf in independent.leaves()] == ["c", "c"]
    assert [leaf.legend for leaf in faceted.leaves()] == ["c", "c"]


def test_a_repeated_chart_is_drawn_as_its_views() -> None:
    """``.repeat(column=[...])`` (Altair's layered crossfilter) was a note and an empty chart:
    each field is a view of its own, side by side; ``repeat=[...]`` wraps at ``columns``, and
    row and column make a grid. Vega's date functions (``hours(datum.d)``) compute a field."""
    at = run("base = alt.Chart(df).mark_bar().encode(x=alt.X(alt.repeat('column'), type='quantitative'),"
             " y='count()')\n"
             "st.altair_chart(base.repeat(column=['a', 'b']))\n"
             "grid = alt.Chart(df).mark_point().encode(x=alt.X(alt.repeat('column'), type='quantitative'),"
             " y=alt.Y(alt.repeat('row'), type='quantitative'))\n"
             "st.altair_chart(grid.repeat(row=['a', 'b'], column=['b', 'a']))\n"
             "wrap = alt.Chart(df).mark_line().encode(x='a',"
             " y=alt.Y(alt.repeat('repeat'), type='quantitative'))\n"
             "st.altair_chart(wrap.repeat(['a', 'b', 'h'], columns=2).transform_calculate("
             "h='hours(datum.d)'))")
    assert not at.exception
    side, grid, wrapped = (chart.proto.views for chart in at.vega_lite_chart)
    assert side.direction == "h" and [leaf.x.title for leaf in side.leaves()] == ["a", "b"]
    assert grid.direction == "v" and [(leaf.x.title, leaf.y.title) for leaf in grid.leaves()] == [
        ("b", "a"), ("a", "a"), ("b", "b"), ("a", "b")]
    assert [len(line.children) for line in wrapped.children] == [2, 1]
    hours = wrapped.leaves()[2]
    assert hours.note == "" and hours.marks[0].series[0].y.tolist() == [0.0] * 6


def test_categories_on_y_take_vega_lite_s_step_of_height() -> None:
    """A horizontal bar chart of 40 names was squeezed into the default 350 px (its labels
    overlapping): Vega-Lite gives each category on y 20 px, so the chart is as tall as its
    bars need (a short one for three); a given height, or numbers on y, are unchanged."""
    at = run("many = pd.DataFrame({'n': [f'N{i}' for i in range(40)], 'v': range(40)})\n"
             "st.altair_chart(alt.Chart(many).mark_bar().encode(y='n:N', x='v:Q'))\n"
             "st.altair_chart(alt.Chart(df).mark_bar().encode(y='c:N', x='b:Q'))\n"
             "st.altair_chart(alt.Chart(df).mark_bar().encode(y='c:N', x='b:Q').properties(height=90))\n"
             "st.altair_chart(alt.Chart(df).mark_bar().encode(x='c:N', y='b:Q'))\n"
             "bars = alt.Chart(df).mark_bar().encode(y='c:N', x='b:Q')\n"
             "st.altair_chart(bars & bars)")
    heights = [chart.proto.height for chart in at.vega_lite_chart]
    assert heights[:4] == [40 * 20 + 44, 2 * 20 + 44, 90, 350]
    assert heights[4] == 2 * 20 + 20 + 2 * 20  # two views of two categories, 20 px apart


def test_a_spec_given_as_keywords_is_an_error_as_in_streamlit_1_67() -> None:
    """Old Streamlit read ``mark="bar", x_field="a"`` as a spec; 1.67 raises Python's error."""
    at = run("st.vega_lite_chart(df, mark='bar', x_field='a', y_field='b')\nst.write('after')")
    assert "unexpected keyword argument 'mark'" in at.exception[0].message
    assert not at.vega_lite_chart and not at.markdown


def test_facets_draw_a_panel_per_value() -> None:
    """.facet(...) and encode(column=...) drew every panel as one ("facet (all panels drawn as
    one)"); each value of the field is now a panel of its own rows, titled with the value."""
    at = run("base = alt.Chart(df).mark_bar().encode(x='a:O', y='b:Q')\n"
             "st.altair_chart(base.encode(column='c:N'))\n"
             "st.altair_chart(base.facet(row='c:N'))\n"
             "st.altair_chart(base.facet(facet='a:O', columns=2))")
    assert not at.exception and not at.image
    column, row, wrapped = (chart.proto.views for chart in at.vega_lite_chart)
    assert [p.title for p in column.leaves()] == ["x", "y"]
    assert column.children[0].direction == "h" and len(column.children) == 1
    assert [[s.y.tolist() for m in p.marks for s in m.series] for p in column.leaves()] == [
        [[4, 5, 6]], [[7, 8, 9]]]
    assert row.direction == "v" and [p.title for p in row.leaves()] == ["x", "y"]
    assert [len(line.children) for line in wrapped.children] == [2, 1]  # 3 values, 2 per row
    assert at.vega_lite_chart[0].note == ""


def test_an_unchanged_chart_gives_an_equal_element_on_a_rerun() -> None:
    at = run("st.altair_chart(alt.Chart(df).mark_line().encode(x='a', y='b'))")
    first = at.vega_lite_chart[0].chart
    at.run()
    assert at.vega_lite_chart[0].chart == first


def test_a_dataframe_in_the_spec_and_a_spec_without_data_draw_as_streamlit() -> None:
    """Streamlit's st_vega_lite_chart e2e app draws one bar chart from a DataFrame in the
    spec's ``datasets`` (named) and from ``"data": df``, and an empty chart from a spec with no
    data; the first read the frame's column names as rows, the last raised."""
    at = run("""
frame = pd.DataFrame({"a": ["A", "B"], "b": [28, 55]})
enc = {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "quantitative"}}
st.vega_lite_chart({"datasets": {"foo": frame}, "data": {"name": "foo"}, "mark": "bar", "encoding": enc})
st.vega_lite_chart({"data": frame, "mark": "bar", "encoding": enc})
st.vega_lite_chart({"mark": "line", "encoding": {"x": {"field": "a", "type": "quantitative"}}})
""")
    assert not at.exception, [e.value for e in at.exception]
    assert at.vega_lite_chart[0].series == at.vega_lite_chart[1].series == {"b": [28, 55]}
    assert len(at.vega_lite_chart) == 3


def test_on_select_returns_streamlit_s_selection_state_and_keeps_it_under_the_key() -> None:
    """on_select="rerun" stopped the script ("not supported"); Streamlit returns the state of
    the spec's selection parameters, Altair's counted names numbered from param_1."""
    at = run("""
point = alt.selection_point()
bars = alt.Chart(df).mark_bar().encode(
    x='c', y='b', fillOpacity=alt.condition(point, alt.value(1), alt.value(0.3))).add_params(point)
event = st.altair_chart(bars, on_select='rerun', key='bars')
st.write(str(event))
st.write(len(st.session_state.bars.selection))
st.altair_chart(bars, on_select=lambda: None, key='called')
st.vega_lite_chart(df, {'mark': 'point', 'params': [{'name': 'pick', 'select': 'interval'}],
                        'encoding': {'x': {'field': 'a', 'type': 'quantitative'}}},
                   on_select='rerun', selection_mode='pick')
st.write('after')
""")
    assert not at.exception
    assert [m.value for m in at.markdown] == ["{'selection': {'param_1': {}}}", "`1`", "after"]
    assert at.vega_lite_chart[0].value == {"selection": {"param_1": {}}}
    assert at.vega_lite_chart[2].selection.selection.pick == {}
    assert at.vega_lite_chart[0].selection.selection.param_1 == {}


@pytest.mark.parametrize(("call", "message"), [
    ("st.altair_chart(alt.Chart(df).mark_bar().encode(x='a'), on_select='rerun')",
     "Selections are activated, but the provided chart spec does not have any selections"),
    ("st.altair_chart(alt.Chart(df).mark_bar().encode(x='a').add_params(alt.selection_point()),"
     " on_select='rerun', selection_mode='other')",
     "Selection parameter 'other' is not defined in the chart spec"),
    ("st.altair_chart(alt.Chart(df).mark_bar().encode(x='a'), on_select='sometimes')",
     "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."),
])
def test_on_select_errors_are_streamlit_s(call: str, message: str) -> None:
    assert message in run(call).exception[0].message
