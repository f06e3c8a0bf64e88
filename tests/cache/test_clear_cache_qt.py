"""App > Clear cache, and its shortcut C (only when no text field has focus), in a real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st

@st.cache_data
def load():
    st.session_state.loads = st.session_state.get("loads", 0) + 1
    st.caption("drawn by load()")
    return 42

@st.cache_resource
def connect():
    st.session_state.connects = st.session_state.get("connects", 0) + 1
    return object()

load(); connect()
st.text_input("Name", key="name")
st.checkbox("Check", key="check")
st.text(f"loads {st.session_state.loads}")
"""


def _active(pilot, qtbot):  # type: ignore[no-untyped-def]
    pilot.window.activateWindow()
    qtbot.waitActive(pilot.window)
    return pilot.window


def test_the_menu_entry_clears_both_caches_and_reruns(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    state = pilot.window.session.state
    pilot.rerun()
    assert (state["loads"], state["connects"]) == (1, 1)
    runs = pilot.window.session.run_count
    pilot.window.menus.clear_cache_action.trigger()
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert (state["loads"], state["connects"]) == (2, 2)
    assert "loads 2" in pilot.texts("text")


def test_c_clears_the_cache_unless_a_text_field_has_focus(rerunqt_pilot, write_script,
                                                          qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    window = _active(pilot, qtbot)
    state = window.session.state
    field = pilot.widget(key="name")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert window.menus.clear_cache_action.shortcut().isEmpty()  # off while typing
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier, -1)
    QTest.keyClicks(field, "at")
    assert field.text() == "cat"  # C was typed, not taken as the shortcut
    pilot.settle()
    assert state["loads"] == 1
    box = pilot.widget(key="check")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_C)
    pilot.settle()
    assert state["loads"] == 2
    assert pilot.window.menus.clear_cache_action.shortcut().toString() == "C"


def test_a_hit_shows_what_the_miss_drew_in_the_window(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    assert pilot.texts("caption") == ["drawn by load()"]
    pilot.rerun()
    pilot.rerun()
    assert pilot.window.session.state["loads"] == 1
    assert pilot.texts("caption") == ["drawn by load()"]
