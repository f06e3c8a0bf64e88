"""st.dataframe and st.table through AppTest: every input, options, errors, reruns."""

from __future__ import annotations

import datetime

import pytest

from rerunqt.testing import AppTest

pd = pytest.importorskip("pandas")


def run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


def shown(at: AppTest, column: str | int, which: str = "dataframe", n: int = 0) -> list:
    return list(getattr(at, which)[n].value[column])


@pytest.mark.parametrize(("data", "column", "expected"), [
    ("pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})", "b", ["x", "y"]),
    ("pd.Series([3, 4], name='s')", "s", [3, 4]),
    ("pd.Series([3, 4])", 0, [3, 4]),  # column names as Streamlit 1.67's AppTest gives them
    ("pd.Index(['p', 'q'])", 0, ["p", "q"]),
    ("pd.Index(['p', 'q'], name='nm')", "nm", ["p", "q"]),
    ("pd.MultiIndex.from_tuples([(1, 'a'), (2, 'b')])", 0, ["(1, 'a')", "(2, 'b')"]),
    ("pd.DataFrame({'a': [1.5, 2.0]}).style.format('{:.1f}')", "a", [1.5, 2.0]),
    ("np.array([5, 6, 7])", "value", [5, 6, 7]),
    ("np.array([[5], [6]])", "value", [5, 6]),
    ("np.array([[1, 2], [3, 4]])", 1, [2, 4]),
    ("[{'a': 1}, {'a': 2, 'b': 'z'}]", "b", [None, "z"]),
    ("{'a': [1, 2], 'b': [3.5, None]}", "a", [1, 2]),
    ("[[1, 'x'], [2, 'y']]", 1, ["x", "y"]),
    ("{'alpha': 1, 'beta': 2}", "value", [1, 2]),
    ("[7, 8, 9]", "value", [7, 8, 9]),
    ("(i * i for i in range(3))", "value", [0, 1, 4]),
])
def test_each_input_shows_its_columns(data: str, column: str | int, expected: list) -> None:
    at = run(f"import rerunqt as st, numpy as np, pandas as pd\nst.dataframe({data})\nst.table({data})")
    got = shown(at, column)
    assert [None if isinstance(v, float) and v != v else v for v in got] == expected
    assert [None if isinstance(v, float) and v != v else v for v in shown(at, column, "table")] == expected


def test_none_shows_an_empty_table() -> None:
    at = run("import rerunqt as st\nst.dataframe(None)\nst.table()")
    assert len(at.dataframe[0].value.columns) == 0 and len(at.table[0].value) == 0


def test_pandas_index_and_column_labels_are_kept() -> None:
    at = run("""
import rerunqt as st, pandas as pd
st.dataframe(pd.DataFrame({'v': [1, 2]}, index=pd.Index(['r1', 'r2'], name='id')))
""")
    value = at.dataframe[0].value
    assert list(value.index) == ["r1", "r2"] and value.index.name == "id"


def test_pyarrow_table_is_shown() -> None:
    pa = pytest.importorskip("pyarrow")
    assert pa
    at = run("import rerunqt as st, pyarrow as pa\nst.dataframe(pa.table({'a': [1, 2], 'b': ['x', None]}))")
    assert shown(at, "a") == [1, 2]
    assert [at.dataframe[0].cell_text(r, "b") for r in range(2)] == ["x", "None"]


def test_polars_frame_is_shown() -> None:
    pytest.importorskip("polars")
    at = run("""
import rerunqt as st, polars as pl
st.dataframe(pl.DataFrame({'a': [1, 2]}))
st.table(pl.DataFrame({'n': [1, None], 'l': [[1, 2], None]}))
st.dataframe(pl.Series('s', ['x', 'y']))
st.dataframe(pl.DataFrame({'z': [5]}).lazy())
""")
    assert shown(at, "a") == [1, 2]
    assert [at.table[0].cell_text(r, c) for r in range(2) for c in "nl"] == ["1", "[1,2]", "", ""]
    assert shown(at, "s", n=1) == ["x", "y"] and shown(at, "z", n=2) == [5]


def test_short_rows_of_a_list_end_in_missing_cells_as_in_streamlit() -> None:
    """Streamlit (pandas) pads a short row with NaN; this used to stop the script."""
    at = run("import rerunqt as st\nst.dataframe([[10, 20, 30], [1]])\nst.table([[1, 'a'], [2]])\n"
             "st.write('after')")
    frame = at.dataframe[0].value
    assert list(frame[0]) == [10, 1]
    assert frame[1][0] == 20 and pd.isna(frame[1][1]) and pd.isna(frame[2][1])
    assert [at.table[0].cell_text(r, c) for r in range(2) for c in "01"] == ["1", "a", "2", ""]
    assert at.markdown[0].value == "after"


@pytest.mark.parametrize(("data", "words"), [
    ("[[1, 2], 3]", ["list of rows with a int", "Every row must be a list"]),
    ("{'a': [1, 2], 'b': [1]}", ["different lengths", "'a': 2", "'b': 1"]),
    ("np.zeros((2, 2, 2))", ["shape (2, 2, 2)", "reshape"]),
    ("42", ["cannot show a int", "42"]),
    ("[{'a': 1}, 3]", ["list of dicts", "Every row must be a dict"]),
])
def test_bad_data_is_a_clear_error(data: str, words: list[str]) -> None:
    at = AppTest.from_string(f"import rerunqt as st, numpy as np\nst.dataframe({data})").run()
    message = at.exception[0].message
    assert all(w in message for w in words), message


