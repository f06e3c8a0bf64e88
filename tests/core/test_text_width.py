"""Text elements refuse a bad ``width`` with Streamlit 1.67's error and words."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

ANY = "a positive integer (pixels), 'stretch', or 'content'"
NO_CONTENT = "a positive integer (pixels) or 'stretch'"


@pytest.mark.parametrize(("call", "allowed"), [
    ("st.markdown('x', width='wide')", ANY),
    ("st.title('x', width=0)", ANY),
    ("st.code('x', width='wide')", ANY),
    ("st.divider(width='wide')", NO_CONTENT),
    ("st.divider(width='content')", NO_CONTENT),  # Streamlit 1.67 takes no "content" here
    ("st.json({}, width='content')", NO_CONTENT),
    ("st.success('x', width='content')", NO_CONTENT),
    ("st.exception(ValueError('x'), width='content')", NO_CONTENT),
])
def test_a_bad_width_is_streamlits_invalid_width_error(call: str, allowed: str) -> None:
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    value = call.split("width=")[1].rstrip(")")
    assert at.exception[0].message == f"Invalid width value: {value}. Width must be either {allowed}."
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitInvalidWidthError"


def test_content_width_still_fits_the_text_elements_that_take_it() -> None:
    at = AppTest.from_string("import streamlit as st\nst.markdown('x', width='content')\n"
                             "st.caption('y', width='content')").run()
    assert not at.exception and at.markdown[0].value == "x" and at.caption[0].value == "y"
