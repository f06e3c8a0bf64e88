"""st.data_editor's keys as in Streamlit's grid: Enter / Tab in a cell editor commit and
move on, Delete clears cells, Ctrl+C / Ctrl+V copy and paste tab-separated ranges."""

from __future__ import annotations

import editor_pilot
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

pytestmark = pytest.mark.qt

PEOPLE = """
import rerunqt as st
import pandas as pd
df = pd.DataFrame({"name": ["Ann", "Bob", "Cy"], "age": [31, 27, 45], "ok": [True, False, True]})
out = st.data_editor(df, key="ed", num_rows=st.session_state.get("mode", "dynamic"))
st.text(repr(out.to_dict("list")) + " " + repr({k: str(v) for k, v in out.dtypes.items()}))
"""


def open_editor(rerunqt_pilot, write_script, qtbot, source: str = PEOPLE):
    return editor_pilot.open_editor(rerunqt_pilot, write_script, qtbot, source)


runs_once = editor_pilot.runs_once

def type_into(table: QTableView, qtbot, text: str) -> QLineEdit:
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def at(table: QTableView) -> tuple[int, int]:
    return table.currentIndex().row(), table.currentIndex().column()


def test_enter_commits_and_moves_down_tab_right_shift_tab_left(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    model, session = table.model(), pilot.window.session
    table.setCurrentIndex(model.index(0, 1))
    before = session.run_count
    qtbot.keyClick(type_into(table, qtbot, "50"), Qt.Key.Key_Return)
    runs_once(pilot, qtbot, before)
    assert at(table) == (1, 1) and table.hasFocus()  # moved down; no editor opened there
    assert table.state() != QTableView.State.EditingState
    before = session.run_count
    qtbot.keyClick(type_into(table, qtbot, "28"), Qt.Key.Key_Tab)
    runs_once(pilot, qtbot, before)
    assert at(table) == (1, 2) and table.hasFocus()  # moved right
    assert table.state() != QTableView.State.EditingState
    table.setCurrentIndex(model.index(2, 0))
    before = session.run_count
    qtbot.keyClick(type_into(table, qtbot, "Cyd"), Qt.Key.Key_Tab)
    runs_once(pilot, qtbot, before)
    assert at(table) == (2, 1)
    before = session.run_count
    qtbot.keyClick(type_into(table, qtbot, "46"), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    runs_once(pilot, qtbot, before)
    assert at(table) == (2, 0)
    assert session.state["ed"]["edited_rows"] == {0: {"age": 50}, 1: {"age": 28},
                                                  2: {"name": "Cyd", "age": 46}}
    body = pilot.record(kind="text").element.prop("body")
    assert "'age': [50, 28, 46]" in body and "'age': 'int64'" in body  # the dtype is kept


def test_enter_in_the_add_row_adds_a_row_and_moves_to_the_next_add_row(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    model = table.model()
    table.setCurrentIndex(model.index(3, 0))  # the "+" row
    before = pilot.window.session.run_count
    qtbot.keyClick(type_into(table, qtbot, "Dee"), Qt.Key.Key_Enter)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["added_rows"] == [{"name": "Dee"}]
    assert at(table) == (4, 0) and model.data(model.index(4, 0)) == "+"


def test_enter_on_the_last_row_of_a_fixed_editor_stays_there(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot,
                               "import rerunqt as st\nst.data_editor({'a': [1, 2]}, key='ed')\n")
    table.setCurrentIndex(table.model().index(1, 0))
    before = pilot.window.session.run_count
    qtbot.keyClick(type_into(table, qtbot, "9"), Qt.Key.Key_Return)
    runs_once(pilot, qtbot, before)
    assert at(table) == (1, 0)
    assert pilot.window.session.state["ed"]["edited_rows"] == {1: {"a": 9}}


def select(table: QTableView, top: int, left: int, bottom: int, right: int) -> None:
    model = table.model()
    table.setCurrentIndex(model.index(top, left))
    table.selectionModel().select(QItemSelection(model.index(top, left), model.index(bottom, right)),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_ctrl_c_copies_the_selected_range_as_tab_separated_values(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
import datetime
st.data_editor({"name": ["Ann", "B\\tb"], "age": [31, None], "ok": [True, False],
                "day": [datetime.date(2024, 1, 2), None]}, key="ed")
""")
    select(table, 0, 0, 1, 3)
    QGuiApplication.clipboard().setText("before")
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == 'Ann\t31\tTRUE\t2024-01-02\n"B\tb"\t\tFALSE\t'
    pilot.settle()
    assert pilot.window.session.run_count == before  # copying is no edit


def test_ctrl_v_pastes_a_range_into_editable_cells_as_one_edit(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
import pandas as pd
df = pd.DataFrame({"name": ["Ann", "Bob", "Cy"], "age": [31, 27, 45], "ok": [True, False, True]})
out = st.data_editor(df, key="ed", disabled=["name"])
st.text(repr(out.to_dict("list")) + " " + repr({k: str(v) for k, v in out.dtypes.items()}))
""")
    select(table, 1, 0, 1, 0)
    QGuiApplication.clipboard().setText("Zed\t50\tTRUE\textra\nYo\tnot a number\tfalse\nmore\t1\r\n")
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    runs_once(pilot, qtbot, before)
    # the read-only "name", the value that is no number, the extra column and row are left out
    assert pilot.window.session.state["ed"] == {
        "edited_rows": {1: {"age": 50, "ok": True}, 2: {"ok": False}}, "added_rows": [],
        "deleted_rows": []}
    body = pilot.record(kind="text").element.prop("body")
    assert "'age': [31, 50, 45], 'ok': [True, True, False]" in body
    assert "'age': 'int64', 'ok': 'bool'" in body
    assert at(table) == (1, 0)


def test_a_paste_past_the_last_row_adds_rows_when_rows_may_be_added(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    select(table, 2, 0, 2, 0)
    before = pilot.window.session.run_count
    QGuiApplication.clipboard().setText("Cyd\t46\nDee\t\tyes\nEve\t20")
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"] == {
        "edited_rows": {2: {"name": "Cyd", "age": 46}},
        "added_rows": [{"name": "Dee", "ok": True}, {"name": "Eve", "age": 20}], "deleted_rows": []}
    assert table.model().rowCount() == 6  # 3 + 2 added + the "+" row


def test_delete_on_selected_cells_empties_the_editable_ones(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
import pandas as pd
df = pd.DataFrame({"name": ["Ann", "Bob"], "age": [31, 27], "score": [1.5, None]})
out = st.data_editor(df, key="ed", disabled=["age"])
st.text(repr(out.to_dict("list")))
""")
    select(table, 0, 0, 1, 2)  # whole rows, but rows are not deletable here
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    runs_once(pilot, qtbot, before)
    # the read-only "age" stays; an already missing score is no edit
    assert pilot.window.session.state["ed"]["edited_rows"] == {
        0: {"name": None, "score": None}, 1: {"name": None}}
    assert "'name': [nan, nan], 'age': [31, 27]" in pilot.record(kind="text").element.prop("body")
    assert table.model().rowCount() == 2  # cells emptied, no row deleted


DEFAULTS = """
import rerunqt as st
import pandas as pd
df = pd.DataFrame({"name": ["Ann"], "age": [31], "ok": [True]})
out = st.data_editor(df, key="ed", num_rows="dynamic", column_config={
    "name": st.column_config.TextColumn(required=True),
    "age": st.column_config.NumberColumn(default=5),
    "ok": st.column_config.CheckboxColumn(default=False)})
st.text(repr(out.to_dict("list")) + " " + repr({k: str(v) for k, v in out.dtypes.items()}))
"""


def test_new_rows_take_column_defaults_and_are_sent_once_required_cells_are_filled(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, DEFAULTS)
    model, state = table.model(), pilot.window.session.state
    box = pilot.record(key="ed").widget
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)  # defaults, no required name
    assert model.rowCount() == 3 and model.data(model.index(1, 1)) == "5"
    assert model.data(model.index(1, 2), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    pilot.settle()
    assert state["ed"]["added_rows"] == []  # incomplete: shown, not sent (as Streamlit's grid)
    assert model.rowCount() == 3  # the rerun keeps it on screen
    table.setCurrentIndex(model.index(1, 0))
    before = pilot.window.session.run_count
    qtbot.keyClick(type_into(table, qtbot, "Dee"), Qt.Key.Key_Return)
    runs_once(pilot, qtbot, before)
    assert state["ed"]["added_rows"] == [{"name": "Dee", "age": 5, "ok": False}]
    body = pilot.record(kind="text").element.prop("body")
    assert "'age': [31, 5], 'ok': [True, False]" in body and "'age': 'int64', 'ok': 'bool'" in body
    select(table, 0, 0, 0, 1)
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # a required cell is not emptied; the age is
    runs_once(pilot, qtbot, before)
    assert state["ed"]["edited_rows"] == {0: {"age": None}}


def test_typing_into_the_add_row_fills_the_other_cells_with_their_defaults(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, DEFAULTS.replace(
        "TextColumn(required=True)", "TextColumn(default='st.')"))
    model = table.model()
    table.setCurrentIndex(model.index(1, 1))  # the "+" row's age
    before = pilot.window.session.run_count
    qtbot.keyClick(type_into(table, qtbot, "7"), Qt.Key.Key_Return)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["added_rows"] == [{"name": "st.", "age": 7, "ok": False}]


def test_a_typed_number_keeps_to_the_number_column_s_max_min_and_step(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
out = st.data_editor({"price": [10.5, 20.0], "qty": [1, 2]}, key="ed", column_config={
    "price": st.column_config.NumberColumn(min_value=0, max_value=100, step=0.5, format="$%.2f"),
    "qty": st.column_config.NumberColumn(min_value=1, max_value=10)})
st.text(repr(out))
""")
    model, state = table.model(), pilot.window.session.state
    for row, column, text in ((0, 0, "150"), (1, 0, "12.34"), (0, 1, "99")):
        table.setCurrentIndex(model.index(row, column))
        before = pilot.window.session.run_count
        qtbot.keyClick(type_into(table, qtbot, text), Qt.Key.Key_Return)
        runs_once(pilot, qtbot, before)
    assert state["ed"]["edited_rows"] == {0: {"price": 100.0, "qty": 10}, 1: {"price": 12.3}}
    assert model.data(model.index(0, 0)) == "$100.00" and model.data(model.index(1, 0)) == "$12.30"
    table.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(type_into(table, qtbot, "0"), Qt.Key.Key_Return)  # below min_value: refused
    pilot.settle()
    QApplication.processEvents()
    pilot.settle()
    assert state["ed"]["edited_rows"] == {0: {"price": 100.0, "qty": 10}, 1: {"price": 12.3}}
    assert model.data(model.index(1, 1)) == "2"


def test_a_paste_into_a_selectbox_column_takes_only_its_options(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
st.data_editor({"size": ["S", "M", "L"], "n": [1, 2, 3]}, key="ed", column_config={
    "size": st.column_config.SelectboxColumn(options=["S", "M", "L"]),
    "n": st.column_config.SelectboxColumn(options=[1, 2, 3])})
""")
    select(table, 0, 0, 0, 0)
    QGuiApplication.clipboard().setText("L\t3\nXL\t9\nM\t1")
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["edited_rows"] == {0: {"size": "L", "n": 3},
                                                               2: {"size": "M", "n": 1}}


def test_the_pilot_edits_cells_by_double_click_typing_and_enter(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(PEOPLE))
    session = pilot.window.session
    before = session.run_count
    pilot.edit_cell(1, "age", "28", key="ed")
    assert session.run_count == before + 1
    pilot.edit_cell(1, "ok", True)  # the first data editor; a check box is clicked
    pilot.edit_cell(3, "name", "Dee", key="ed")  # the "+" row adds a row
    assert session.state["ed"] == {"edited_rows": {1: {"age": 28, "ok": True}},
                                   "added_rows": [{"name": "Dee"}], "deleted_rows": []}
    assert session.run_count == before + 3
    body = pilot.record(kind="text").element.prop("body")  # as Streamlit: the new row's gaps
    assert "'age': [31.0, 28.0, 45.0, nan], 'ok': [True, True, True, None]" in body
    with pytest.raises(LookupError):
        pilot.edit_cell(0, "nope", "x", key="ed")


def test_a_header_click_sorts_a_fixed_editor_and_edits_keep_data_positions(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, PEOPLE.replace(
        '"dynamic"', '"fixed"'))
    model, header = table.model(), table.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    def names() -> list:
        return [model.data(model.index(r, 0)) for r in range(model.rowCount())]

    before = pilot.window.session.run_count
    click_header(1)  # age, ascending
    assert names() == ["Bob", "Ann", "Cy"] and header.isSortIndicatorShown()
    assert not table.selectionModel().selectedIndexes()  # the click selected no column
    click_header(1)  # descending
    assert names() == ["Cy", "Ann", "Bob"]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["2", "0", "1"]
    assert pilot.window.session.run_count == before  # sorting is no edit
    table.setCurrentIndex(model.index(0, 1))  # Cy, data row 2
    qtbot.keyClick(type_into(table, qtbot, "20"), Qt.Key.Key_Return)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["edited_rows"] == {2: {"age": 20}}
    assert names() == ["Cy", "Ann", "Bob"]  # the edited row stays until the next sort
    click_header(1)  # unsorted
    assert names() == ["Ann", "Bob", "Cy"] and not header.isSortIndicatorShown()
    click_header(1)  # ascending again, the edit included
    assert names() == ["Cy", "Bob", "Ann"]


def test_an_editor_that_adds_rows_does_not_sort(rerunqt_pilot, write_script, qtbot) -> None:
    _pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [table.model().data(table.model().index(r, 0)) for r in range(3)] == ["Ann", "Bob", "Cy"]


def test_editable_columns_carry_the_edit_mark_and_empty_required_cells_the_corner(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
st.data_editor({"name": ["Ann", None], "age": [31, None], "ok": [True, False]}, key="ed",
               disabled=["ok"], column_config={"name": st.column_config.TextColumn(required=True)})
st.data_editor({"a": [1]}, key="ro", disabled=True)
""")
    model = table.model()
    icons = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) for c in range(3)]
    assert [isinstance(i, QIcon) and not i.isNull() for i in icons] == [True, True, False]
    assert [model.missing_required(1, c) for c in range(3)] == [True, False, False]
    assert not model.missing_required(0, 0)
    read_only = pilot.widget(key="ro").model()
    assert read_only.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None
    image = table.viewport().grab().toImage()  # the corner mark, in the primary colour
    rect = table.visualRect(model.index(1, 0))
    corner = image.pixelColor(rect.right() - 1, rect.top() + 2)
    assert corner.red() > 200 and corner.green() < 120, corner.name()
    plain = image.pixelColor(table.visualRect(model.index(0, 0)).right() - 1,
                             table.visualRect(model.index(0, 0)).top() + 2)
    assert plain.green() > 200, plain.name()


def test_the_add_row_shows_a_plus_in_its_first_cell_when_the_index_is_hidden(
    rerunqt_pilot, write_script, qtbot
) -> None:
    _pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)  # a RangeIndex: hidden
    model = table.model()
    assert table.verticalHeader().labels is False  # (its row markers show)
    assert [model.data(model.index(3, c)) for c in range(3)] == ["+", None, None]
    assert model.data(model.index(3, 0), Qt.ItemDataRole.EditRole) is None  # typing starts empty
    _pilot, table2 = open_editor(rerunqt_pilot, write_script, qtbot, PEOPLE.replace(
        'num_rows=', 'hide_index=False, num_rows='))
    model2 = table2.model()
    assert not table2.verticalHeader().isHidden()
    assert model2.headerData(3, Qt.Orientation.Vertical) == "+" and model2.data(model2.index(3, 0)) is None


def test_deletable_rows_have_row_markers_even_with_the_index_hidden(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)  # dynamic, a hidden range index
    header = table.verticalHeader()
    assert header.isVisible() and header.markers and not header.labels
    assert table.model().headerData(0, Qt.Orientation.Vertical) == ""  # boxes only, no labels
    y = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.width() // 2, y))
    assert table.selectionModel().isRowSelected(1)
    image = header.viewport().grab().toImage()  # the ticked box, in the primary colour
    tick = image.pixelColor(header.width() // 2 - 6, y)
    assert tick.red() > 200 and tick.green() < 120, tick.name()
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["deleted_rows"] == [1]


def test_fixed_rows_have_no_markers_and_a_hidden_index_no_header(rerunqt_pilot, write_script, qtbot) -> None:
    _pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, PEOPLE.replace(
        'num_rows=st.session_state.get("mode", "dynamic")', 'hide_index=True'))
    assert table.verticalHeader().isHidden() and not table.verticalHeader().markers


def test_row_markers_tick_and_untick_rows_as_check_boxes(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    header, selection = table.verticalHeader(), table.selectionModel()

    def tick(row: int) -> None:
        y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.width() // 2, y))

    table.setCurrentIndex(table.model().index(2, 1))  # a cell: the first tick replaces it
    tick(0)
    tick(2)
    assert [r for r in range(3) if selection.isRowSelected(r)] == [0, 2]
    tick(0)
    assert [r for r in range(3) if selection.isRowSelected(r)] == [2]
    tick(3)  # the "+" row has no box
    assert [r for r in range(3) if selection.isRowSelected(r)] == [2]
    before = pilot.window.session.run_count
    tick(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["deleted_rows"] == [0, 2]


def test_the_corner_knows_the_row_markers(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
import pandas as pd
df = pd.DataFrame({"age": [31, 27]}, index=pd.Index(["Ann", "Bob"], name="name"))
st.data_editor(df, key="ed", num_rows="dynamic")
st.data_editor(df, key="fixed")
""")
    box = pilot.record(key="ed").widget
    assert box.corner.marker == "square" and box.corner.labels  # the title right of the boxes
    fixed = pilot.record(key="fixed").widget
    assert fixed.corner.marker is None
    assert table.verticalHeader().width() > fixed.table.verticalHeader().width()


def test_a_click_on_the_add_row_adds_a_row_and_edits_the_clicked_cell(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    model, state = table.model(), pilot.window.session.state
    rect = table.visualRect(model.index(3, 1))  # the "+" row's age
    before = pilot.window.session.run_count
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    runs_once(pilot, qtbot, before)
    assert state["ed"]["added_rows"] == [{}] and model.rowCount() == 5
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and at(table) == (3, 1)
    before = pilot.window.session.run_count
    qtbot.keyClicks(editor, "40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    runs_once(pilot, qtbot, before)
    assert state["ed"]["added_rows"] == [{"age": 40}]


def test_the_corner_box_ticks_every_row_or_none(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    corner = pilot.record(key="ed").widget.corner
    selection = table.selectionModel()
    assert corner.button is not None and corner.select_all is not None
    qtbot.mouseClick(corner.button, Qt.MouseButton.LeftButton, pos=QPoint(10, corner.button.height() // 2))
    assert [r for r in range(4) if selection.isRowSelected(r)] == [0, 1, 2]  # not the "+" row
    assert corner.all_state() == (True, True)
    qtbot.mouseClick(corner.button, Qt.MouseButton.LeftButton, pos=QPoint(10, corner.button.height() // 2))
    assert not selection.selectedIndexes() and corner.all_state() == (False, False)
    qtbot.mouseClick(corner.button, Qt.MouseButton.LeftButton, pos=QPoint(10, corner.button.height() // 2))
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    runs_once(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["deleted_rows"] == [0, 1, 2]