@pytest.mark.parametrize(("call", "words"), [
    ("width='wide'", ["width='wide'", "'stretch'"]),
    ("height=0", ["height=0"]),
    ("row_height=-3", ["row_height=-3"]),
    ("on_select='click'", ["Invalid `on_select` value", "'rerun'"]),
    ("on_select='rerun', selection_mode='rows'", ["Invalid `selection_mode` value", "'multi-row'"]),
    ("on_select='rerun', selection_mode=['single-row', 'multi-row']", ["Only one row selection mode"]),
    ("column_config={'a': 5}", ["column_config['a'] = 5"]),
    ("hide_index='yes'", ["hide_index='yes'"]),
])
def test_bad_parameters_name_the_argument(call: str, words: list[str]) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.dataframe({{'a': [1], 'b': [2]}}, {call})").run()
    message = at.exception[0].message
    assert all(w in message for w in words), message


@pytest.mark.parametrize(("modes", "message"), [
    ("['single-row', 'multi-row']", "`selection_mode='multi-row'` and `selection_mode='single-row'` "
                                    "cannot be used together. Only one row selection mode can be "
                                    "specified."),
    ("['single-row', 'single-row-required', 'multi-row']",
     "`selection_mode='multi-row'`, `selection_mode='single-row'`, and "
     "`selection_mode='single-row-required'` cannot be used together. Only one row selection mode "
     "can be specified."),
    ("['multi-column', 'single-column']", "`selection_mode='single-column'` and "
                                          "`selection_mode='multi-column'` cannot be used together."),
    ("['single-cell', 'multi-cell']", "`selection_mode='single-cell'` and "
                                      "`selection_mode='multi-cell'` cannot be used together."),
    ("'rows'", "Invalid `selection_mode` value. Supported values: 'multi-cell', 'multi-column', "
               "'multi-row', 'single-cell', 'single-column', 'single-row', 'single-row-required'."),
])
def test_conflicting_selection_modes_raise_streamlits_error(modes: str, message: str) -> None:
    # Streamlit's e2e st_dataframe_selections.py lets the user pick the modes in a
    # multiselect: single-row with multi-row shows Streamlit's own error, word for word.
    at = AppTest.from_string("import rerunqt as st\n"
                             f"st.dataframe({{'a': [1]}}, on_select='rerun', selection_mode={modes})").run()
    assert at.exception[0].message == message


ON_SELECT = "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."


@pytest.mark.parametrize(("call", "message"), [
    ("st.dataframe({'a': [1]}, on_select='bogus')", ON_SELECT),
    ("st.plotly_chart(FIGURE, on_select='bogus')", ON_SELECT),
    ("st.pydeck_chart(None, on_select='bogus')", ON_SELECT),
    ("st.altair_chart(alt.Chart(pd.DataFrame({'x': [1]})).mark_point().encode(x='x'), "
     "on_select='bogus')", ON_SELECT),
    ("st.plotly_chart(FIGURE, on_select='rerun', selection_mode='q')",
     "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."),
    ("st.pydeck_chart(None, on_select='rerun', selection_mode='q')",
     "Invalid `selection_mode` value. Supported values: 'multi-object', 'single-object'."),
    ("st.pydeck_chart(None, on_select='rerun', selection_mode=['multi-object'])",
     "Invalid `selection_mode` type. Expected one of: str. Provided type: list. Selection mode "
     "must be a single value."),
])
def test_selectable_elements_reject_a_bad_on_select_in_streamlits_words(call: str, message: str) -> None:
    # A table, an Altair, Plotly or pydeck chart: each raised its own wording for an
    # on_select or selection_mode that Streamlit 1.67 rejects with one StreamlitValueError.
    # a plotly figure as a dict: plotly itself is an optional extra, not installed in CI
    at = AppTest.from_string("import rerunqt as st, altair as alt, pandas as pd\n"
                             "FIGURE = {'data': [{'type': 'scatter', 'x': [1], 'y': [2]}]}\n"
                             + call).run()
    assert at.exception[0].message == message


def test_an_empty_plotly_selection_mode_list_runs_as_in_streamlit() -> None:
    # Streamlit 1.67 takes selection_mode=[] (nothing can be selected) and still returns
    # the empty selection state; rerunqt raised.
    at = AppTest.from_string("import rerunqt as st\nev = st.plotly_chart({'data': [{'y': [1, 2]}]}, "
                             "on_select='rerun', selection_mode=[], key='p')\nst.write(str(ev))").run()
    assert not at.exception
    assert at.markdown[0].value == str(
        {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}})


def test_column_order_and_config_choose_and_name_columns() -> None:
    at = run("""
import rerunqt as st
st.dataframe({'a': [1], 'b': [2], 'c': [3]}, column_order=['c', 'a'],
             column_config={'a': 'Alpha', 'c': {'label': 'Gamma', 'help': 'third'}, 'b': None})
st.table({'a': [1]})
""")
    assert at.dataframe[0].columns == ["Gamma", "Alpha"]  # what the table shows
    assert list(at.dataframe[0].value.columns) == ["a", "b", "c"]  # the data, as Streamlit's


