"""Enter on a focused button clicks it, as in a browser (issue: keyboard use of the window).

Qt's push and tool buttons take only Space outside a dialog; a Streamlit user tabs to a
button, an expander's header or a popover and presses Enter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.session_state.setdefault("clicks", 0)
if st.button("Add", key="add"):
    st.session_state.clicks += 1
with st.form("f"):
    st.text_input("Name", key="name")
    sent = st.form_submit_button("Send")
st.write(f"sent={sent}")
with st.expander("More"):
    st.write("inside")
with st.popover("Menu"):
    st.write("in the popover")
"""


def press_enter(pilot, qtbot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    pilot.window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key)
    pilot.settle()


def test_enter_clicks_a_button_and_a_form_submit_button(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    press_enter(pilot, qtbot, pilot.widget(key="add"))
    press_enter(pilot, qtbot, pilot.widget(key="add"), Qt.Key.Key_Enter)  # the keypad's
    assert pilot.window.session.state["clicks"] == 2
    press_enter(pilot, qtbot, pilot.widget(label="Send"))
    assert "sent=True" in pilot.texts("markdown")


def test_enter_opens_an_expander_and_a_popover(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    expander = pilot.record(label="More").widget
    press_enter(pilot, qtbot, pilot.widget(label="More"))
    assert expander.is_open()
    press_enter(pilot, qtbot, pilot.widget(label="More"))
    assert not expander.is_open()
    press_enter(pilot, qtbot, pilot.widget(label="Menu"))
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.objectName() == "rqPopover"
    popup.close()


def test_enter_in_a_text_field_clicks_no_button(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    press_enter(pilot, qtbot, pilot.widget(key="add"))
    press_enter(pilot, qtbot, pilot.widget(key="name"))  # submits the form, nothing else
    assert pilot.window.session.state["clicks"] == 1


def test_enter_clicks_a_button_in_a_popover_and_in_a_dialog(rerunqt_pilot, write_script, qtbot) -> None:
    """The popover's panel and a dialog are windows of their own: Enter works there too."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.session_state.setdefault("n", 0)
def add():
    st.session_state.n += 1
@st.dialog("Counter")
def counter():
    st.button("Add here", key="in_dialog", on_click=add)
if st.button("Open", key="open"):
    counter()
with st.popover("Menu"):
    st.button("Add", key="in_popover", on_click=add)
"""))
    press_enter(pilot, qtbot, pilot.widget(label="Menu"))
    button = pilot.widget(key="in_popover")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["n"] == 1
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    pilot.click("open")
    button = pilot.widget(key="in_dialog")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["n"] == 2
