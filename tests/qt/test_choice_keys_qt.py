"""Choice widgets from the keyboard in a real window: where Tab enters a radio group, and
letters typed into a selectbox (which a bare-key window shortcut must not take)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

pytestmark = pytest.mark.qt


def state(pilot, key: str):  # type: ignore[no-untyped-def]
    return pilot.window.session.state[key]


def focus(pilot, qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    pilot.window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_tab_enters_a_radio_group_at_its_checked_option(rerunqt_pilot, write_script, qtbot) -> None:
    """As in a browser: one stop, on the checked option (none checked: the first)."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.text_input("Before", key="before")
        st.radio("R", ["a", "b", "c"], index=1, key="r")
        st.radio("N", ["x", "y", "z"], index=None, key="n")
        st.button("After", key="after")
        """))
    focus(pilot, qtbot, pilot.widget(key="before"))
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().text())
    assert seen == ["b", "x", "After"]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        seen.append(QApplication.focusWidget().text())
    assert seen[3] in "xyz" and seen[4] == "b"  # back through each group once
    pilot.set_value("c", key="r")  # the script's new choice becomes the stop
    focus(pilot, qtbot, pilot.widget(key="before"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().text() == "c"


def test_selectbox_type_ahead_takes_c_from_the_clear_cache_shortcut(
        rerunqt_pilot, write_script, qtbot) -> None:
    """"C" is App > Clear cache, but in a focused selectbox it is a typed letter (Streamlit's
    selectbox is a search field, where its "c" shortcut is off too)."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.selectbox("Fruit", ["apple", "banana", "cherry"], key="s")
        """))
    cleared: list[bool] = []
    pilot.window.menus.clear_cache_action.triggered.connect(lambda: cleared.append(True))
    combo = pilot.widget(key="s")
    focus(pilot, qtbot, combo)
    qtbot.keyClicks(combo, "che")
    pilot.settle()
    assert state(pilot, "s") == "cherry"
    assert cleared == []


def test_multiselect_search_starts_afresh_after_escape(rerunqt_pilot, write_script, qtbot) -> None:
    """Letters typed after Esc closed the list search anew (Streamlit clears the search):
    "ban", Esc, "app" picked banana, the list still searching for "banapp"."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.multiselect("Fruit", ["apple", "banana"], key="m")
        """))
    field = pilot.widget(key="m")
    add = field.findChild(QComboBox, "rqMultiAdd")
    focus(pilot, qtbot, add)
    qtbot.keyClicks(add, "ban")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClicks(QApplication.focusWidget(), "app")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    pilot.settle()
    assert state(pilot, "m") == ["apple"]