def test_value_names_columns_as_streamlit_s_apptest_does() -> None:
    """An unnamed Series is column 0, a 2-D array's or a row list's columns are 0, 1 (ints,
    as pandas names them); they were the strings "0", "1", so `value[0]` failed."""
    at = run("""
import numpy as np
import pandas as pd
import rerunqt as st
st.dataframe(pd.Series([1, 2]))
st.dataframe(pd.Series([1, 2], name=5))
st.dataframe(np.array([[1, 2], [3, 4]]))
st.dataframe([[1, 2]])
st.dataframe(pd.Index([7, 8]))
st.dataframe([1, 2])
st.table(pd.Series([1, 2]))
""")
    columns = [list(frame.value.columns) for frame in at.dataframe]
    assert columns == [[0], [5], [0, 1], [0, 1], [0], ["value"]]
    assert list(at.table[0].value.columns) == [0]
    assert list(at.dataframe[2].value[1]) == [2, 4]


def test_placeholder_shows_for_missing_values() -> None:
    at = run("import rerunqt as st\nst.dataframe({'a': [None, 1.5]}, placeholder='n/a')")
    assert [at.dataframe[0].cell_text(r, 'a') for r in range(2)] == ['n/a', '1.5']


def test_hide_index_and_index_config() -> None:
    at = run("""
import rerunqt as st
import pandas as pd
st.dataframe(pd.DataFrame({'a': [1]}), hide_index=True)
st.dataframe(pd.DataFrame({'a': [1]}), column_config={'_index': None})
st.dataframe(pd.DataFrame({'a': [1]}))
st.dataframe({'a': [1]}, hide_index=False)
""")
    assert [d.hide_index for d in at.dataframe] == [True, True, False, False]


def test_cells_read_as_streamlit_formats_them() -> None:
    at = run("""
import rerunqt as st, pandas as pd, numpy as np
dates = pd.to_datetime(['2024-01-02', None, '2024-03-04 05:06:07'], format='ISO8601')
st.table(pd.DataFrame({'f': [1.23456789, np.nan, 2.0], 'd': dates,
                       'b': [True, False, True], 's': ['x', None, 'z']}))
st.table(pd.DataFrame({'f': [1.23456]}).style.format('{:.1f}'))
""")
    table = at.table[0]
    # st.table: four decimals, missing values empty (st.dataframe's grid: "2", "None")
    assert [table.cell_text(r, "f") for r in range(3)] == ["1.2346", "", "2.0000"]
    assert [table.cell_text(r, "d") for r in range(3)] == ["2024-01-02 00:00:00", "",
                                                           "2024-03-04 05:06:07"]
    assert table.cell_text(1, "s") == ""
    assert at.table[1].cell_text(0, "f") == "1.2"


def test_write_shows_frames_and_arrays_as_tables_but_lists_as_json() -> None:
    at = run("""
import rerunqt as st, pandas as pd, numpy as np
st.write(pd.DataFrame({'a': [1]}))
st.write(pd.Series([1, 2]), np.arange(3))
st.write([{'a': 1}])
df = pd.DataFrame({'m': [1]})
df
""")
    assert len(at.dataframe) == 4 and len(at.json) == 1
    assert shown(at, "m", n=3) == [1]


def test_an_unchanged_frame_is_read_once_and_keeps_its_element() -> None:
    at = run("""
import rerunqt as st, pandas as pd
if 'df' not in st.session_state:
    st.session_state.df = pd.DataFrame({'a': range(1000)})
st.dataframe(st.session_state.df)
st.button('again')
""")
    first = at.dataframe[0]._element
    at.button[0].click().run()
    again = at.dataframe[0]._element
    assert again is first  # the same element: nothing for the window to update
    assert again.prop("data") is first.prop("data")


def test_a_frame_of_dates_and_missing_values_is_read_once_too() -> None:
    at = run("""
import rerunqt as st, pandas as pd
if 'df' not in st.session_state:
    st.session_state.df = pd.DataFrame({'d': pd.to_datetime(['2024-01-01', None]), 'f': [None, 1.5],
                                        'l': [[1], [2]]})
st.dataframe(st.session_state.df)
""")
    first = at.dataframe[0]._element.prop("data")
    at.run()
    assert at.dataframe[0]._element.prop("data") is first


def test_an_equal_new_frame_compares_equal_and_a_changed_one_does_not() -> None:
    at = run("""
import rerunqt as st, pandas as pd
n = st.session_state.get('n', 3)
st.dataframe(pd.DataFrame({'a': list(range(n))}))
""")
    first = at.dataframe[0]._element
    at.run()
    assert at.dataframe[0]._element.prop("data") == first.prop("data")
    at.session_state["n"] = 4
    at.run()
    assert at.dataframe[0]._element.prop("data") != first.prop("data")


def test_a_list_grown_in_place_is_read_again() -> None:
    at = run("""
import rerunqt as st
rows = st.session_state.setdefault('rows', [{'a': 1}])
st.table(rows)
if st.button('add'):
    rows.append({'a': 2})
    st.rerun()
""")
    at.button[0].click().run()
    assert shown(at, "a", "table") == [1, 2]


