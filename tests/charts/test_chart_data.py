"""Chart data as Streamlit reads it: wide and long form, x/y/color/size, and clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from rerunqt.core.chart_data import read_chart, stack
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest


def chart(source: str, kind: str = "line_chart"):
    at = AppTest.from_string("import numpy as np\nimport pandas as pd\nimport rerunqt as st\n"
                             + source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at.get(kind)[0]


def error(source: str) -> str:
    at = AppTest.from_string("import numpy as np\nimport pandas as pd\nimport rerunqt as st\n"
                             + source).run()
    assert at.exception, "expected an error"
    return at.exception[0].message


def test_a_wide_dataframe_draws_one_series_per_column_against_the_index() -> None:
    view = chart("st.line_chart(pd.DataFrame({'a': [1, 2, 3], 'b': [3, 2, 1]}))")
    assert view.series == {"a": [1.0, 2.0, 3.0], "b": [3.0, 2.0, 1.0]}
    assert view.x == {"a": [0.0, 1.0, 2.0], "b": [0.0, 1.0, 2.0]}
    assert view.chart.x_kind == "index"


def test_x_and_y_pick_columns_and_name_the_axes() -> None:
    view = chart("st.line_chart({'t': [1, 2, 4], 'v': [5, 6, 7], 'w': [0, 0, 0]}, x='t', y='v')")
    assert view.series == {"v": [5.0, 6.0, 7.0]}
    assert view.x == {"v": [1.0, 2.0, 4.0]}
    assert (view.x_label, view.y_label) == ("t", "v")
    view = chart("st.line_chart({'t': [1, 2], 'v': [5, 6]}, x='t', x_label='time', y_label='V')")
    assert (view.x_label, view.y_label) == ("time", "V")


def test_long_form_color_column_splits_rows_into_series() -> None:
    view = chart("df = pd.DataFrame({'x': [1, 2, 1, 2], 'y': [1, 2, 3, 4], 'g': ['u', 'u', 'v', 'v']})\n"
                 "st.line_chart(df, x='x', y='y', color='g')")
    assert view.series == {"u": [1.0, 2.0], "v": [3.0, 4.0]}


def test_color_values_of_the_column_colour_the_series() -> None:
    data = read_chart({"x": [1, 2], "y": [1, 2], "c": ["#ff0000", "#00ff00"]}, "x", "y", "c")
    assert {s.name: s.color for s in data.series} == {"#ff0000": "#ff0000", "#00ff00": "#00ff00"}


def test_a_list_of_colours_gives_one_per_y_column() -> None:
    data = read_chart({"a": [1], "b": [2]}, color=["#111111", "#222222"])
    assert [s.color for s in data.series] == ["#111111", "#222222"]
    with pytest.raises(RerunQtAPIError, match="list of 2 colours"):
        read_chart({"a": [1], "b": [2]}, color=["#111111"])


@pytest.mark.parametrize("source, series", [
    ("st.line_chart(np.array([1.0, 2.0]))", {"value": [1.0, 2.0]}),
    ("st.line_chart(np.array([[1, 2], [3, 4]]))", {"0": [1.0, 3.0], "1": [2.0, 4.0]}),
    ("st.line_chart([4, 5])", {"value": [4.0, 5.0]}),
    ("st.line_chart([{'a': 1}, {'a': 2}])", {"a": [1.0, 2.0]}),
    ("st.line_chart(pd.Series([1, 2], name='s'))", {"s": [1.0, 2.0]}),
    ("st.line_chart()", {}),
])
def test_every_input_format(source: str, series: dict[str, list[float]]) -> None:
    assert chart(source).series == series


def test_value_is_the_object_the_script_passed() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        data = {'a': [1, 2]}
        st.session_state.data = data
        st.bar_chart(data)
    """).run()
    assert at.bar_chart[0].value is at.session_state.data


def test_text_categories_are_sorted_unless_sort_false() -> None:
    source = "st.bar_chart({'k': ['b', 'a', 'c'], 'n': [1, 5, 3]}, x='k', sort=SORT)"
    assert chart(source.replace("SORT", "True"), "bar_chart").x_labels == ("a", "b", "c")
    assert chart(source.replace("SORT", "False"), "bar_chart").x_labels == ("b", "a", "c")
    assert chart(source.replace("SORT", "'-n'"), "bar_chart").x_labels == ("a", "c", "b")
    assert chart(source.replace("SORT", "'n'"), "bar_chart").x_labels == ("b", "c", "a")
    by_other = chart("st.bar_chart({'k': ['b', 'a'], 'n': [1, 5], 'rank': [1, 0]}, x='k', y='n', "
                     "sort='rank')", "bar_chart")
    assert by_other.x_labels == ("a", "b") and by_other.x == {"n": [1.0, 0.0]}


