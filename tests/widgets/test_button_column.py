"""st.column_config.ButtonColumn clicks through AppTest: the click for one run, then None."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

EXAMPLES = Path(__file__).parents[1] / "compat" / "doc_examples"

SCRIPT = """
import rerunqt as st
data = {"name": ["Alice", "Bob", "Charlie"], "view": ["View"] * 3,
        "acts": [["Edit", "Delete"], ["Edit", "Delete"], ["Edit"]], "plain": ["Look"] * 3}

def viewed(tag, *, mark):
    click = st.session_state.view_click
    st.session_state.log = st.session_state.get("log", []) + [(tag, mark, click.row, click["label"])]

st.dataframe(data, column_config={
    "view": st.column_config.ButtonColumn("View", on_click=viewed, args=("cb",), kwargs={"mark": 1},
                                          key="view_click"),
    "acts": st.column_config.ButtonColumn("Actions", key="act"),
    "plain": st.column_config.ButtonColumn("No key")})
st.write(repr(st.session_state.view_click), repr(st.session_state.act), repr(st.session_state.get("log")))
"""


def shown(at: AppTest) -> str:
    return at.markdown[0].value


def test_the_click_is_in_session_state_for_one_run_and_the_callback_sees_it() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert shown(at) == "None None None"
    at.dataframe[0].click_button("view", 2).run()
    assert shown(at) == "{'row': 2, 'label': 'View'} None [('cb', 1, 2, 'View')]"
    state = at._session.state.fired["view_click"]  # the click the run saw
    assert (state.row, state["row"], state.label, state["label"]) == (2, 2, "View", "View")
    assert at.session_state.view_click is None  # a click lasts one run, as Streamlit's do
    at.run()
    assert shown(at) == "None None [('cb', 1, 2, 'View')]"  # a trigger: None again


def test_the_click_state_is_read_only_and_pickles() -> None:
    from rerunqt.core.button_column import ButtonColumnClickState

    state = ButtonColumnClickState(row=1, label="Go")
    with pytest.raises(TypeError, match="read-only"):
        state["row"] = 2
    with pytest.raises(TypeError, match="read-only"):
        state.row = 2
    assert pickle.loads(pickle.dumps(state)) == {"row": 1, "label": "Go"}
    with pytest.raises(AttributeError, match="'row' and 'label'"):
        _ = state.column


def test_a_menu_cell_sends_the_chosen_label() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.dataframe[0].click_button("acts", 1, label="Delete").run()
    assert shown(at).startswith("None {'row': 1, 'label': 'Delete'}")
    with pytest.raises(ValueError, match="menu of \\['Edit', 'Delete'\\]: pass label="):
        at.dataframe[0].click_button("acts", 0)
    with pytest.raises(ValueError, match="has no button 'Delete'"):
        at.dataframe[0].click_button("acts", 2, label="Delete")


def test_without_a_key_there_is_nothing_to_click() -> None:
    at = AppTest.from_string(SCRIPT).run()
    with pytest.raises(ValueError, match="key is required to enable button clicks"):
        at.dataframe[0].click_button("plain", 0)
    with pytest.raises(ValueError, match="not a ButtonColumn"):
        at.dataframe[0].click_button("name", 0)
    with pytest.raises(ValueError, match="row=3 is not a row"):
        at.dataframe[0].click_button("view", 3)


def test_a_sorted_or_reordered_table_still_reports_the_data_row() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.dataframe({"n": [3, 1, 2], "b": ["x", "y", "z"]}, column_order=["b", "n"],
             column_config={1: st.column_config.ButtonColumn(key="pick")})
st.write(repr(st.session_state.pick))
""").run()
    at.dataframe[0].click_button("b", 1).run()
    assert shown(at) == "{'row': 1, 'label': 'y'}"


def test_callbacks_need_a_key_and_two_columns_cannot_share_one() -> None:
    import rerunqt as st

    with pytest.raises(ValueError, match="needs key="):
        st.column_config.ButtonColumn(on_click=print)
    with pytest.raises(Exception, match="on_click= must be a function"):
        st.column_config.ButtonColumn(on_click="print", key="k")
    at = AppTest.from_string("""
import rerunqt as st
st.dataframe({"a": ["x"], "b": ["y"]}, column_config={
    "a": st.column_config.ButtonColumn(key="same"), "b": st.column_config.ButtonColumn(key="same")})
""").run()
    assert "multiple elements with the same `key='same'`" in at.exception[0].value
    at = AppTest.from_string("""
import rerunqt as st
st.button("Go", key="go")
st.dataframe({"a": ["x"]}, column_config={"a": st.column_config.ButtonColumn(key="go")})
""").run()
    assert "multiple elements with the same `key='go'`" in at.exception[0].value


def test_state_cannot_be_assigned_to_the_click_key() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.session_state.pick = {"row": 0, "label": "x"}
st.dataframe({"a": ["x"]}, column_config={"a": st.column_config.ButtonColumn(key="pick")})
""").run()
    assert "is read-only and cannot be assigned through session state" in at.exception[0].value


def test_buttons_in_a_data_editor_click_and_editing_still_works() -> None:
    at = AppTest.from_string("""
import rerunqt as st
def opened():
    st.session_state.seen = st.session_state.go.row
out = st.data_editor({"name": ["Alice", "Bob"], "go": ["Open", "Open"]}, key="ed",
                     column_config={"go": st.column_config.ButtonColumn("Go", on_click=opened, key="go")})
st.write(f"{st.session_state.go!r} {st.session_state.get('seen')} {list(out['name'])}")
""").run()
    at.data_editor[0].click_button("go", 1).run()
    assert shown(at) == "{'row': 1, 'label': 'Open'} 1 ['Alice', 'Bob']"
    at.data_editor[0].edit_cell(0, "name", "Alicia").run()
    assert shown(at) == "None 1 ['Alicia', 'Bob']"


def test_streamlit_typing_exports_the_click_state() -> None:
    at = AppTest.from_string("""
import streamlit as st
from streamlit.typing import ButtonColumnClickState
st.dataframe({"a": ["x"]}, column_config={"a": st.column_config.ButtonColumn(key="pick")})
click = st.session_state.pick
st.write(f"{click is None or isinstance(click, ButtonColumnClickState)} "
         f"{st.typing.ButtonColumnClickState.__name__}")
""").run()
    at.dataframe[0].click_button("a", 0).run()
    assert shown(at) == "True ButtonColumnClickState"


def test_docstring_example_1_shows_a_toast_for_the_clicked_row() -> None:
    at = AppTest.from_file(EXAMPLES / "column_config_ButtonColumn_1.py").run()
    assert not at.exception and not at.toast
    at.dataframe[0].click_button("view", 1).run()
    assert at.toast.values == ["Viewing row 1: Bob"]


def test_docstring_example_2_warns_for_delete_and_informs_for_edit() -> None:
    at = AppTest.from_file(EXAMPLES / "column_config_ButtonColumn_2.py").run()
    at.dataframe[0].click_button("actions", 0, label=":material/delete: Delete").run()
    assert [w.value for w in at.warning] == ["Deleting row 0"]
    at.dataframe[0].click_button("actions", 2).run()  # one label: a plain button
    assert not at.warning and [i.value for i in at.info] == ["Editing row 2"]


def test_a_click_is_never_saved_across_restarts(tmp_path: Path) -> None:
    from rerunqt.core.persist.saver import StatePersister

    at = AppTest.from_string(SCRIPT).run()
    at.dataframe[0].click_button("view", 0).run()
    document = StatePersister(tmp_path / "app.py").document(at._session.state)
    assert "view_click" not in document["values"] and "log" in document["values"]