EDITED_IN_PLACE = """
import rerunqt as st, pandas as pd, numpy as np
if 'df' not in st.session_state:
    st.session_state.df = pd.DataFrame({'a': list(range(10)), 'f': [0.5] * 10})
    st.session_state.arr = np.arange(10)
    st.session_state.rows = [{'a': i} for i in range(10)]
df, arr, rows = st.session_state.df, st.session_state.arr, st.session_state.rows
if st.button('edit'):  # row 3: a row no fingerprint samples
    df.loc[3, 'a'] = 300
    arr[3] = 300
    rows[3]['a'] = 300
st.dataframe(df)
st.dataframe(arr)
st.table(rows)
df.loc[6, 'a'] = 66  # after the call: not in this run's table (as in Streamlit)
arr[6] = 66
"""


def test_a_table_shows_the_data_as_it_was_at_the_call_and_edits_in_place_later() -> None:
    at = run(EDITED_IN_PLACE)
    assert shown(at, "a")[3:7] == [3, 4, 5, 6] and shown(at, "value", n=1)[3:7] == [3, 4, 5, 6]
    at.button[0].click().run()
    assert shown(at, "a")[3:7] == [300, 4, 5, 66]
    assert shown(at, "value", n=1)[3:7] == [300, 4, 5, 66]
    assert shown(at, "a", "table")[3] == 300


def test_an_unedited_frame_shown_again_is_not_read_again_but_an_edited_one_is() -> None:
    at = run("""
import rerunqt as st, pandas as pd
if 'df' not in st.session_state:
    st.session_state.df = pd.DataFrame({'a': range(1000), 'b': ['x'] * 1000})
df = st.session_state.df
if st.button('edit'):
    df.loc[500, 'b'] = 'y'
st.dataframe(df)
""")
    first = at.dataframe[0]._element.prop("data")
    at.run()
    assert at.dataframe[0]._element.prop("data") is first
    at.button[0].click().run()
    assert at.dataframe[0]._element.prop("data") is not first
    assert shown(at, "b")[500] == "y" and first.value(1, 500) == "x"  # the old read kept its data


def test_table_options() -> None:
    at = run("import rerunqt as st\n"
             "st.table({'a': [1]}, border='horizontal', hide_header=True, hide_index=True)")
    table = at.table[0]
    assert (table.border, table.hide_header, table.hide_index) == ("horizontal", True, True)
    bad = AppTest.from_string("import rerunqt as st\nst.table({'a': [1]}, border='thick')").run()
    assert "border='thick'" in bad.exception[0].message


def test_dataframe_in_columns_sidebar_and_forms() -> None:
    at = run("""
import rerunqt as st
st.columns(2)[1].dataframe({'a': [1]})
st.sidebar.table({'a': [2]})
with st.form('f'):
    st.dataframe({'a': [3]})
    st.form_submit_button()
""")
    assert len(at.dataframe) == 2 and len(at.sidebar.table) == 1


def test_dataframe_returns_a_handle_without_selections() -> None:
    at = run("""
import rerunqt as st
handle = st.dataframe({'a': [1]})
handle.text('replaced')
""")
    assert not at.dataframe and at.text[0].value == "replaced"


def test_pandas_extension_dtypes_read_plainly_and_value_is_the_data_given() -> None:
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({'I': pd.array([1, None, 3], dtype='Int64'), 'c': pd.Categorical(['a', None, 'b']),
                   't': pd.to_timedelta([90, None, 1], unit='s')})
st.table(df)
""")
    table = at.table[0]
    assert [table.cell_text(r, "I") for r in range(3)] == ["1", "", "3"]  # integers, as Arrow keeps them
    assert [table.cell_text(r, "c") for r in range(3)] == ["a", "", "b"]
    assert [table.cell_text(r, "t") for r in range(3)] == ["2 minutes", "", "a few seconds"]
    assert str(table.value["I"].dtype) == "Int64"  # the frame as given, not a copy of the arrays


# ----------------------------------------------------------------------------- Streamlit 1.67 parity
@pytest.mark.parametrize(("data", "hidden"), [
    ("[{'a': 1, 'b': 'x'}, {'a': 2, 'b': 'y'}]", True),  # list of records
    ("{'a': [1, 2], 'b': ['x', 'y']}", True),  # dict of columns
    ("np.arange(6).reshape(3, 2)", True),
    ("np.array([1, 2])", True),
    ("[[1, 2], [3, 4]]", True),
    ("[10, 20, 30]", True),
    ("(10, 20)", True),
    ("{10, 20}", True),
    ("pd.Index([1, 2])", True),
    ("pd.DataFrame({'a': [1, 2]})", False),
    ("pd.Series([1, 2])", False),
    ("pd.DataFrame({'a': [1]}).style", False),
    ("{'alpha': 1, 'beta': 2}", False),  # a dict of scalars: its keys are the index
])
def test_the_index_is_hidden_for_data_whose_index_is_only_positions(data: str, hidden: bool) -> None:
    """Streamlit's apply_data_specific_configs: non-pandas data has no index to show."""
    at = run(f"import rerunqt as st, numpy as np, pandas as pd\nst.dataframe({data})\n"
             f"st.dataframe({data}, hide_index=False)\nst.dataframe({data}, hide_index=True)")
    assert [d.hide_index for d in at.dataframe] == [hidden, False, True]