def test_dates_on_x_become_seconds() -> None:
    view = chart("st.line_chart(pd.DataFrame({'d': pd.date_range('2024-01-01', periods=2), "
                 "'v': [1, 2]}), x='d')")
    assert view.chart.x_kind == "datetime"
    assert view.x["v"][1] - view.x["v"][0] == 86400.0


def test_scatter_size_column_and_number() -> None:
    data = read_chart({"x": [1, 2], "y": [1, 2], "s": [3, 9]}, "x", "y", size="s")
    assert data.series[0].size.tolist() == [3.0, 9.0]
    assert read_chart({"y": [1]}, size=40).series[0].size == 40.0
    with pytest.raises(RerunQtAPIError, match="size=-1"):
        read_chart({"y": [1]}, size=-1)


def test_same_data_is_equal_and_changed_data_is_not() -> None:
    values = np.random.default_rng(1).random(1_000_000)
    assert read_chart(values) == read_chart(values.copy())
    changed = values.copy()
    changed[123_457] += 1.0
    assert read_chart(values) != read_chart(changed)
    with_nan = values.copy()
    with_nan[5] = np.nan
    assert read_chart(with_nan) == read_chart(with_nan.copy())


def test_a_rerun_with_the_same_data_keeps_the_same_element() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.line_chart({'a': [1, 2, 3]})
        st.button('again')
    """).run()
    before = at.tree[0]
    at.button[0].click().run()
    assert at.tree[0] is before


def test_stack_modes() -> None:
    data = read_chart({"a": [1, 1], "b": [3, 1]})
    (_, _, top_a), (_, low_b, top_b) = stack(data.series, None)
    assert top_b.tolist() == [4.0, 2.0] and low_b.tolist() == top_a.tolist() == [1.0, 1.0]
    assert stack(data.series, "normalize")[1][2].tolist() == [1.0, 1.0]
    assert stack(data.series, "center")[0][1].tolist() == [-2.0, -1.0]
    assert stack(data.series, False)[1][2].tolist() == [3.0, 1.0]


def test_negative_values_stack_down_from_zero_as_in_vega() -> None:
    """Streamlit's bar_chart example 2 (random normal columns) stacked mixed signs as a
    running sum, so bars overlapped; Vega stacks positives up and negatives down."""
    data = read_chart({"a": [1, -1], "b": [-2, 2], "c": [3, -3]})
    (_, low_a, top_a), (_, low_b, top_b), (_, low_c, top_c) = stack(data.series, None)
    assert (low_a.tolist(), top_a.tolist()) == ([0.0, 0.0], [1.0, -1.0])
    assert (low_b.tolist(), top_b.tolist()) == ([0.0, 0.0], [-2.0, 2.0])
    assert (low_c.tolist(), top_c.tolist()) == ([1.0, -1.0], [4.0, -4.0])
    assert stack(data.series, None, diverging=False)[2][2].tolist() == [2.0, -2.0]  # running sum


@pytest.mark.parametrize("source, words", [
    ("st.line_chart({'a': [1]}, x='b')", ["x='b' is not a column", "['a']"]),
    ("st.line_chart({'a': [1]}, y=['a', 'zz'])", ["y='zz' is not a column"]),
    ("st.line_chart({'a': [1, 2], 'b': [1]})", ["different lengths", "'a': 2", "'b': 1"]),
    ("st.line_chart([[1, 2], [3]])", ["ragged"]),
    ("st.line_chart(object())", ["cannot be charted"]),
    ("st.line_chart({'a': [1]}, x=5)", ["x=5 must be a column name", "['a']"]),
    ("st.line_chart(np.zeros((2, 2, 2)))", ["3-D array"]),
    ("st.line_chart([1], height=0)", ["height=0"]),
    ("st.line_chart([1], width='wide')", ["width='wide'"]),
    ("st.bar_chart([1], stack='sideways')", ["stack='sideways'"]),
    ("st.area_chart([1], stack='up')", ["stack='up'"]),
])
def test_bad_input_names_the_argument(source: str, words: list[str]) -> None:
    message = error(source)
    for word in words:
        assert word in message


def test_a_text_column_is_missing_points_not_an_error_as_in_streamlit() -> None:
    """st.bar_chart(df) of a frame with a text column draws in Streamlit 1.67; rerunqt raised
    "is not numeric"."""
    at = AppTest.from_string("""
        import pandas as pd
        import rerunqt as st
        df = pd.DataFrame({"n": [1, 2, 3], "name": ["x", "3", None]})
        st.bar_chart(df)
        st.line_chart(df, y="name")
    """).run()
    assert not at.exception, at.exception
    # both melt into one text column (Streamlit 1.67 sends it as text): a nominal y of
    # every value, the numbers' among them, ascending from the top
    bars = read_chart({"n": [1, 2, 3], "name": ["x", "3", None]})
    values = {s.name: s.y.tolist() for s in bars.series}
    assert bars.y_labels == ("1", "2", "3", "x") and values["n"] == [3.0, 2.0, 1.0]
    assert values["name"][:2] == [0.0, 1.0] and np.isnan(values["name"][2])


def test_a_dict_of_single_values_is_one_series_over_its_keys_as_in_streamlit() -> None:
    """st.bar_chart({"apples": 3, "pears": 5}) draws a bar per key in Streamlit 1.67 (the
    dict read as a Series); rerunqt raised "must be one-dimensional"."""
    at = AppTest.from_string("import rerunqt as st\nst.bar_chart({'apples': 3, 'pears': 5})\n").run()
    assert not at.exception, at.exception
    data = read_chart({"apples": 3, "pears": 5})
    assert [(s.name, s.y.tolist()) for s in data.series] == [("value", [3.0, 5.0])]
    assert data.x_kind == "category" and data.x_labels == ("apples", "pears")


def test_charts_work_inside_containers() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        col, = st.columns(1)
        col.area_chart([1, 2])
        st.sidebar.scatter_chart([1, 2])
    """).run()
    assert len(at.columns[0].get("area_chart")) == 1
    assert len(at.sidebar.scatter_chart) == 1


