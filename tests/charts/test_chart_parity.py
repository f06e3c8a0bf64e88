"""The built-in charts' data as Streamlit 1.67 (Vega-Lite) reads it: colours given as tuples
or 8-digit hex, points joined in x order, categories in sorted order, axis titles only for
columns the script named, and timezone-aware dates; plus st.json's expansion depth."""

from __future__ import annotations

import warnings

import pytest

from rerunqt.core.chart_data import read_chart
from rerunqt.css_colours import colour_rgba, parse_colour, parse_rgba
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest

HEAD = "import numpy as np\nimport pandas as pd\nimport rerunqt as st\n"


def run(source: str) -> AppTest:
    at = AppTest.from_string(HEAD + source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


def error(source: str) -> str:
    at = AppTest.from_string(HEAD + source).run()
    assert at.exception, "expected an error"
    return at.exception[0].message


# ---------------------------------------------------------------------------- colours
@pytest.mark.parametrize("text, rgba", [
    ("#FF000080", (255, 0, 0, 128)),  # CSS #rrggbbaa, not Qt's #aarrggbb
    ("#0000ff80", (0, 0, 255, 128)),
    ("#f008", (255, 0, 0, 136)),  # #rgba
    ("#00ff00", (0, 255, 0, 255)),
    ("rgba(255, 0, 0, 0.5)", (255, 0, 0, 128)),
    ("rgb(10 20 30 / 50%)", (10, 20, 30, 128)),
    ("tomato", (255, 99, 71, 255)),
    ("transparent", (0, 0, 0, 0)),
])
def test_css_colours_keep_their_alpha_in_css_order(text: str, rgba: tuple[int, ...]) -> None:
    assert parse_rgba(text) == rgba
    assert parse_colour(text) == rgba[:3]


@pytest.mark.parametrize("value, rgba", [
    ((255, 0, 0), (255, 0, 0, 255)),
    ((0.1, 0.5, 0.9, 0.5), (25, 127, 229, 127)),  # floats are fractions, as color_util's
    ([0, 128, 255, 64], (0, 128, 255, 64)),
    ((300, -5, 0), (255, 0, 0, 255)),  # clamped
    ((255, 0, 0, 0.5), (255, 0, 0, 127)),  # each component by its own type
])
def test_colour_tuples_read_as_streamlit_reads_them(value: object, rgba: tuple[int, ...]) -> None:
    assert colour_rgba(value) == rgba


def test_a_chart_colour_may_be_an_rgb_or_rgba_tuple() -> None:
    at = run("df = pd.DataFrame({'day': pd.date_range('2024-01-01', periods=3), 'v': [1, 3, 2]})\n"
             "st.line_chart(df, x='day', y='v', color=(255, 0, 0))\n"
             "st.bar_chart(df, x='day', y='v', color=(0.1, 0.5, 0.9, 0.5))\n")
    assert at.line_chart[0].chart.series[0].color == "#ff0000"
    assert at.bar_chart[0].chart.series[0].color == "#197fe57f"


def test_a_list_of_tuples_colours_several_series() -> None:
    data = read_chart({"a": [1], "b": [2]}, color=[(255, 0, 0), "#0000FF80"])
    assert [(s.name, s.color) for s in data.series] == [("a", "#ff0000"), ("b", "#0000ff80")]


@pytest.mark.parametrize("color, words", [
    ("(255, 0, 0)", ["list of 2 colours"]),  # one colour for two y columns
    ("['#ff0000', 'nope']", ["'nope'", "not a colour"]),
    ("'nope'", ["color='nope'", "not a colour nor a column"]),
    ("5", ["color=5"]),
])
def test_a_colour_that_does_not_fit_names_what_is_accepted(color: str, words: list[str]) -> None:
    message = error(f"st.line_chart({{'a': [1], 'b': [2]}}, color={color})")
    for word in words:
        assert word in message


def test_eight_digit_hex_colours_stay_as_css_reads_them() -> None:
    at = run("df = pd.DataFrame({'x': [1, 2, 3], 'a': [1, 3, 2], 'b': [2, 1, 3]})\n"
             "st.area_chart(df, x='x', y=['a', 'b'], color=['#FF000080', '#0000FF80'])\n")
    assert [(s.name, s.color) for s in at.area_chart[0].chart.series] == [
        ("a", "#ff000080"), ("b", "#0000ff80")]


# --------------------------------------------------------------------- x order, category order
def test_line_and_area_points_are_joined_in_x_order() -> None:
    source = "df = pd.DataFrame({'x': [0.5, -1.2, 2.0, 0.1], 'y': [1, 2, 3, 4]})\n"
    at = run(source + "st.line_chart(df, x='x', y='y')\nst.area_chart(df, x='x', y='y')\n"
             "st.scatter_chart(df, x='x', y='y')\n")
    for view in (at.line_chart[0], at.area_chart[0]):
        assert view.x == {"y": [-1.2, 0.1, 0.5, 2.0]}
        assert view.series == {"y": [2.0, 4.0, 1.0, 3.0]}
    assert at.scatter_chart[0].x == {"y": [0.5, -1.2, 2.0, 0.1]}  # points: the data's order


def test_dates_and_text_categories_on_x_are_joined_in_their_sorted_order() -> None:
    at = run("st.line_chart(pd.DataFrame({'d': pd.to_datetime(['2024-03-01', '2024-01-01']), "
             "'v': [1, 2]}), x='d', y='v')\n"
             "st.line_chart(pd.DataFrame({'m': ['b', 'c', 'a'], 'v': [1, 2, 3]}), x='m', y='v')\n")
    dates, words = at.line_chart
    assert dates.series == {"v": [2.0, 1.0]} and dates.x["v"][0] < dates.x["v"][1]
    assert words.x_labels == ("a", "b", "c")
    assert words.x == {"v": [0.0, 1.0, 2.0]} and words.series == {"v": [3.0, 1.0, 2.0]}


def test_wide_columns_are_listed_in_sorted_order_as_vega_lites_domain() -> None:
    view = run("st.line_chart(pd.DataFrame({'zeta': [1, 2], 'alpha': [2, 1]}))\n").line_chart[0]
    assert [s.name for s in view.chart.series] == ["alpha", "zeta"]


def test_a_list_of_colours_keeps_the_y_columns_order() -> None:
    data = read_chart({"zeta": [1], "alpha": [2]}, color=["#ff0000", "#0000ff"])
    assert [(s.name, s.color) for s in data.series] == [("zeta", "#ff0000"), ("alpha", "#0000ff")]


def test_a_colour_column_splits_into_series_in_sorted_order() -> None:
    view = run("df = pd.DataFrame({'x': [3, 1, 2, 0], 'y': [3, 1, 2, 0], 'g': ['b', 'b', 'a', 'a']})\n"
               "st.line_chart(df, x='x', y='y', color='g')\n").line_chart[0]
    assert list(view.series) == ["a", "b"]
    assert view.x == {"a": [0.0, 2.0], "b": [1.0, 3.0]}
    numbers = read_chart({"x": [1, 2, 3], "y": [1, 2, 3], "g": [10, 9, 10]}, "x", "y", "g")
    assert [s.name for s in numbers.series] == ["9", "10"]  # numbers by value, not as text


# ---------------------------------------------------------------------------- axis titles
@pytest.mark.parametrize("call, titles", [
    ("st.line_chart(pd.Series([1, 3, 2], name='s'))", ("", "")),
    ("st.area_chart([1, 5, 2])", ("", "")),
    ("st.line_chart(pd.DataFrame({'v': [1, 2]}, index=pd.Index([5, 6], name='t')))", ("", "")),
    ("st.line_chart({'t': [1, 2], 'v': [3, 4]}, x='t')", ("t", "")),
    ("st.line_chart({'t': [1, 2], 'v': [3, 4]}, y='v')", ("", "v")),
    ("st.line_chart({'t': [1, 2], 'v': [3, 4]}, y=['v'])", ("", "v")),
    ("st.line_chart({'t': [1, 2], 'v': [3, 4], 'w': [1, 1]}, x='t', y=['v', 'w'])", ("t", "")),
    ("st.bar_chart({'t': ['a', 'b'], 'v': [3, 4]}, x='t', y='v', horizontal=True)", ("t", "v")),
])
def test_axes_are_titled_only_by_columns_the_script_named(call: str, titles: tuple[str, str]) -> None:
    at = run(call + "\n")
    view = next(iter(at.get("line_chart") or at.get("area_chart") or at.get("bar_chart")))
    assert (view.x_label, view.y_label) == titles


# ---------------------------------------------------------------------------- time zones
def test_timezone_aware_dates_are_read_as_their_instants_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's "no explicit representation of timezones"
        at = run("df = pd.DataFrame({'t': pd.date_range('2024-01-01', periods=3, tz='Europe/Berlin'), "
                 "'v': [1, 2, 3]})\nst.line_chart(df, x='t', y='v')\n"
                 "st.line_chart(df.set_index('t'))\n"
                 "import datetime as dt\n"
                 "zone = dt.timezone(dt.timedelta(hours=2))\n"
                 "st.line_chart({'t': [dt.datetime(2024, 1, 1, 2, tzinfo=zone)], 'v': [1]}, x='t')\n")
    by_column, by_index, by_objects = at.line_chart
    midnight_berlin = 1704063600.0  # 2023-12-31 23:00 UTC
    assert by_column.chart.x_kind == "datetime" and by_column.x["v"][0] == midnight_berlin
    assert by_index.x["v"][0] == midnight_berlin
    assert by_objects.x["v"] == [1704067200.0]  # 02:00 at UTC+2 is midnight UTC


# ---------------------------------------------------------------------------- st.json
@pytest.mark.parametrize("expanded, stored, depth",
                         [(True, True, 0), (False, False, 0), (2, True, 2), (0, False, 0)])
def test_json_expanded_may_be_a_depth(expanded: object, stored: object, depth: int) -> None:
    at = run(f"st.json({{'a': {{'b': 1}}}}, expanded={expanded!r})\n")
    # as Streamlit's AppTest: a depth reads as expanded=True and max_expand_depth
    assert at.json[0].expanded is stored and at.json[0].max_expand_depth == depth


@pytest.mark.parametrize("expanded", ["-1", "'yes'", "1.5"])
def test_json_expanded_must_be_a_bool_or_a_non_negative_int(expanded: str) -> None:
    assert "non-negative int" in error(f"st.json({{}}, expanded={expanded})")


def test_unknown_colour_text_is_an_error_not_black() -> None:
    with pytest.raises(ValueError, match="'#12'"):
        parse_rgba("#12")
    with pytest.raises(RerunQtAPIError):
        read_chart({"a": [1]}, color="#12345")


def test_area_chart_takes_stack_layered_as_streamlit_does() -> None:
    """Streamlit 1.67 accepts "layered" for every chart's ``stack``; an area chart draws it as
    its default, overlapping areas."""
    at = run("st.area_chart({'a': [1, 2], 'b': [2, 1]}, stack='layered')\n"
             "st.area_chart({'a': [1, 2], 'b': [2, 1]})\n")
    assert [view.proto.stack for view in at.area_chart] == [False, False]


def test_built_in_colour_names_are_chart_colours() -> None:
    """Streamlit 1.67's charts take its colour names (the window draws the theme's)."""
    at = run("st.line_chart({'a': [1, 2]}, color='Grey')\n"
             "st.scatter_chart({'a': [1, 2], 'b': [2, 1]}, x='a', y='b', color=['primary'])\n")
    assert at.line_chart[0].chart.series[0].color == "grey"
    assert at.scatter_chart[0].chart.series[0].color == "primary"


def test_a_colour_column_of_numbers_colours_lines_and_bars_along_a_scale() -> None:
    """Streamlit 1.67 types ``color='year'`` (numbers) quantitative: the series run from its
    lightest sequential blue (least value) to its darkest, not through the palette."""
    at = run("df = pd.DataFrame({'m': [1, 2] * 3, 'v': [1, 2, 3, 4, 5, 6],\n"
             "                   'year': [2024, 2024, 2022, 2022, 2023, 2023]})\n"
             "st.line_chart(df, x='m', y='v', color='year')\n"
             "st.bar_chart(df, x='m', y='v', color='year')\n")
    for view in (at.line_chart[0], at.bar_chart[0]):
        assert [(s.name, s.color) for s in view.chart.series] == [
            ("2022", "#e4f5ff"), ("2023", "#4ea8f9"), ("2024", "#004280")]


def test_several_y_columns_with_a_colour_column_draw_one_series_per_y_column() -> None:
    """Streamlit 1.67 melts several y columns and colours by their names, leaving a
    ``color`` column out; it raised "y must be one column"."""
    at = run("df = pd.DataFrame({'x': [1, 2], 'y': [1, 2], 'z': [3, 4], 'g': ['a', 'b']})\n"
             "st.line_chart(df, x='x', y=['z', 'y'], color='g')\n")
    assert at.line_chart[0].series == {"y": [1.0, 2.0], "z": [3.0, 4.0]}


def test_width_none_is_the_stretch_default() -> None:
    """Streamlit 1.67 takes ``width=None`` (the unset width) as "stretch"; it raised."""
    at = run("st.line_chart([1, 2], width=None)\nst.bar_chart([1, 2], width=None, "
             "use_container_width=False)\n"
             "st.scatter_chart({'a': [1, 2], 'c': [3, 4]}, x='a', y='a', color='c', width=None)\n")
    assert at.line_chart[0].proto.width == "stretch"
    assert at.bar_chart[0].proto.width == "content"