def test_unknown_names_in_column_config_and_column_order_are_ignored() -> None:
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
st.dataframe(df, column_config={"a": st.column_config.NumberColumn("A"),
                                "c": st.column_config.TextColumn("C")})
st.dataframe(df, column_order=["b", "zzz", "b"])
st.dataframe(df, column_config={"zz": None, 7: "Seven"})
""")
    assert at.dataframe[0].columns == ["A", "b"]
    assert at.dataframe[1].columns == ["b"]
    assert at.dataframe[2].columns == ["a", "b"]


def test_the_index_is_configured_as_index_or_by_its_name() -> None:
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="id"))
st.dataframe(df, column_config={"id": "ID"})
st.dataframe(df, column_config={"_index": st.column_config.Column("Row", width="small")})
st.dataframe(df, column_config={"id": None})
st.dataframe(df)
st.dataframe(df.reset_index(), column_config={"id": "Ident"})  # now a column: labelled
""")
    first, second, hidden, plain, column = at.dataframe
    assert first.columns == ["a"] and first._element.prop("index_column").label == "ID"
    assert second._element.prop("index_column").label == "Row"
    assert second._element.prop("index_column").width == 75
    assert [hidden.hide_index, plain.hide_index] == [True, False]
    assert plain._element.prop("index_column") is None
    assert column.columns == ["Ident", "a"]


def test_pinned_columns_come_first_in_their_order() -> None:
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1], "b": [2], "c": [3], "d": [4]})
st.dataframe(df, column_config={"d": st.column_config.Column(pinned=True),
                                "b": st.column_config.NumberColumn("B", pinned=True),
                                "a": st.column_config.Column(pinned=False)})
""")
    specs = at.dataframe[0]._element.prop("columns")
    assert [(s.name, s.pinned) for s in specs] == [("b", True), ("d", True), ("a", False), ("c", False)]


def test_a_datetime_column_uses_one_format_for_every_cell() -> None:
    """YYYY-MM-DD HH:mm:ss (cell_dates.DEFAULT_FORMATS), midnight included."""
    at = run("""
import rerunqt as st, pandas as pd
when = pd.to_datetime(["2024-01-01 00:00", "2024-01-01 12:30", "2024-01-02 00:00"])
st.dataframe(pd.DataFrame({"when": when}, index=when))
""")
    frame = at.dataframe[0]
    assert [frame.cell_text(r, "when") for r in range(3)] == [
        "2024-01-01 00:00:00", "2024-01-01 12:30:00", "2024-01-02 00:00:00"]
    assert frame._element.prop("data").label(0) == "2024-01-01 00:00:00"


def test_row_selections_hide_row_numbers_but_not_a_real_index() -> None:
    """Streamlit hides a RangeIndex when rows are selectable (hide_index=None)."""
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1, 2]})
st.dataframe(df, on_select="rerun", key="rows")
st.dataframe(df, on_select="rerun", selection_mode="single-column", key="columns")
st.dataframe(df, on_select="rerun", key="shown", hide_index=False)
st.dataframe(df.set_index(pd.Index(["x", "y"])), on_select="rerun", key="labels")
""")
    assert [d.hide_index for d in at.dataframe] == [True, False, False, False]


@pytest.mark.parametrize("which", ["table", "dataframe"])
def test_a_zero_dimensional_array_shows_an_empty_frame(which: str) -> None:
    """Streamlit turns np.array(0) into an empty DataFrame: no "value" column, no row."""
    at = run(f"import numpy as np\nimport rerunqt as st\nst.{which}(np.array(0))")
    assert getattr(at, which)[0].value.shape == (0, 0)


def test_a_dict_of_dicts_is_columns_with_the_inner_keys_as_index() -> None:
    """st.dataframe(df.to_dict()): the inner keys are the rows (their union, as pandas reads
    it; a key a column lacks is a missing cell), as Streamlit shows it; it raised."""
    at = run("""
import rerunqt as st
st.dataframe({"type": {"a": "widget", "b": "element"}, "usage": {"a": 4.92, "c": 1.0}})
""")
    frame = at.dataframe[0]
    assert not at.exception
    assert [frame.cell_text(r, "usage") for r in range(3)] == ["4.92", "None", "1"]
    assert [frame.cell_text(r, "type") for r in range(3)] == ["widget", "element", "None"]


def test_durations_read_as_streamlit_humanizes_them() -> None:
    """Streamlit's tables show a duration as momentjs' humanize() does (its
    st_dataframe_column_types e2e app: "a day", "3 months", "2 hours", "a few seconds");
    they read "1 day, 0:00:00", "100 days, 0:00:00"."""
    at = run("""
import datetime as dt
import rerunqt as st, pandas as pd
spans = [pd.Timedelta("1 days"), pd.Timedelta(100, "D"), pd.Timedelta("2 hours"),
         dt.timedelta(seconds=5), None]
st.dataframe({"t": pd.Series(spans), "o": pd.Series(spans[:4] + ["x"], dtype=object)})
""")
    frame = at.dataframe[0]
    humanized = ["a day", "3 months", "2 hours", "a few seconds"]
    assert [frame.cell_text(r, "t") for r in range(5)] == humanized + ["None"]
    assert [frame.cell_text(r, "o") for r in range(4)] == humanized


