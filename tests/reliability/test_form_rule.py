"""A field sends what it shows (issue 16, part 2): the form rule, in AppTest and the window.

The rule: a pending edit stays on screen across unrelated reruns; a code change to that
key replaces it; ``clear_on_submit`` clears the field on every submit. Each test is a
repro that failed before the form's held edits moved into one FormBuffer.
"""

from __future__ import annotations

from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
if "log" not in st.session_state:
    st.session_state.log = []
def reset():
    st.session_state.name = "reset"
st.button("Reset", on_click=reset)
st.button("Other")
with st.form("f", clear_on_submit={clear}):
    name = st.text_input("Name", key="name")
    if st.form_submit_button("Save"):
        st.session_state.log.append(name)
"""


def app(clear: bool = False) -> AppTest:
    return AppTest.from_string(SCRIPT.format(clear=clear)).run()


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_code_reset_of_a_held_field_is_what_submit_sends() -> None:
    at = app()
    at.text_input("name").set_value("typed").run()
    button(at, "Reset").click().run()
    assert at.text_input("name").value == "reset"
    button(at, "Save").click().run()
    assert at.session_state.log == ["reset"]  # not the old edit


def test_every_clear_on_submit_submit_clears_the_field() -> None:
    at = app(clear=True)
    for word in ("one", "two"):
        at.text_input("name").set_value(word)
        button(at, "Save").click().run()
        assert at.text_input("name").value == ""
        assert at.session_state.name == ""
    assert at.session_state.log == ["one", "two"]


def test_after_a_clearing_submit_a_new_edit_survives_unrelated_reruns() -> None:
    at = app(clear=True)
    at.text_input("name").set_value("one")
    button(at, "Save").click().run()
    at.text_input("name").set_value("two").run()
    button(at, "Other").click().run()
    assert at.text_input("name").value == "two"  # still on screen
    button(at, "Save").click().run()
    assert at.session_state.log == ["one", "two"]


def open_window(rerunqt_pilot, write_script, clear: bool = False):
    return rerunqt_pilot(write_script(SCRIPT.format(clear=clear)))


def test_window_code_reset_of_a_held_field_is_what_submit_sends(rerunqt_pilot, write_script) -> None:
    pilot = open_window(rerunqt_pilot, write_script)
    pilot.type("typed", key="name", enter=False)
    pilot.click(label="Reset")
    assert pilot.widget(key="name").text() == "reset"
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == ["reset"]


def test_window_every_clear_on_submit_submit_clears_the_screen(rerunqt_pilot, write_script) -> None:
    pilot = open_window(rerunqt_pilot, write_script, clear=True)
    for word in ("one", "two"):
        pilot.type(word, key="name", enter=False)
        pilot.click(label="Save")
        assert pilot.widget(key="name").text() == ""
        assert pilot.window.session.state["name"] == ""
    assert pilot.window.session.state["log"] == ["one", "two"]


def test_window_held_edit_after_a_clearing_submit_stays_and_is_sent(rerunqt_pilot, write_script) -> None:
    pilot = open_window(rerunqt_pilot, write_script, clear=True)
    pilot.type("one", key="name", enter=False)
    pilot.click(label="Save")
    pilot.type("two", key="name", enter=False)
    pilot.click(label="Other")
    assert pilot.widget(key="name").text() == "two"
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == ["one", "two"]
