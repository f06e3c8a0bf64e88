"""A keyed multiselect or multi pills whose options change keeps the selected items that
are still options, in their order (Streamlit 1.67), instead of dropping the selection."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

CALLS = {
    "multiselect": 'st.multiselect("m", opts, key="m")',
    "pills": 'st.pills("m", opts, selection_mode="multi", key="m")',
}


def app(kind: str) -> AppTest:
    return AppTest.from_string(f"""
import rerunqt as st
opts = st.session_state.get("opts", ["a", "b", "c"])
st.session_state["out"] = {CALLS[kind]}
""").run()


def view(at: AppTest, kind: str):
    return at.multiselect(key="m") if kind == "multiselect" else at.pills(key="m")


@pytest.mark.parametrize("kind", sorted(CALLS))
def test_the_selected_options_that_remain_are_kept(kind: str) -> None:
    at = app(kind)
    view(at, kind).set_value(["c", "b"]).run()
    assert at.session_state["out"] == ["c", "b"]
    at.session_state["opts"] = ["x", "c", "y"]
    at.run()
    assert not at.exception
    assert at.session_state["out"] == ["c"] and at.session_state["m"] == ["c"]
    assert view(at, kind).value == ["c"]
    at.session_state["opts"] = ["q"]  # none left: an empty selection
    at.run()
    assert at.session_state["out"] == []


def test_order_is_the_selections_not_the_options() -> None:
    at = app("multiselect")
    at.multiselect(key="m").set_value(["c", "a", "b"]).run()
    at.session_state["opts"] = ["b", "c", "a", "z"][::-1][:3] + ["x"]  # ['z', 'a', 'c', 'x']
    at.run()
    assert at.session_state["out"] == ["c", "a"]


@pytest.mark.parametrize("kind", sorted(CALLS))
def test_a_value_set_by_code_keeps_its_items_that_are_options(kind: str) -> None:
    """Streamlit 1.67 drops the items that are not options, without an error."""
    at = AppTest.from_string(f"""
import rerunqt as st
if "init" not in st.session_state:
    st.session_state.init = True
    st.session_state.m = ["a", "zz", "c"]
st.session_state["out"] = {CALLS[kind].replace("opts", '["a", "b", "c"]')}
""").run()
    assert not at.exception
    assert at.session_state["out"] == ["a", "c"] and at.session_state["m"] == ["a", "c"]
    assert view(at, kind).value == ["a", "c"]


@pytest.mark.parametrize("kind", sorted(CALLS))
def test_a_value_set_by_code_that_is_not_a_list_is_still_an_error(kind: str) -> None:
    """Streamlit 1.67 fails on a number for a multi-selection widget; so does rerunqt."""
    at = AppTest.from_string(f"""
import rerunqt as st
st.session_state.m = 42
{CALLS[kind].replace("opts", '["a", "b"]')}
""").run()
    assert at.exception and at.exception[0].exc_type == "StateValueError"
    assert "st.session_state['m'] = 42" in at.exception[0].value