def test_a_missing_level_of_a_multiindex_reads_none() -> None:
    """A MultiIndex row label with a missing level reads "None" (Streamlit shows a missing
    index value so, its st_dataframe_index_types e2e app); it read "nan / nan"."""
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"s": ["a", None], "i": [1, None], "v": [1, 2]}).set_index(["s", "i"])
st.dataframe(df)
""")
    labels = at.dataframe[0]._element.prop("data").index
    assert list(labels) == ["a / 1.0", "None / None"]


def test_st_table_hides_a_range_index_and_the_header_of_unnamed_data_as_streamlit_1_67() -> None:
    """hide_index / hide_header default to None: Streamlit hides a RangeIndex (the 0, 1, 2
    column every plain table showed) and the header of data without column names."""
    at = run("""
import rerunqt as st, pandas as pd, numpy as np
st.table(pd.DataFrame({'a': [1, 2]}))
st.table(pd.DataFrame({'a': [1, 2]}, index=['x', 'y']))
st.table(pd.DataFrame({'a': [1, 2]}).style)
st.table({'a': [1, 2]})
st.table([[1, 2], [3, 4]])
st.table({'k': 1, 'v': 2})
st.table(np.arange(4).reshape(2, 2))
st.table([{'a': 1}])
st.table(pd.DataFrame({'a': [1, 2]}), hide_index=False, hide_header=True)
""")
    shown = [(t.hide_index, t.hide_header) for t in at.table]
    assert shown == [(True, False), (False, False), (True, False), (True, False), (True, True),
                     (False, True), (True, True), (True, False), (False, True)]


def test_a_row_multiindex_keeps_its_levels_and_names_for_the_table() -> None:
    """Streamlit draws each level as an index column under its name (frame_levels.py)."""
    from rerunqt.core.frame_data import frame_of

    df = pd.DataFrame({"region": ["N", "N", "S"], "kind": ["a", "b", None], "v": [1, 2, 3]})
    frame = frame_of(df.set_index(["region", "kind"]), "dataframe")
    assert frame.level_names == ("region", "kind")
    from rerunqt.core.frame_levels import level_text

    assert [[level_text(v) for v in level] for level in frame.levels] == [["N", "N", "S"],
                                                                          ["a", "b", "None"]]
    assert list(frame.index) == ["N / a", "N / b", "S / None"]  # the joined labels stay
    plain = frame_of(df.set_index("region"), "dataframe")
    assert plain.levels is None and plain.column_levels is None
    renamed = frame_of(df.set_index(["region", "kind"]).rename_axis(["where", "what"]), "dataframe")
    assert renamed != frame  # the same cells under other level names: drawn again


def test_column_levels_are_header_lines_unless_a_label_is_configured() -> None:
    from rerunqt.core.frame_columns import column_specs
    from rerunqt.core.frame_data import frame_of

    df = pd.DataFrame({"region": ["N", "S"], "kind": ["a", "b"], "sales": [1, 2], "cost": [3, 4]})
    pivot = df.pivot_table(index="region", columns="kind", values=["sales", "cost"])
    frame = frame_of(pivot, "dataframe")
    assert frame.column_levels == (("cost", "a"), ("cost", "b"), ("sales", "a"), ("sales", "b"))
    specs = column_specs("dataframe", frame, None, {"cost / b": "Cost of b"})
    assert [s.label for s in specs] == ["cost\na", "Cost of b", "sales\na", "sales\nb"]
    assert [s.name for s in specs] == ["cost / a", "cost / b", "sales / a", "sales / b"]
    at = run("import pandas as pd\nimport rerunqt as st\n"
             "df = pd.DataFrame({'r': ['N', 'S'], 'k': ['a', 'b'], 's': [1, 2]})\n"
             "st.dataframe(df.pivot_table(index='r', columns='k', values=['s']))")
    assert list(at.dataframe[0].value.columns) == [("s", "a"), ("s", "b")]  # the data as given


def test_multiindex_labels_join_every_level_as_written() -> None:
    """The joined labels ("North / a") are written once per distinct group; they equal the
    levels' own text row by row, a missing level reading "None"."""
    import numpy as np

    from rerunqt.core.frame_inputs import columns_of

    rng = np.random.default_rng(3)
    n = 500
    stamps = pd.to_datetime(["2024-01-01", "2024-02-03 04:05:06"], format="mixed")
    df = pd.DataFrame({"r": rng.choice(["N", "S", None], n), "k": rng.choice([1.5, 2.0, np.nan], n),
                       "t": rng.choice(stamps, n), "v": np.arange(n)}).set_index(["r", "k", "t"])
    labels = columns_of(df, "dataframe")[2]

    def text(value: object) -> str:
        return "None" if value is None or value != value else str(value)

    assert list(labels) == [" / ".join(map(text, row)) for row in df.index]


