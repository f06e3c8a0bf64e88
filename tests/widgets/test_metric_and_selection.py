"""st.metric through AppTest, and st.dataframe selections (return value, session state)."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


# ----------------------------------------------------------------------------- metric
@pytest.mark.parametrize(("args", "value", "delta", "direction", "colour"), [
    ("'T', 70, 1.2", "70", "1.2", "up", "green"),
    ("'T', 70.5, -1", "70.5", "-1", "down", "red"),
    ("'T', '70 °F', '-1.2 °F'", "70 °F", "-1.2 °F", "down", "red"),
    ("'T', 4, -0.5, delta_color='inverse'", "4", "-0.5", "down", "green"),
    ("'T', 4, 3, delta_color='inverse'", "4", "3", "up", "red"),
    ("'T', 4, 3, delta_color='off'", "4", "3", "up", "gray"),
    ("'T', None", "—", "", None, "gray"),
    ("'T', 5, ''", "5", "", None, "gray"),
    ("'T', 5, 2, delta_arrow='off'", "5", "2", None, "green"),
    ("'T', 5, 2, delta_arrow='down'", "5", "2", "down", "green"),
    ("'T', 5, 2, delta_color='blue'", "5", "2", "up", "blue"),
    # with format=, AppTest reads the value as given (as Streamlit's); the page formats it
    ("'T', 1234.5, format='dollar'", "1234.5", "", None, "gray"),
    ("'T', 0.25, 0.05, format='percent'", "0.25", "0.05", "up", "green"),
    ("'T', 3.14159, 1.23456, format='%.2f'", "3.14159", "1.23456", "up", "green"),
    ("'T', np.int64(7), np.float64(-0.5)", "7", "-0.5", "down", "red"),
    # Streamlit 1.67 dedents a text delta (" -20" points down) and a zero delta has no
    # arrow and is gray, unless a colour is named or delta_arrow overrides the direction
    ("'T', '23k', ' -20'", "23k", "-20", "down", "red"),
    ("'T', '23k', ' -20', delta_color='off'", "23k", "-20", "down", "gray"),
    ("'T', 1, 0", "1", "0", None, "gray"),
    ("'T', 1, '0', delta_color='inverse'", "1", "0", None, "gray"),
    ("'T', 1, 0.0", "1", "0.0", None, "gray"),
    ("'T', 1, 0, delta_color='blue'", "1", "0", None, "blue"),
    ("'T', 1, 0, delta_arrow='up'", "1", "0", "up", "gray"),
    ("'T', 1, '0%'", "1", "0%", "up", "green"),
    # a bool is an int to Streamlit 1.67 (shown as "True"; rerunqt raised "Invalid `value` type")
    ("'T', True, False", "True", "False", None, "gray"),
    ("'T', False, True", "False", "True", "up", "green"),
])
def test_metric_value_delta_and_colour(args: str, value: str, delta: str, direction: str | None,
                                       colour: str) -> None:
    at = run(f"import rerunqt as st, numpy as np\nst.metric({args})")
    metric = at.metric[0]
    assert (metric.label, metric.value, metric.delta) == ("T", value, delta)
    codes = ("red", "green", "gray", "orange", "yellow", "blue", "violet", "primary")
    assert (metric.direction, metric.color) == ({"down": 0, "up": 1, None: 2}[direction],
                                               codes.index(colour))  # proto numbers


@pytest.mark.parametrize(("args", "shown", "delta"), [
    ("1234.5, format='dollar'", "$1,234.50", ""),
    ("0.25, 0.05, format='percent'", "25%", "5%"),  # Streamlit's formatNumber
    ("1234.5678, format='localized'", "1,234.568", ""),
    ("1500, format='%.3e'", "1.500e+3", ""),
    ("1500000, format='compact'", "1.5M", ""),
    ("3.14159, format='%.2f'", "3.14", ""),
])
def test_metric_format_is_shown_and_apptest_reads_the_value_as_given(
        args: str, shown: str, delta: str) -> None:
    """Streamlit 1.67's AppTest reads a formatted metric's value and delta as given, with
    ``format`` apart (its page formats them); rerunqt's AppTest read the formatted text."""
    at = run(f"import rerunqt as st\nst.metric('T', {args})")
    metric = at.metric[0]
    given = args.split(", format=")[0].split(", ")
    assert (metric.value, metric.delta) == (given[0], given[1] if len(given) > 1 else "")
    assert metric.format == args.split("format=")[1].strip("'")
    element = at.tree[0]
    assert (element.prop("value"), element.prop("delta")) == (shown, delta)  # what the page shows


def test_metric_chart_type_other_than_bar_or_area_is_a_line() -> None:
    """Streamlit 1.67 does not check chart_type: "pie" (or None) draws a line; rerunqt raised."""
    at = run("import rerunqt as st\nst.metric('T', 1, chart_data=[1, 2], chart_type='pie')")
    assert not at.exception and at.tree[0].prop("chart_type") == "line"


