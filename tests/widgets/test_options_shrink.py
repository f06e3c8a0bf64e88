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


def test_a_value_set_by_code_that_does_not_fit_is_still_an_error() -> None:
    """DESIGN decision 5: code that sets an impossible value hears about it."""
    at = AppTest.from_string("""
import rerunqt as st
if "init" not in st.session_state:
    st.session_state.init = True
    st.session_state.m = ["a", "zz"]
st.multiselect("m", ["a", "b", "c"], key="m")
""").run()
    assert at.exception and "'zz'" in at.exception[0].value