def test_a_frame_arrow_refuses_shows_its_odd_columns_as_text_as_in_streamlit() -> None:
    """Streamlit 1.67 retries a frame Arrow refuses (ints mixed with text) with each such
    column, list columns of mixed items and numpy arrays included, as pandas ``string``."""
    at = run("""
import numpy as np, pandas as pd, rerunqt as st
df = pd.DataFrame({'mix': [1, 'a', 2.5, None, True], 'n': [1.0] * 5,
                   'arr': [np.array([1, 2]), np.array(['a'])] * 2 + [None], 'lst': [[1, 'x']] * 5,
                   'ok': [[1, 2]] * 5, 'ints': [np.array([1, 2])] * 5})
st.dataframe(df)
st.table(df)
""")
    frame = at.dataframe[0].value
    assert str(frame["mix"].dtype) == "string" and str(frame["arr"].dtype) == "string"
    assert list(frame["mix"][:3]) == ["1", "a", "2.5"] and frame["mix"].isna()[3]
    assert frame["arr"][0] == "[1 2]" and frame["lst"][0] == "[1, 'x']"
    assert frame["n"].dtype == float  # Arrow takes these as they are
    assert list(frame["ok"][0]) == [1, 2] and list(frame["ints"][0]) == [1, 2]
    assert [at.table[0].cell_text(r, c) for r, c in ((4, "mix"), (1, "arr"))] == ["True", "['a']"]
    assert at.table[0].cell_text(2, "mix") == "2.5"


def test_dicts_whose_fields_disagree_are_text_as_arrow_refuses_them() -> None:
    """Arrow makes a struct of dicts only when each key holds one kind of value."""
    at = run("import rerunqt as st, pandas as pd\n"
             "st.dataframe(pd.DataFrame({'d': [{'a': 1}, {'a': 'x'}]}))\n"
             "st.dataframe(pd.DataFrame({'d': [{'a': 1}, {'a': 2.5, 'b': 'y'}]}))")
    assert list(at.dataframe[0].value["d"]) == ["{'a': 1}", "{'a': 'x'}"]
    assert at.dataframe[1].value["d"][1] == {"a": 2.5, "b": "y"}


def test_a_frame_arrow_takes_keeps_its_object_columns() -> None:
    """Lists of one type (sets and lists of datetimes too), dicts, Decimals: Arrow
    serialises them, so nothing is converted (as Streamlit 1.67's AppTest shows)."""
    at = run("""
from decimal import Decimal
import pandas as pd, rerunqt as st
import datetime
st.dataframe(pd.DataFrame({'l': [[1, 2], None], 'd': [{'a': 1}, {'a': 2}], 'x': [Decimal('1.5'), None],
                           's': [{1, 2}, set()], 't': [[datetime.datetime(2024, 1, 2)], []]}))
""")
    frame = at.dataframe[0].value
    assert list(frame["l"][0]) == [1, 2] and frame["d"][1] == {"a": 2}
    assert frame["s"][0] == {1, 2} and frame["t"][0][0] == datetime.datetime(2024, 1, 2)
    assert str(frame["x"][0]) == "1.5" and frame["x"].dtype == object


def test_dataframe_cell_text_puts_line_breaks_as_spaces_and_value_keeps_them() -> None:
    at = run("import rerunqt as st\nst.dataframe({'s': ['one\\ntwo']})")
    assert at.dataframe[0].cell_text(0, "s") == "one two"
    assert at.dataframe[0].value["s"][0] == "one\ntwo"


def test_unformatted_floats_read_as_streamlits_grid_writes_them() -> None:
    """formatNumber without a format: 4 decimals, tiny numbers in full (not "1e-07"),
    -0.0 as "0", a whole number past 2**53 as JavaScript writes it."""
    at = run("import rerunqt as st\n"
             "st.dataframe({'f': [1e-07, -3.4e-06, -0.0, 123456.789123, 1e21, 2.5]})")
    texts = [at.dataframe[0].cell_text(r, "f") for r in range(6)]
    assert texts == ["0.0000001", "-0.000003", "0", "123456.7891", "1e+21", "2.5"]


def test_decimals_read_as_numbers_as_in_streamlit() -> None:
    """Arrow sends Decimals as its decimal type: the grid shows numbers (4 decimals at
    most), the table each in full without trailing zeros; both read "1.10" as "1.1"."""
    at = run("""
from decimal import Decimal
import pandas as pd, rerunqt as st
df = pd.DataFrame({'d': [Decimal('1.10'), Decimal('0.123456'), None, Decimal('3.000')]})
st.dataframe(df)
st.table(df)
""")
    assert [at.dataframe[0].cell_text(r, "d") for r in range(4)] == ["1.1", "0.1235", "None", "3"]
    assert [at.table[0].cell_text(r, "d") for r in range(4)] == ["1.1", "0.123456", "", "3"]


def test_dict_cells_read_as_json_without_null_fields_as_in_streamlit() -> None:
    """Arrow sends a column of dicts as a struct, which Streamlit's grid writes as JSON
    without the null fields; it read as Python's repr ("{'a': 1}")."""
    at = run("import rerunqt as st, pandas as pd\n"
             "st.dataframe(pd.DataFrame({'d': [{'a': 1, 'n': None}, {'b': [1, 2]}, None]}))")
    assert [at.dataframe[0].cell_text(r, "d") for r in range(3)] == ['{"a":1}', '{"b":[1,2]}', "None"]


