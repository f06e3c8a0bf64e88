"""st.data_editor num_rows "add" and "delete" (Streamlit 1.67): one of the two row actions."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

SCRIPT = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"name": ["Alice", "Bob"], "age": [25, 30]})
out = st.data_editor(df, key="ed", num_rows=st.session_state.get("mode", "add"))
st.text(repr(out["name"].tolist()))
"""


def run(mode: str) -> AppTest:
    at = AppTest.from_string(SCRIPT)
    at.session_state["mode"] = mode
    at.run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def test_add_only_adds_rows_and_refuses_deletions() -> None:
    at = run("add")
    assert at.data_editor[0].editing_mode == "add"
    at.data_editor[0].add_row({"name": "Cy", "age": 41}).run()
    assert at.text[0].value == "['Alice', 'Bob', 'Cy']"
    with pytest.raises(ValueError, match="'dynamic' or 'delete'"):
        at.data_editor[0].delete_rows([0])


def test_delete_only_deletes_rows_and_refuses_additions() -> None:
    at = run("delete")
    at.data_editor[0].delete_rows([0]).run()
    assert at.text[0].value == "['Bob']"
    with pytest.raises(ValueError, match="'dynamic' or 'add'"):
        at.data_editor[0].add_row({"name": "Cy"})


def test_range_index_hidden_by_default_only_where_rows_are_added() -> None:
    """Streamlit hides a range index when rows can be added (dynamic, add), not for delete."""
    assert run("add").data_editor[0]._element.prop("hide_index") is True
    assert run("delete").data_editor[0]._element.prop("hide_index") is False


def test_an_unknown_mode_is_an_error_naming_the_four() -> None:
    at = AppTest.from_string(SCRIPT)
    at.session_state["mode"] = "grow"
    at.run()
    assert "'fixed', 'dynamic', 'add' or 'delete'" in at.exception[0].value