def test_metric_format_applies_to_numeric_text_and_never_stops_the_app() -> None:
    """Streamlit 1.67 formats the value and delta on the page when their text reads as a
    number ("1234.5", "+12"), leaves other text ("23k", "12%"), and shows the text as it is
    when the browser cannot apply the format ("%E", "%q"); rerunqt raised for those."""
    at = run("""
import rerunqt as st
st.metric('a', '1234.5', '+12', format='dollar')
st.metric('b', '23k', '12%', format='compact')
st.metric('c', 1234.5, -3, format='%E')
st.metric('d', 1, format='%q')
""")
    assert not at.exception
    shown = [(e.prop("value"), e.prop("delta"), e.prop("direction")) for e in at.tree]
    assert shown == [("$1,234.50", "$12.00", "up"), ("23k", "12%", "up"), ("1234.5", "-3", "down"),
                     ("1", "", None)]
    assert (at.metric[0].value, at.metric[0].delta) == ("1234.5", "+12")  # as given, as there


def test_metric_sparkline_border_and_layout() -> None:
    at = run("""
import rerunqt as st, numpy as np
a, b = st.columns(2)
a.metric('A', 1, chart_data=np.array([1, 2, 3]), chart_type='area', border=True, help='tip')
st.sidebar.metric('B', 2, chart_data=[1, None, 2])
""")
    first = at.metric[0]
    assert (first.chart, first.chart_type, first.border, first.help) == ((1.0, 2.0, 3.0), "area", True, "tip")
    assert at.sidebar.metric[0].chart[1] != at.sidebar.metric[0].chart[1]  # None -> NaN (a gap)


@pytest.mark.parametrize(("call", "words"), [
    ("'T', 1, delta_color='purple'", ["Invalid `delta_color` value. Supported values: 'normal', "
                                      "'inverse'"]),  # Streamlit 1.67's words
    ("'T', 1, label_visibility='gone'", ["Invalid `label_visibility` value. Supported values: 'visible'"]),
    ("'T', 1, delta_arrow='left'", ["Invalid `delta_arrow` value. Supported values: 'auto', 'up'"]),
    ("'T', [1]", ["Invalid `value` type", "Provided type: list"]),  # Streamlit 1.67's words
    ("'T', 1, chart_data='abc'", ["chart_data='abc'"]),
    ("'T', 1, chart_data=[1, 'x']", ["'x'", "not a number"]),
    ("'T', 1, width=0", ["Invalid width value: 0. Width must be either a positive integer (pixels), "
                         "'stretch', or 'content'."]),
    ("'T', 1, height='tall'", ["Invalid height value: 'tall'. Height must be"]),
])
def test_metric_bad_arguments_are_named(call: str, words: list[str]) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.metric({call})").run()
    message = at.exception[0].message
    assert all(w in message for w in words), message


# ----------------------------------------------------------------------------- selections
SELECT = """
import rerunqt as st
event = st.dataframe({'a': [1, 2, 3], 'b': [4, 5, 6]}, key='t', on_select='rerun',
                     selection_mode=st.session_state.get('mode', 'multi-row'))
st.text(repr(event.selection.rows) + ' ' + repr(event['selection']['columns']) + ' '
        + repr(event.selection.cells))
st.text(repr(dict(st.session_state.t)))
"""


def test_selection_is_returned_and_in_session_state_shaped_as_streamlit() -> None:
    at = run(SELECT)
    assert at.text[0].value == "[] [] []"
    at.dataframe[0].select_rows([2, 0]).run()
    assert at.text[0].value == "[0, 2] [] []"
    assert at.text[1].value == "{'selection': {'rows': [0, 2], 'columns': [], 'cells': []}}"
    at.run()  # an unchanged rerun keeps the selection
    assert at.text[0].value == "[0, 2] [] []"


def test_single_and_column_and_cell_modes_fit_the_selection() -> None:
    at = run(SELECT)
    at.session_state["mode"] = ["single-row", "multi-column", "multi-cell"]
    at.run()
    at.dataframe[0].select_rows([1, 2]).select_columns(["b"]).select_cells([(0, "a")]).run()
    assert at.text[0].value == "[1] ['b'] [(0, 'a')]"


def test_callback_runs_on_select_and_ignore_has_no_selection() -> None:
    at = run("""
import rerunqt as st
def picked():
    st.session_state.seen = st.session_state.t.selection.rows
st.dataframe({'a': [1, 2]}, key='t', on_select=picked)
st.text(repr(st.session_state.get('seen')))
st.dataframe({'a': [1]})
""")
    at.dataframe[0].select_rows([1]).run()
    assert at.text[0].value == "[1]"
    with pytest.raises(ValueError, match="on_select"):
        at.dataframe[1].select_rows([0])