def test_intervals_read_as_streamlit_writes_arrows_interval_type() -> None:
    """A float subtype's ends get four decimals (as Streamlit's formatFloat), int ends stay
    whole; the interval's closed sides give its brackets."""
    at = run("""
import pandas as pd, rerunqt as st
df = pd.DataFrame({'f': [pd.Interval(0, 1, closed='both'), None],
                   'i': [pd.Interval(0, 1), pd.Interval(2, 3)],
                   'r': [pd.Interval(0.5488135, 1.7151894, closed='neither'), None]})
st.dataframe(df)
st.table(df)
""")
    shown = [at.dataframe[0].cell_text(0, c) for c in "fir"]
    assert shown == ["[0.0000, 1.0000]", "(0, 1]", "(0.5488, 1.7152)"]
    assert [at.table[0].cell_text(r, "f") for r in range(2)] == ["[0.0000, 1.0000]", ""]


def test_table_floats_round_as_numbro_does() -> None:
    """st.table's "0,0.0000": a half rounds up (0.00015 is 0.0002) and -0.0 has no sign."""
    at = run("import rerunqt as st\nst.table({'f': [0.00015, -0.0, 1234.5]})")
    assert [at.table[0].cell_text(r, "f") for r in range(3)] == ["0.0002", "0.0000", "1,234.5000"]


def test_table_cell_text_reads_line_breaks_as_markdown_lays_them_out() -> None:
    at = run("import rerunqt as st\nst.table({'s': ['one\\ntwo', 'a\\n\\nb']})")
    assert [at.table[0].cell_text(r, "s") for r in range(2)] == ["one two", "a\nb"]


@pytest.mark.parametrize("call", ["st.dataframe(s)", "st.table(s)", "st.write(s)", "st.data_editor(s)"])
def test_a_styler_over_pandas_cell_limit_is_an_error_as_in_streamlit(call: str) -> None:
    """Streamlit refuses a Styler with more cells than styler.render.max_elements (pandas'
    262144), naming the option to raise; it was shown."""
    at = AppTest.from_string(f"""
import rerunqt as st, pandas as pd
s = pd.DataFrame({{"a": range(4), "b": range(4)}}).style
with pd.option_context("styler.render.max_elements", 6):
    {call}
st.dataframe(pd.DataFrame({{"a": range(4)}}).style)
""").run()
    assert len(at.exception) == 1
    message = at.exception[0].message
    assert "has `8` cells" in message and "`6`" in message
    assert 'pd.set_option("styler.render.max_elements", 8)' in message


def test_a_styler_text_shows_in_a_date_column_without_a_format() -> None:
    """Streamlit's grid writes a Styler's text in a DatetimeColumn (DateColumn, TimeColumn)
    unless the column has a format of its own; the column's default format was shown."""
    at = AppTest.from_string("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"d": pd.to_datetime(["2024-01-05", "2024-02-10"])})
s = df.style.format({"d": lambda x: x.strftime("%b %d")})
st.dataframe(s, column_config={"d": st.column_config.DatetimeColumn("D")})
st.dataframe(s, column_config={"d": st.column_config.DatetimeColumn("D", format="YYYY")})
st.dataframe(df, column_config={"d": st.column_config.DateColumn("D")})
""").run()
    assert at.dataframe[0].cell_text(1, "d") == "Feb 10"
    assert at.dataframe[1].cell_text(1, "d") == "2024"
    assert at.dataframe[2].cell_text(1, "d") == "2024-02-10"


def test_json_column_cells_read_as_streamlit_writes_them() -> None:
    """Streamlit's toJsonString: objects as JSON.stringify writes them (no spaces), texts as
    written (their line breaks as spaces), not parsed and written again."""
    at = run("""
import pandas as pd
import rerunqt as st
st.dataframe(pd.DataFrame({"o": [{"a": 1, "b": [1, 2]}, {"a": 2, "b": []}, None],
                           "s": ['{"x": 1}', "[1,2]", "not\\njson"]}),
             column_config={"o": st.column_config.JsonColumn(), "s": st.column_config.JsonColumn()})
""")
    frame = at.dataframe[0]
    assert [frame.cell_text(r, "o") for r in range(3)] == ['{"a":1,"b":[1,2]}', '{"a":2,"b":[]}', "None"]
    assert [frame.cell_text(r, "s") for r in range(3)] == ['{"x": 1}', "[1,2]", "not json"]


def test_an_empty_selection_mode_list_and_row_height_0_run_as_in_streamlit() -> None:
    """Streamlit takes ``selection_mode=[]`` (nothing can be selected) and ``row_height=0``
    (falsy: the default height) without an error."""
    at = AppTest.from_string("""
import rerunqt as st
event = st.dataframe({"a": [1, 2]}, on_select="rerun", selection_mode=[], row_height=0, key="t")
st.text(str(event))
st.data_editor({"a": [1]}, row_height=0)
""").run()
    assert not at.exception
    assert at.text[0].value == "{'selection': {'rows': [], 'columns': [], 'cells': []}}"
