"""Examples from Streamlit's "Develop > Concepts" pages, driven as the pages describe,
where rerunqt's AppTest had to match Streamlit's (checked against Streamlit 1.67)."""

from __future__ import annotations

from rerunqt.testing import AppTest


def test_widget_behavior_placeholder_key_copies_a_float() -> None:
    """Widget behavior, "Save widget values in Session State": the callback copies the
    temporary key's value, which is a float as a float field sends it."""
    at = AppTest.from_string("""
        import rerunqt as st

        def store_value():
            st.session_state["my_key"] = st.session_state["_my_key"]

        if "my_key" not in st.session_state:
            st.session_state["my_key"] = 0
        st.session_state["_my_key"] = st.session_state["my_key"]
        st.number_input("Number of filters", key="_my_key", on_change=store_value)
    """).run()
    at.number_input[0].set_value(4).run()
    assert at.session_state["my_key"] == 4.0 and type(at.session_state["my_key"]) is float
    assert type(at.number_input[0].value) is float


def test_an_int_field_takes_a_whole_float_as_an_int() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.seen = type(st.number_input("N", 0, 10, key="n")).__name__
    """).run()
    at.number_input[0].set_value(4.0).run()
    assert at.number_input[0].value == 4 and at.session_state["seen"] == "int"
