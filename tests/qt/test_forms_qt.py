"""Forms in a real window: edits trigger no run; the button or Enter submits them at once."""

from __future__ import annotations

from PySide6.QtCore import QPoint

SCRIPT = """
import rerunqt as st
if "log" not in st.session_state:
    st.session_state.log = []
with st.form("f", clear_on_submit={clear}, enter_to_submit={enter}):
    name = st.text_input("Name", key="name")
    age = st.number_input("Age", 0, 120, 30, key="age")
    shout = st.checkbox("Shout", key="shout")
    if st.form_submit_button("Save"):
        st.session_state.log.append((name, age, shout))
st.text(f"log={{st.session_state.log}}")
"""


def open_form(rerunqt_pilot, write_script, clear: bool = False, enter: bool = True):
    return rerunqt_pilot(write_script(SCRIPT.format(clear=clear, enter=enter)))


def test_edits_run_nothing_until_the_submit_button(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_form(rerunqt_pilot, write_script)
    runs = pilot.window.session.run_count
    pilot.type("Ann", key="name", enter=False)
    pilot.widget(key="age").setFocus()  # focus-out commits the text into the form
    pilot.set_value(True, key="shout")
    pilot.settle()
    assert pilot.window.session.run_count == runs
    assert pilot.widget(key="name").text() == "Ann"  # the edit stays on screen
    pilot.click(label="Save")
    assert pilot.window.session.run_count == runs + 1  # one run for all of it
    assert pilot.window.session.state["log"] == [("Ann", 30, True)]
    assert pilot.texts("text") == ["log=[('Ann', 30, True)]"]


def test_enter_in_a_text_field_submits_the_form(rerunqt_pilot, write_script) -> None:
    pilot = open_form(rerunqt_pilot, write_script)
    runs = pilot.window.session.run_count
    pilot.type("Bo", key="name")  # ends with Enter
    assert pilot.window.session.run_count == runs + 1
    assert pilot.window.session.state["log"] == [("Bo", 30, False)]


def test_enter_in_a_number_field_submits_the_form(rerunqt_pilot, write_script) -> None:
    pilot = open_form(rerunqt_pilot, write_script)
    runs = pilot.window.session.run_count
    pilot.type("44", key="age")
    assert pilot.window.session.run_count == runs + 1
    assert pilot.window.session.state["log"] == [("", 44, False)]


def test_enter_does_not_submit_when_enter_to_submit_is_off(rerunqt_pilot, write_script) -> None:
    pilot = open_form(rerunqt_pilot, write_script, enter=False)
    runs = pilot.window.session.run_count
    pilot.type("Cy", key="name")
    assert pilot.window.session.run_count == runs
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == [("Cy", 30, False)]


def test_clear_on_submit_empties_the_fields_on_screen(rerunqt_pilot, write_script) -> None:
    pilot = open_form(rerunqt_pilot, write_script, clear=True)
    pilot.type("Di", key="name", enter=False)
    pilot.set_value(True, key="shout")
    pilot.click(label="Save")
    assert pilot.window.session.state["log"] == [("Di", 30, True)]
    assert pilot.widget(key="name").text() == ""
    assert not pilot.widget(key="shout").isChecked()
    pilot.click(label="Save")  # a second submit sends the cleared values
    assert pilot.window.session.state["log"][-1] == ("", 30, False)


def test_unsubmitted_edits_survive_a_rerun_from_outside(rerunqt_pilot, write_script) -> None:
    pilot = open_form(rerunqt_pilot, write_script)
    pilot.set_value(True, key="shout")
    pilot.rerun()
    assert pilot.widget(key="shout").isChecked()
    assert pilot.window.session.state["shout"] is False
    pilot.click(label="Save")
    assert pilot.window.session.state["shout"] is True


def test_a_form_is_a_bordered_box_holding_its_widgets(rerunqt_pilot, write_script) -> None:
    pilot = open_form(rerunqt_pilot, write_script)
    box = pilot.record(kind="form").widget
    assert box.objectName() == "rqForm" and box.property("border") is True
    assert box.isAncestorOf(pilot.widget(key="name"))
    assert box.isVisible() and box.height() > 100


def test_a_form_without_border_lines_its_widgets_up_with_the_page(
        rerunqt_pilot, write_script) -> None:
    """Streamlit pads only a bordered form; ``border=False`` left an invisible padding."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.text_input("Outside", key="outside")
        for border in (True, False):
            with st.form(f"form{border}", border=border):
                st.text_input("Inside", key=f"inside{border}")
                st.form_submit_button("Send")
    """))
    pilot.settle()
    x = {key: pilot.record(key=key).widget.mapTo(pilot.window, QPoint(0, 0)).x()
         for key in ("outside", "insideTrue", "insideFalse")}
    assert x["insideFalse"] == x["outside"] < x["insideTrue"]



def test_ctrl_enter_in_a_text_area_submits_the_form(rerunqt_pilot, write_script, qtbot) -> None:
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        with st.form("f"):
            notes = st.text_area("Notes", key="notes")
            sent = st.form_submit_button("Send")
        st.text(f"{notes!r} {sent}")
    """))
    area = pilot.widget(key="notes")
    runs = pilot.window.session.run_count
    area.setFocus()
    qtbot.keyClicks(area, "hi")
    qtbot.keyClick(area, Qt.Key.Key_Return)  # a plain Enter is a new line, nothing is sent
    pilot.settle()
    assert pilot.window.session.run_count == runs
    qtbot.keyClick(area, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert pilot.texts("text") == ["'hi\\n' True"]


def test_enter_does_not_submit_when_the_first_submit_button_is_disabled(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's st_form e2e app, form 7: its first submit button is disabled, so Enter
    submits nothing (it does not fall back to the second button); form 6, whose second
    button is the disabled one, submits on Enter."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        with st.form("f7"):
            st.text_input("Seven", key="seven")
            a = st.form_submit_button("Disabled first", disabled=True)
            b = st.form_submit_button("Second")
            if a or b:
                st.text("f7 submitted")
        with st.form("f6"):
            st.text_input("Six", key="six")
            c = st.form_submit_button("First")
            d = st.form_submit_button("Disabled second", disabled=True)
            if c or d:
                st.text("f6 submitted")
    """))
    runs = pilot.window.session.run_count
    pilot.type("Test", key="seven")  # ends with Enter
    assert pilot.window.session.run_count == runs and pilot.texts("text") == []
    pilot.click(label="Second")
    assert pilot.texts("text") == ["f7 submitted"]
    pilot.type("Test", key="six")
    assert pilot.texts("text") == ["f6 submitted"]
