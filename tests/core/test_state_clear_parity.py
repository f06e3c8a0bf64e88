"""Session-state behaviours checked side by side against Streamlit 1.67's AppTest."""

from __future__ import annotations

from rerunqt.testing import AppTest

CLEAR_IN_CALLBACK = """
import rerunqt as st
def reset():
    st.session_state.clear()
st.session_state.setdefault("plain", 1)
pressed = st.button("Reset", on_click=reset)
st.text(f"pressed={pressed}")
st.text_input("name", key="name")
st.checkbox("unkeyed")
"""


def test_clear_in_callback_deletes_visible_keys_only() -> None:
    at = AppTest.from_string(CLEAR_IN_CALLBACK).run()
    at.text_input(key="name").input("bob").run()
    at.checkbox[0].check().run()
    at.button[0].click().run()
    assert not at.exception
    # the keyed widget and the plain value are gone (plain set again by the script)
    assert at.text_input(key="name").value == ""
    assert at.session_state.to_dict() == {"plain": 1, "name": ""}
    # unkeyed widgets keep their values: the button's click lasts its run
    assert at.text[0].value == "pressed=True"
    assert at.checkbox[0].value is True


def test_clear_in_body_keeps_unkeyed_widget_values() -> None:
    at = AppTest.from_string("""
import rerunqt as st
on = st.toggle("on")
if st.button("Reset"):
    st.session_state.clear()
st.text(f"on={on} left={len(st.session_state)}")
""").run()
    at.toggle[0].set_value(True).run()
    at.button[0].click().run()
    assert at.text[0].value == "on=True left=0"
    at.run()
    assert at.toggle[0].value is True