def test_selection_default_and_a_shrunk_table_drops_rows_it_lost() -> None:
    at = run("""
import rerunqt as st
n = st.session_state.get('n', 4)
event = st.dataframe({'a': list(range(n))}, key='t', on_select='rerun',
                     selection_default={'selection': {'rows': [3], 'columns': [], 'cells': []}})
st.text(repr(event.selection.rows))
""")
    assert at.text[0].value == "[3]"
    at.session_state["n"] = 2
    at.run()
    assert at.text[0].value == "[]"


def test_selection_state_is_set_and_cleared_from_code_as_in_streamlit() -> None:
    # Streamlit 1.67: the selection may be assigned before the table or in a callback (to
    # select or clear rows from code); rows and columns keep the order given, what does
    # not fit is dropped; assigning after the table is the usual error
    at = AppTest.from_string("""
import rerunqt as st
event = st.dataframe({'a': [1, 2, 3], 'b': [4, 5, 6]}, key='t', on_select='rerun',
                     selection_mode=['multi-row', 'multi-column'])
def clear():
    st.session_state.t = {'selection': {'rows': [], 'columns': [], 'cells': []}}
st.button('clear', on_click=clear)
st.text(repr(event.selection.rows) + ' ' + repr(event.selection.columns))
if st.session_state.get('late'):
    st.session_state.t = {'selection': {'rows': [0]}}
""")
    at.session_state["t"] = {"selection": {"rows": [2, 0, 7], "columns": ["b", "zz", "a"]}}
    at.run()
    assert not at.exception
    assert at.text[0].value == "[2, 0] ['b', 'a']"
    at.run()
    assert at.text[0].value == "[2, 0] ['b', 'a']"
    at.button[0].click().run()
    assert at.text[0].value == "[] []"
    at.session_state["late"] = True
    at.run()
    assert "cannot be modified after the widget" in at.exception[0].message


def test_single_row_required_always_has_a_row() -> None:
    at = AppTest.from_string("""
import rerunqt as st
event = st.dataframe({'a': [1, 2, 3]}, key='t', on_select='rerun', selection_mode='single-row-required')
st.text(repr(event.selection.rows) + ' ' + repr(st.session_state.t.selection.rows))
""").run()
    assert at.text[0].value == "[0] [0]"
    at.dataframe[0].select_rows([2]).run()
    assert at.text[0].value == "[2] [2]"
    at.dataframe[0].select_rows([]).run()
    assert at.text[0].value == "[0] [0]"
    bad = AppTest.from_string("""
import rerunqt as st
st.dataframe({'a': [1]}, on_select='rerun', selection_mode=['single-row-required', 'multi-row'])
""").run()
    assert "Only one row selection mode" in bad.exception[0].message


def test_selecting_rows_of_a_table_with_array_cells_reruns_without_error() -> None:
    # Streamlit's row-selection tutorial: chart columns hold numpy arrays, the cached frame
    # comes back as a new object each run, and selecting rows must not raise.
    at = run("""
import numpy as np
import pandas as pd
import rerunqt as st
@st.cache_data
def people():
    return pd.DataFrame({'name': ['a', 'b', 'c'],
                         'activity': [np.arange(5) * i for i in range(3)]})
event = st.dataframe(people(), on_select='rerun', selection_mode='multi-row')
st.text(repr(event.selection.rows))
""")
    at.dataframe[0].select_rows([0, 2]).run()
    assert not at.exception
    assert at.text[0].value == "[0, 2]"


def test_apptest_reads_a_metric_s_colour_and_arrow_as_streamlit_s_proto_numbers() -> None:
    """Streamlit 1.67's AppTest reads ``color`` and ``direction`` from the metric's proto:
    numbers (these pairs are what it gives); rerunqt gave names ("green", "up")."""
    at = run("""
import rerunqt as st
st.metric("a", 1)
st.metric("b", 1, 2)
st.metric("c", 1, -2)
st.metric("d", 1, -2, delta_color="inverse")
st.metric("e", 1, 0)
st.metric("f", 1, 3, delta_color="off")
st.metric("g", 1, 3, delta_color="blue")
st.metric("h", 1, 3, delta_color="grey")
st.metric("i", 1, "-5%", delta_arrow="off")
st.metric("j", 1, 3, delta_color="primary")
""")
    assert [(m.color, m.direction) for m in at.metric] == [
        (2, 2), (1, 1), (0, 0), (1, 0), (2, 2), (2, 1), (5, 1), (2, 1), (0, 2), (7, 1)]


def test_metric_takes_a_chart_type_streamlit_does_not_check() -> None:
    """Streamlit 1.67 takes chart_type='pie' without a word: the sparkline is a line."""
    at = AppTest.from_string(
        "import rerunqt as st\nst.metric('T', 1, chart_data=[1, 2], chart_type='pie')").run()
    assert not at.exception and at.metric[0].value == "1"
