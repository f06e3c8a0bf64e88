"""SelectboxColumn on the real tables: format_func labels shown, a drop-down to pick from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from rerunqt.qt.adapters.selectbox_cell import SelectboxCellEditor

pytestmark = pytest.mark.qt

SCRIPT = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"n": [1, 2, 3, None], "c": ["a", "b", "x", None]})
config = {"n": st.column_config.SelectboxColumn(options=[1, 2, 3, 4], format_func=lambda x: f"Option {x}"),
          "c": st.column_config.SelectboxColumn(options=["a", "b", "c"])}
out = st.data_editor(df, key="ed", column_config=config, hide_index=True)
st.text(repr(out["n"].tolist()))
st.dataframe(df, key="frame", column_config=config, hide_index=True)
"""


def test_cells_show_the_format_func_labels_in_both_tables(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    model = pilot.widget(key="ed").model()
    assert [model.data(model.index(r, 0)) for r in range(4)] == ["Option 1", "Option 2", "Option 3", "None"]
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["a", "b", "x"]  # no labels: as given
    frame = pilot.table(key="frame")
    shown = frame.model()
    assert [shown.data(shown.index(r, 0)) for r in range(3)] == ["Option 1", "Option 2", "Option 3"]


def test_a_cell_is_edited_by_picking_an_option(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    editor = _edit_cell(pilot, qtbot, 1)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert labels == ["Option 1", "Option 2", "Option 3", "Option 4"]
    assert editor.currentIndex() == 1  # the cell's value (2.0) is option 2
    before = pilot.window.session.run_count
    editor.setCurrentIndex(3)
    editor.activated.emit(3)  # what a pick in the list sends
    qtbot.waitUntil(lambda: pilot.window.session.run_count >= before + 1)
    pilot.settle()
    assert pilot.texts("text") == ["[1.0, 4.0, 3.0, nan]"]
    assert QApplication.activePopupWidget() is None  # the list closed with the editor


def test_a_categorical_column_is_edited_by_picking_a_category(rerunqt_pilot, write_script,
                                                              qtbot) -> None:
    """As in Streamlit, a text ``category`` column (no column config) is a drop-down of its
    categories, and the result keeps the dtype; it was read-only."""
    pilot = rerunqt_pilot(write_script("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"g": pd.Series(["male", "female", None], dtype="category")})
out = st.data_editor(df, key="ed", hide_index=True)
st.text(repr(out["g"].tolist()) + " " + str(out["g"].dtype))
"""))
    editor = _edit_cell(pilot, qtbot, 2)
    assert [editor.itemText(i) for i in range(editor.count())] == ["female", "male"]
    before = pilot.window.session.run_count
    editor.setCurrentIndex(1)
    editor.activated.emit(1)
    qtbot.waitUntil(lambda: pilot.window.session.run_count >= before + 1)
    pilot.settle()
    assert pilot.texts("text") == ["['male', 'female', 'male'] category"]


def _edit_cell(pilot, qtbot, row: int) -> SelectboxCellEditor:
    """F2 on the editor's first cell of ``row``: the drop-down that opens."""
    table = pilot.widget(key="ed")
    assert isinstance(table, QTableView)
    pilot.window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    while editor is not None and not isinstance(editor, SelectboxCellEditor):
        editor = editor.parentWidget()
    assert isinstance(editor, SelectboxCellEditor)
    return editor
