"""A click lasts one run: once the run ends, session state reads a button as False and a
chat_input as None (Streamlit resets its triggers after each run), while AppTest's element
values still say what the run saw, as Streamlit's AppTest does."""

from __future__ import annotations

from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
if "log" not in st.session_state:
    st.session_state.log = []
def other():
    st.session_state.log.append(("other", st.session_state.go))
st.button("Go", key="go")
st.text_input("Note", key="note", on_change=other)
with st.form("f"):
    st.text_input("t", key="t")
    st.form_submit_button("Send", key="send")
st.chat_input("Say", key="say")
"""


def test_after_a_run_triggers_read_as_streamlit_s_do() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.button(key="go").click().run()
    assert at.button(key="go").value is True  # the element: what the run saw
    assert at.session_state.go is False  # session state: the click is over
    at.text_input(key="note").input("x").run()  # the next event's callback sees False
    assert at.session_state.log == [("other", False)]
    at.button(key="send").click().run()
    assert at.session_state.send is False
    at.chat_input(key="say").set_value("hi").run()
    assert at.chat_input(key="say").value == "hi" and at.session_state.say is None
    at.run()
    assert at.button(key="go").value is False and at.chat_input(key="say").value is None


def test_a_run_cut_short_by_an_error_or_stop_keeps_the_click_until_the_next_run() -> None:
    """Streamlit 1.67 (checked with its AppTest): after a run that raised or called
    st.stop(), session state still reads the clicked button as True; the next run (and
    the next event's callbacks) see False."""
    for ending in ("raise ValueError('x')", "st.stop()"):
        at = AppTest.from_string(f"""
import rerunqt as st
def seen():
    st.session_state.in_callback = st.session_state.go
st.text_input("Note", key="note", on_change=seen)
if st.button("Go", key="go"):
    {ending}
""").run()
        at.button(key="go").click().run()
        assert at.session_state.go is True, ending
        at.text_input(key="note").input("x").run()
        assert at.session_state.in_callback is False and at.session_state.go is False, ending
