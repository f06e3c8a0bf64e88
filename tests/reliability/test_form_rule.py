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
        assert at.text_input("name")._element.prop("value") == ""  # the screen is cleared
        assert at.session_state.name == word  # state keeps the value (Streamlit 1.67)
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
        assert pilot.window.session.state["name"] == word  # until the next submit
    assert pilot.window.session.state["log"] == ["one", "two"]


def test_window_cleared_field_stays_empty_and_a_bare_submit_sends_its_default(
        rerunqt_pilot, write_script) -> None:
    pilot = open_window(rerunqt_pilot, write_script, clear=True)
    pilot.type("one", key="name", enter=False)
    pilot.click(label="Save")
    pilot.click(label="Other")  # an unrelated run: state still "one", the screen still empty
    assert pilot.widget(key="name").text() == ""
    assert pilot.window.session.state["name"] == "one"
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == ["one", ""]
    assert pilot.window.session.state["name"] == ""


def test_window_held_edit_after_a_clearing_submit_stays_and_is_sent(rerunqt_pilot, write_script) -> None:
    pilot = open_window(rerunqt_pilot, write_script, clear=True)
    pilot.type("one", key="name", enter=False)
    pilot.click(label="Save")
    pilot.type("two", key="name", enter=False)
    pilot.click(label="Other")
    assert pilot.widget(key="name").text() == "two"
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == ["one", "two"]


CUT_SHORT = """
import rerunqt as st
if "log" not in st.session_state:
    st.session_state.log = []
    st.session_state.cut = False
def saved():
    st.session_state.log.append(st.session_state.name)
    st.session_state.cut = True
if st.session_state.cut:
    st.session_state.cut = False
    {cut}
with st.form("f", clear_on_submit=True):
    st.text_input("Name", key="name")
    st.form_submit_button("Save", on_click=saved)
"""


def test_clear_on_submit_survives_a_submit_run_cut_short_by_st_rerun() -> None:
    at = AppTest.from_string(CUT_SHORT.format(cut="st.rerun()")).run()
    at.text_input("name").set_value("Ann")
    at.button[0].click().run()
    assert at.session_state.log == ["Ann"]
    assert at.text_input("name")._element.prop("value") == ""  # cleared in the run st.rerun() started
    assert at.session_state.name == "Ann"  # state keeps the submitted value (Streamlit 1.67)


def test_clear_on_submit_survives_an_error_before_the_form() -> None:
    at = AppTest.from_string(CUT_SHORT.format(cut="raise ValueError('boom')")).run()
    at.text_input("name").set_value("Ann")
    at.button[0].click().run()
    assert at.exception and not at.text_input  # the error cut the page before the form
    at.run()
    assert at.text_input("name")._element.prop("value") == ""  # the next run drawing the form clears it
    at.text_input("name").set_value("Bo")
    at.run()
    assert at.text_input("name").value == "Bo"  # the clear was owed once, not forever


def test_window_clear_on_submit_survives_a_submit_run_cut_short(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(CUT_SHORT.format(cut="st.rerun()")))
    pilot.type("Ann", key="name", enter=False)
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == ["Ann"]
    assert pilot.widget(key="name").text() == ""


def test_window_submit_queued_behind_a_click_sends_values_in_its_own_run(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
if "seen" not in st.session_state:
    st.session_state.seen = []
def other():
    st.session_state.seen.append(("other", st.session_state.get("name")))
def save():
    st.session_state.seen.append(("save", st.session_state.name))
st.button("Other", on_click=other)
with st.form("f"):
    st.text_input("Name", key="name")
    st.form_submit_button("Save", on_click=save)
"""))
    pilot.type("Ann", key="name", enter=False)
    session = pilot.window.session
    with session.requests.hold():  # both clicks land before any run starts
        pilot.widget(label="Other").click()
        pilot.widget(label="Save").click()
    pilot.settle()  # waits until no run is pending or running
    assert session.state["seen"] == [("other", ""), ("save", "Ann")]
