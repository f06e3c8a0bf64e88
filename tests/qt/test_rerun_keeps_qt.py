"""Reruns started elsewhere keep what the user is in the middle of (real Qt events)."""

from __future__ import annotations

import pytest
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
