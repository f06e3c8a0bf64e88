"""Reruns started elsewhere keep what the user is in the middle of (real Qt events)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

pytestmark = pytest.mark.qt


def test_an_open_cell_editor_keeps_its_cursor_and_selection_across_reruns(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import pandas as pd
        import rerunqt as st
        st.data_editor(pd.DataFrame({"a": [1, 2], "b": ["p", "q"]}), key="grid")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    view = pilot.widget(key="grid")
    view.setFocus()
    cell = view.model().index(1, 1)
    view.setCurrentIndex(cell)
    view.edit(cell)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "hello")
    editor.setSelection(1, 2)  # "el" selected, the cursor after it
    for _ in range(2):  # the first rerun commits the open cell; neither reloads it
        pilot.rerun()
        assert QApplication.focusWidget() is editor
        assert (editor.text(), editor.selectedText(), editor.cursorPosition()) == ("hello", "el", 3)
    assert pilot.window.session.state["grid"]["edited_rows"] == {1: {"b": "hello"}}


@pytest.mark.parametrize("kind", ["selectbox", "multiselect"])
def test_an_open_list_keeps_its_highlight_when_a_rerun_changes_the_options(
    rerunqt_pilot, write_script, qtbot, kind
) -> None:
    script = write_script(
        f"""
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.{kind}("Pick", ["a", "b", "c", f"new {{runs}}"], key="pick")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    field = pilot.widget(key="pick")
    combo = field if kind == "selectbox" else field.combo
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "c"
    for _ in range(2):
        pilot.rerun()  # the last option changes
        assert view.isVisible()
        assert view.currentIndex().data() == "c"
    assert combo.itemText(combo.count() - 1) == "new 3"
