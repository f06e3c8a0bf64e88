"""A keyed dynamic st.data_editor whose data changes drops its edits, as in Streamlit 1.67.

Streamlit bases a dynamic editor's identity on its data, so the common
``df = st.data_editor(df, num_rows="dynamic")`` feedback loop applies an added row or a
deletion once, not again on every rerun.
"""

from __future__ import annotations

from rerunqt.testing import AppTest

EMPTY = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}

FEEDBACK = """
import rerunqt as st
import pandas as pd
if "df" not in st.session_state:
    st.session_state.df = pd.DataFrame({"a": [1, 2], "b": [float("nan"), 3.0]})
st.session_state.df = st.data_editor(st.session_state.df, num_rows="dynamic", key="ed")
st.text(repr(st.session_state.df["a"].tolist()))
st.button("again")
"""

FIXED = """
import rerunqt as st
import pandas as pd
n = st.session_state.get("n", 2)
k = st.session_state.get("k", 1)
df = pd.DataFrame({"a": [i * k for i in range(n)], "b": [float("nan")] * n})
out = st.data_editor(df, key="ed")
st.text(repr(out["a"].tolist()))
"""


def shown(at: AppTest) -> list[int]:
    return eval(at.text[0].value)


def test_a_row_added_to_an_editor_fed_its_own_output_is_added_once() -> None:
    at = AppTest.from_string(FEEDBACK).run()
    at.data_editor[0].add_row({"a": 5}).run()
    assert shown(at) == [1, 2, 5]
    at.button[0].click().run()
    at.run()
    assert shown(at) == [1, 2, 5]
    assert at.session_state["ed"] == EMPTY  # the delta belonged to the old data


def test_a_row_deleted_from_an_editor_fed_its_own_output_is_deleted_once() -> None:
    at = AppTest.from_string(FEEDBACK).run()
    at.data_editor[0].add_row({"a": 5}).run()
    at.run()
    at.data_editor[0].delete_rows([0]).run()
    assert shown(at) == [2, 5]
    at.button[0].click().run()
    at.run()
    assert shown(at) == [2, 5]


def test_an_edit_stays_while_the_data_is_the_same_even_with_missing_values() -> None:
    at = AppTest.from_string(FEEDBACK).run()
    at.data_editor[0].edit_cell(1, "b", 4.5).run()
    assert at.session_state["ed"]["edited_rows"] == {1: {"b": 4.5}}
    assert at.data_editor[0].value["b"].isna().tolist() == [True, False]  # NaN stays NaN


def test_a_fixed_editor_keeps_its_edits_when_its_values_change() -> None:
    at = AppTest.from_string(FIXED).run()
    at.data_editor[0].edit_cell(0, "a", 7).run()
    at.session_state["k"] = 3
    at.run()
    assert shown(at) == [7, 3]  # cells are edited in place: nothing is applied twice
    assert at.session_state["ed"]["edited_rows"] == {0: {"a": 7}}


def test_a_fixed_editor_drops_its_edits_when_its_row_count_changes() -> None:
    """Streamlit 1.67 keys a fixed editor on the data's schema, row count included."""
    at = AppTest.from_string(FIXED).run()
    at.data_editor[0].edit_cell(0, "a", 7).run()
    at.session_state["n"] = 3
    at.run()
    assert shown(at) == [0, 1, 2]
    assert at.session_state["ed"] == EMPTY


def test_a_fixed_editor_drops_its_edits_when_its_columns_change() -> None:
    at = AppTest.from_string("""
import rerunqt as st
wide = st.session_state.get("wide", False)
data = {"a": [1, 2], "c": [5, 6]} if wide else {"a": [1, 2]}
st.text(repr(st.data_editor(data, key="ed")["a"]))
""").run()
    at.data_editor[0].edit_cell(0, "a", 9).run()
    assert shown(at) == [9, 2]
    at.session_state["wide"] = True
    at.run()
    assert shown(at) == [1, 2] and at.session_state["ed"] == EMPTY
