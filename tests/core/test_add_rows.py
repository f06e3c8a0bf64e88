"""``element.add_rows(data)`` through AppTest: values after appends, index, and errors.

Streamlit's documented example (st.table(df1).add_rows(df2); st.line_chart(df1).add_rows(df2))
and the older hello plotting demo (numpy rows appended in a loop) are the inputs.
"""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

pd = pytest.importorskip("pandas")

HEAD = "import numpy as np\nimport pandas as pd\nimport rerunqt as st\n"


def run(body: str) -> AppTest:
    at = AppTest.from_string(HEAD + body).run()
    return at


def test_table_and_dataframe_grow_with_a_frame_a_dict_a_list_and_an_array() -> None:
    at = run("""
df = pd.DataFrame({"a": [1, 2], "b": [0.5, 1.5]})
t = st.dataframe(df)
t.add_rows(pd.DataFrame({"a": [3], "b": [2.5]}))
t.add_rows({"b": [3.5], "a": [4]})   # by name, in any order
st.table(df).add_rows([[5, 4.5]]).add_rows(np.array([[6, 5.5]]))  # unnamed: by position
st.text("after")
""")
    assert not at.exception, [e.value for e in at.exception]
    grown = at.dataframe[0].value
    assert grown["a"].tolist() == [1, 2, 3, 4] and grown["b"].tolist() == [0.5, 1.5, 2.5, 3.5]
    assert list(grown.index) == [0, 1, 2, 3]  # the default index counts on
    assert at.table[0].value["a"].tolist() == [1, 2, 5, 6]
    assert at.text[0].value == "after"  # the elements keep their places


def test_an_index_continues_or_concatenates_as_streamlit_does() -> None:
    at = run("""
t = st.dataframe(pd.DataFrame({"v": [1, 2]}, index=[10, 11]))
t.add_rows(pd.DataFrame({"v": [3, 4]}))                  # a RangeIndex counts on after 11
t.add_rows(pd.DataFrame({"v": [5]}, index=[20]))        # an explicit index is kept
d = st.dataframe(pd.DataFrame({"v": [1]}, index=pd.to_datetime(["2024-01-01"])))
d.add_rows(pd.DataFrame({"v": [2]}, index=pd.to_datetime(["2024-01-02"])))
""")
    assert not at.exception, [e.value for e in at.exception]
    assert list(at.dataframe[0].value.index) == [10, 11, 12, 13, 20]
    assert len(at.dataframe[1].value) == 2


def test_charts_grow_and_a_default_index_counts_on() -> None:
    at = run("""
chart = st.line_chart(np.zeros((1, 1)))
for i in range(1, 4):
    chart.add_rows(np.full((5, 1), float(i)))  # the older hello plotting demo's loop
area = st.area_chart(pd.DataFrame({"a": [1.0], "b": [2.0]}))
area.add_rows(pd.DataFrame({"b": [4.0], "a": [3.0]}))
bars = st.bar_chart({"k": ["x", "y"], "v": [1, 2]}, x="k")
bars.add_rows({"k": ["z"], "v": [3]})
dots = st.scatter_chart(pd.DataFrame({"x": [1.0], "y": [2.0]}), x="x", y="y")
dots.add_rows(pd.DataFrame({"x": [3.0], "y": [4.0]}))
empty = st.line_chart()
empty.add_rows(pd.DataFrame({"q": [7.0, 8.0]}))  # no data before: the rows are its data
""")
    assert not at.exception, [e.value for e in at.exception]
    line = at.line_chart[0]
    assert line.series["0"] == [0.0] + [1.0] * 5 + [2.0] * 5 + [3.0] * 5
    assert line.x["0"] == list(range(16))
    assert line.value.shape == (16, 1)
    assert at.area_chart[0].series == {"a": [1.0, 3.0], "b": [2.0, 4.0]}
    assert at.bar_chart[0].x_labels == ("x", "y", "z") and at.bar_chart[0].series["v"] == [1, 2, 3]
    assert at.scatter_chart[0].x["y"] == [1.0, 3.0]
    assert at.line_chart[1].series == {"q": [7.0, 8.0]}