def test_width_and_height() -> None:
    view = chart("st.line_chart([1], width=300, height=200)")
    assert (view.width, view.height) == (300, 200)
    view = chart("st.line_chart([1], use_container_width=True, width=300)")
    assert view.width == "stretch"
    assert chart("st.line_chart([1])").height == 350


def test_a_pandas_index_is_x() -> None:
    view = chart("st.line_chart(pd.DataFrame({'v': [1, 2]}, index=[10, 20]))")
    assert view.x == {"v": [10.0, 20.0]}
    assert view.chart.x_kind == "number"


def test_a_text_y_column_is_a_category_axis_as_vega_lites_nominal_y() -> None:
    # release demo 1.27: st.scatter_chart(df, x='Average Rent', y='Region in the US')
    view = chart("st.scatter_chart(pd.DataFrame({'rent': [900, 1200, 800, 1500], "
                 "'region': ['West', 'East', 'West', None]}), x='rent', y='region')",
                 "scatter_chart")
    assert view.chart.y_labels == ("East", "West")  # ascending; the first drawn on top
    ys = view.series["region"]
    assert ys[:3] == [0.0, 1.0, 0.0] and np.isnan(ys[3])
    # numbers written as text stay numbers, and a number column has no labels
    assert chart("st.line_chart({'x': [1, 2], 'y': ['3', '4']}, x='x', y='y')").chart.y_labels == ()
    assert chart("st.line_chart({'x': [1, 2], 'y': [3, 4]}, x='x', y='y')").chart.y_labels == ()


def test_a_text_column_among_several_ys_makes_every_series_nominal() -> None:
    # st.line_chart(df) of names and ages: Streamlit melts both into one value column, sent
    # as text, so y is nominal and both series are drawn; the ages were drawn alone
    view = chart("st.line_chart(pd.DataFrame({'Nome': ['Bob', 'Al'], 'Idade': [25, 30]}))")
    assert view.chart.y_labels == ("25", "30", "Al", "Bob")
    assert view.series == {"Idade": [3.0, 2.0], "Nome": [0.0, 1.0]}


def test_an_ordered_categorical_x_keeps_its_categories_order() -> None:
    # release notes 1.30 (#7771): Streamlit sorts the axis by the categories (Vega-Lite's
    # sort array); an unordered one stays ascending, as a nominal domain
    source = ("df = pd.DataFrame({'size': pd.Categorical(['M', 'S', 'L', 'M'], "
              "categories=['S', 'M', 'L', 'XL'], ordered={ordered}), 'n': [3, 1, 5, 2]})\n"
              "st.bar_chart(df, x='size', y='n')")
    ordered = chart(source.replace("{ordered}", "True"), "bar_chart")
    assert ordered.x_labels == ("S", "M", "L")
    assert ordered.x == {"n": [1.0, 0.0, 2.0, 1.0]}
    assert chart(source.replace("{ordered}", "False"), "bar_chart").x_labels == ("L", "M", "S")


def test_a_colour_column_titles_the_legend_and_a_column_of_colours_has_none() -> None:
    # Streamlit's color=<column> encoding has no title: Vega-Lite titles the legend with
    # the column's name; several y columns melt into an untitled legend (title " "), and a
    # column of colours has its legend turned off
    frame = ("pd.DataFrame({'d': [1, 2, 1, 2], 'v': [1, 3, 2, 1], 'w': [0, 1, 2, 3], "
             "'sym': ['a', 'a', 'b', 'b'], 'c': ['#ff0000', '#ff0000', '#0000ff', '#0000ff']})")
    assert chart(f"st.line_chart({frame}, x='d', y='v', color='sym')").chart.legend == "sym"
    assert chart(f"st.line_chart({frame}, x='d', y=['v', 'w'])").chart.legend == ""
    assert chart(f"st.line_chart({frame}, x='d', y='v', color='c')").chart.legend is None
