"""What an error box holds, field by field, as Streamlit 1.67's AppTest reads it."""

from __future__ import annotations

from rerunqt.testing import AppTest


def test_a_warning_is_a_warning_box_and_its_message_plain_text() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.exception(UserWarning("given **w**"))
st.exception(ValueError("given"))
raise DeprecationWarning("raised")
""").run()
    given, error, raised = at.exception
    assert (given.is_warning, given.is_markdown, given.value) == (True, False, "given **w**")
    assert (error.is_warning, error.is_markdown) == (False, False)
    assert (raised.is_warning, raised.is_markdown, raised.exc_type) == (True, False, "DeprecationWarning")
