"""A widget drawn disabled in the run of its own change, as Streamlit 1.67 treats it.

Streamlit 1.67 drops the value the front end sent for a widget that is disabled in the run
(the "Start streaming" button of its fragment tutorial disables itself): the callback of
the change has run, but the widget returns its previous value (a button: False), unless
code set a value for it. Checked against real Streamlit 1.67's AppTest.
"""

from __future__ import annotations

from rerunqt.testing import AppTest

LOCK = """
import rerunqt as st
st.session_state.setdefault("locked", False)
def lock():
    st.session_state.locked = True
    st.session_state.calls = st.session_state.get("calls", 0) + 1
"""


def test_a_button_that_disables_itself_returns_false_after_its_callback() -> None:
    at = AppTest.from_string(LOCK + """
go = st.button("Start", disabled=st.session_state.locked, on_click=lock)
st.text(f"go={go} calls={st.session_state.get('calls')}")
""").run()
    at.button[0].click().run()
    assert at.text[0].value == "go=False calls=1"
    assert at.button[0].disabled


def test_a_checkbox_that_disables_itself_keeps_its_old_value() -> None:
    at = AppTest.from_string(LOCK + """
v = st.checkbox("Agree", key="agree", disabled=st.session_state.locked, on_change=lock)
st.text(f"v={v} state={st.session_state.agree}")
""").run()
    at.checkbox[0].check().run()
    assert at.text[0].value == "v=False state=False"
    at.run()
    assert at.text[0].value == "v=False state=False"


def test_a_value_code_sets_for_the_disabled_widget_wins() -> None:
    at = AppTest.from_string(LOCK + """
def lock_at(n):
    lock()
    st.session_state.n = n
v = st.number_input("N", key="n", disabled=st.session_state.locked, on_change=lock_at,
                    args=(7,))
st.text(f"v={v}")
""").run()
    at.number_input[0].set_value(3).run()
    assert at.text[0].value == "v=7.0"


def test_a_widget_enabled_in_its_run_keeps_the_change() -> None:
    at = AppTest.from_string(LOCK + """
v = st.checkbox("Agree", key="agree", on_change=lock)
go = st.button("Go", disabled=False)
st.text(f"v={v} go={go}")
""").run()
    at.checkbox[0].check().run()
    assert at.text[0].value == "v=True go=False"
    at.button[0].click().run()
    assert at.text[0].value == "v=True go=True"
