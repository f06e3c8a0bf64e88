"""A wrong call's TypeError names Streamlit's mixin method, as in Streamlit 1.67."""

from __future__ import annotations

from rerunqt.testing import AppTest


def test_an_unknown_keyword_names_the_streamlit_method() -> None:
    # a travel planner's st.status("Generating...", expand=True): Streamlit's message is
    # "LayoutsMixin.status() got an unexpected keyword argument 'expand'"
    at = AppTest.from_string("""
        import streamlit as st
        for call in (lambda: st.status("x", expand=True), lambda: st.tabs(["a"], active_tab="a"),
                     lambda: st.sidebar.button("b", bogus=1), lambda: st.text_input()):
            try:
                call()
            except TypeError as error:
                st.text(str(error))
    """).run()
    assert [t.value for t in at.text] == [
        "LayoutsMixin.status() got an unexpected keyword argument 'expand'",
        "LayoutsMixin.tabs() got an unexpected keyword argument 'active_tab'",
        "ButtonMixin.button() got an unexpected keyword argument 'bogus'",
        "TextWidgetsMixin.text_input() missing 1 required positional argument: 'label'",
    ]


def test_the_uncaught_error_shows_the_same_message() -> None:
    at = AppTest.from_string('import streamlit as st\nst.metric("a", 1, colour="red")').run()
    assert at.exception[0].message == (
        "MetricMixin.metric() got an unexpected keyword argument 'colour'")