def test_an_ordered_categorical_x_keeps_its_order_after_add_rows() -> None:
    at = run("""
import pandas as pd
sizes = pd.CategoricalDtype(["S", "M", "L"], ordered=True)
bars = st.bar_chart(pd.DataFrame({"k": pd.Series(["L", "S"], dtype=sizes), "v": [1, 2]}), x="k")
bars.add_rows(pd.DataFrame({"k": pd.Series(["M"], dtype=sizes), "v": [3]}))
""")
    assert not at.exception, at.exception
    assert at.bar_chart[0].x_labels == ("S", "M", "L")


def test_a_chart_with_a_date_index_takes_rows_with_dates() -> None:
    at = run("""
days = pd.date_range("2024-01-01", periods=2)
chart = st.line_chart(pd.DataFrame({"v": [1.0, 2.0]}, index=days))
chart.add_rows(pd.DataFrame({"v": [3.0]}, index=pd.date_range("2024-01-03", periods=1)))
try:
    chart.add_rows(pd.DataFrame({"v": [4.0]}))
except Exception as exc:
    st.text(str(exc))
""")
    assert not at.exception
    assert at.line_chart[0].series["v"] == [1.0, 2.0, 3.0]
    assert "the data's index holds datetime values but the new rows have the default index" \
        in at.text[0].value


@pytest.mark.parametrize(("call", "message"), [
    ("t.add_rows(pd.DataFrame({'a': [1], 'c': [2.0]}))",
     "st.dataframe.add_rows() got columns ['a', 'c'] but the data has ['a', 'b']; the new rows "
     "must have the same columns as the original data"),
    ("t.add_rows(pd.DataFrame({'a': ['x'], 'b': [2.0]}))",
     "column 'a' holds text (object) values in the new rows but int values in the data; the new "
     "rows must have the same data types as the original data."),
    ("t.add_rows()", "Wrong number of arguments to add_rows(): it takes exactly one dataset"),
    ("t.add_rows(df, extra=df)", "Wrong number of arguments to add_rows()"),
    ("t.add_rows(some_name=df)", "add_rows(some_name=...) appends to a named dataset"),
    ("t.add_rows(df.style)", "does not support pandas Styler objects"),
    ("st.markdown('x').add_rows(df)",
     "add_rows works on dataframe, table and the built-in charts (line_chart, area_chart, "
     "bar_chart, scatter_chart); it was called on st.markdown."),
    ("st.empty().add_rows(df)", "add_rows works on dataframe, table and the built-in charts"),
])
def test_bad_calls_raise_a_clear_error(call: str, message: str) -> None:
    at = run(f"""
df = pd.DataFrame({{"a": [1, 2], "b": [0.5, 1.5]}})
t = st.dataframe(df)
{call}
""")
    assert len(at.exception) == 1 and message in at.exception[0].value
    assert at.dataframe[0].value["a"].tolist() == [1, 2]  # unchanged


def test_data_editor_returns_data_without_add_rows_as_in_streamlit() -> None:
    """Streamlit's st.data_editor returns the edited data (a DataFrame), not an element."""
    at = run("""
edited = st.data_editor(pd.DataFrame({"a": [1]}))
edited.add_rows(pd.DataFrame({"a": [2]}))
""")
    assert "'DataFrame' object has no attribute 'add_rows'" in at.exception[0].value


def test_a_handle_from_an_earlier_run_is_refused() -> None:
    at = AppTest.from_string(HEAD + """
if "chart" in st.session_state:
    st.session_state.chart.add_rows({"v": [2.0]})
st.session_state.chart = st.line_chart({"v": [1.0]})
""").run()
    assert not at.exception
    at.run()
    assert "belongs to an earlier run of the script" in at.exception[0].value
