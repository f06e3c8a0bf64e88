"""st.data_editor on the real window: a QTableView edited with real keys and clicks."""

from __future__ import annotations

import editor_pilot
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView

from rerunqt.qt.adapters.data_editor import MAX_AUTO_HEIGHT, EditorBox

pytestmark = pytest.mark.qt

PEOPLE = """
import rerunqt as st
rows = [{"name": "Ann", "age": 31, "ok": True},
        {"name": "Bob", "age": 27, "ok": False},
        {"name": "Cy", "age": 45, "ok": True}]
out = st.data_editor(rows, key="ed", num_rows=st.session_state.get("mode", "dynamic"))
st.text(repr(out))
st.button("again", key="again")
"""


def open_editor(rerunqt_pilot, write_script, qtbot, source: str = PEOPLE, key: str = "ed"):
    return editor_pilot.open_editor(rerunqt_pilot, write_script, qtbot, source, key)


commit = editor_pilot.runs_once

def spy_events(pilot, monkeypatch) -> list:
    """Every event the widgets emit (the session may coalesce repeats into one run)."""
    events: list = []
    original = pilot.window.host.emit

    def emit(event) -> None:
        events.append(event)
        original(event)

    monkeypatch.setattr(pilot.window.host, "emit", emit)
    return events


def editor_of(table: QTableView) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    return editor


def test_f2_type_enter_edits_a_cell_with_exactly_one_run(
    rerunqt_pilot, write_script, qtbot, monkeypatch
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    events = spy_events(pilot, monkeypatch)
    model = table.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "age"
    table.setCurrentIndex(model.index(1, 1))
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(table)
    assert editor.text() == "27"
    editor.selectAll()
    qtbot.keyClicks(editor, "28")
    assert pilot.window.session.run_count == before  # typing alone does not rerun
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(pilot, qtbot, before)
    assert [e.value for e in events] == [(((1, (("age", 28),)),), (), ())]  # one event: the whole delta
    state = pilot.window.session.state["ed"]
    assert state == {"edited_rows": {1: {"age": 28}}, "added_rows": [], "deleted_rows": []}
    assert type(state["edited_rows"][1]["age"]) is int
    assert "'age': 28" in pilot.record(kind="text").element.prop("body")
    assert pilot.widget(key="ed") is table and table.model() is model  # updated in place
    assert model.data(model.index(1, 1)) == "28"
    assert table.currentIndex().row() == 2 and table.currentIndex().column() == 1  # Enter moved down


def test_typing_on_a_cell_starts_editing_and_replaces_it(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    table.setCurrentIndex(table.model().index(0, 0))
    before = pilot.window.session.run_count
    qtbot.keyClick(table, "Z")
    editor = editor_of(table)
    qtbot.keyClicks(editor, "oe")
    assert editor.text() == "Zoe"
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["edited_rows"] == {0: {"name": "Zoe"}}


def test_enter_starts_editing_and_escape_cancels(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    table.setCurrentIndex(table.model().index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrows move between cells (the "+" row is last)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentIndex().row() == 2
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = editor_of(table)
    assert editor.text() == "Cy"
    qtbot.keyClicks(editor, "rus")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    pilot.settle()
    assert pilot.window.session.run_count == before
    assert table.model().data(table.model().index(2, 0)) == "Cy"


def test_a_value_that_does_not_parse_is_refused(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    model = table.model()
    before = pilot.window.session.run_count
    assert model.setData(model.index(0, 1), "abc") is False  # refused, no crash, no event
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(table)
    editor.selectAll()
    qtbot.keyClicks(editor, "4x")  # the validator drops the letter
    assert editor.text() == "4"
    editor.selectAll()
    qtbot.keyClicks(editor, "-")  # not a number yet: Enter does not commit it
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert editor_of(table) is editor
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    pilot.settle()
    assert pilot.window.session.run_count == before
    assert pilot.window.session.state["ed"]["edited_rows"] == {}


def test_clicking_a_bool_cell_toggles_it(rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    events = spy_events(pilot, monkeypatch)
    model = table.model()
    index = model.index(1, 2)
    assert model.data(index) is None  # no text: a check box
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    rect = table.visualRect(index)
    point = QPoint(rect.left() + 10, rect.center().y())
    before = pilot.window.session.run_count
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["edited_rows"] == {1: {"ok": True}}
    assert len(events) == 1
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    table.setCurrentIndex(index)  # a click on the box itself does not move the current cell
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the keyboard toggles it back
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["edited_rows"] == {}  # back to the original
    assert len(events) == 2


def test_dynamic_rows_add_by_typing_and_button_delete_by_key_and_button(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    model = table.model()
    state = pilot.window.session.state
    assert model.rowCount() == 4 and model.data(model.index(3, 0)) == "+"
    table.setCurrentIndex(model.index(3, 0))
    height = table.height()
    before = pilot.window.session.run_count
    qtbot.keyClick(table, "D")
    editor = editor_of(table)
    qtbot.keyClicks(editor, "ee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    commit(pilot, qtbot, before)
    assert state["ed"]["added_rows"] == [{"name": "Dee"}]
    assert model.rowCount() == 5 and model.data(model.index(4, 0)) == "+"
    assert table.height() == height + table.verticalHeader().sectionSize(0)  # it grew by one row

    box = pilot.record(key="ed").widget
    assert isinstance(box, EditorBox) and box.add_button.isVisible()
    before = pilot.window.session.run_count
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    commit(pilot, qtbot, before)
    assert state["ed"]["added_rows"] == [{"name": "Dee"}, {}]

    header = table.verticalHeader()
    y = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    commit(pilot, qtbot, before)
    assert state["ed"]["deleted_rows"] == [1]
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Ann", "Cy", "Dee", "None", "+"]  # the added row's missing name: a faded "None"

    table.setCurrentIndex(model.index(3, 0))  # the empty added row
    assert box.delete_button.isEnabled()
    before = pilot.window.session.run_count
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    commit(pilot, qtbot, before)
    assert state["ed"] == {"edited_rows": {}, "added_rows": [{"name": "Dee"}], "deleted_rows": [1]}
    assert "'Dee'" in pilot.record(kind="text").element.prop("body")


def test_fixed_rows_have_no_add_row_and_delete_deletes_no_row(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot,
                               "import rerunqt as st\nst.data_editor([1, 2], key='ed')\n")
    box = pilot.record(key="ed").widget
    assert table.model().rowCount() == 2 and not box.buttons.isVisible()
    table.selectRow(0)
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # as Streamlit's grid: the row's cells empty
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["deleted_rows"] == []
    assert pilot.window.session.state["ed"]["edited_rows"] == {0: {"value": None}}


def test_add_only_rows_have_the_add_row_but_delete_deletes_no_row(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot,
                               "import rerunqt as st\nst.data_editor([1, 2], key='ed', num_rows='add')\n")
    box = pilot.record(key="ed").widget
    model = table.model()
    assert model.rowCount() == 3 and model.data(model.index(2, 0)) == "+"
    assert box.add_button.isVisible() and not box.delete_button.isVisible()
    table.selectRow(0)
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # as Streamlit's grid: the row's cells empty
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["deleted_rows"] == []
    assert pilot.window.session.state["ed"]["edited_rows"] == {0: {"value": None}}


def test_delete_only_rows_delete_but_have_no_add_row(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot,
                               "import rerunqt as st\nst.data_editor([1, 2], key='ed', num_rows='delete')\n")
    box = pilot.record(key="ed").widget
    assert table.model().rowCount() == 2
    assert box.delete_button.isVisible() and not box.add_button.isVisible()
    table.selectRow(0)
    before = pilot.window.session.run_count
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["deleted_rows"] == [0]


def test_a_rerun_keeps_view_selection_and_scroll(rerunqt_pilot, write_script, qtbot) -> None:
    source = """
import rerunqt as st
n = 40 + st.session_state.get("more", 0)
st.data_editor([[i, i * i] for i in range(n)], key="ed")
if st.button("more", key="more_btn"):
    st.session_state.more = st.session_state.get("more", 0) + 1
st.button("again", key="again")
"""
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, source)
    model = table.model()
    assert table.height() == MAX_AUTO_HEIGHT and table.verticalScrollBar().maximum() > 0
    table.selectRow(20)
    table.verticalScrollBar().setValue(300)
    created = pilot.window.renderer.widgets_created
    pilot.click(key="again")
    assert pilot.widget(key="ed") is table and table.model() is model
    assert pilot.window.renderer.widgets_created == created
    assert table.verticalScrollBar().value() == 300
    assert [i.row() for i in table.selectionModel().selectedRows()] == [20]
    pilot.click(key="more_btn").rerun()  # the data changes: the model is reset, the view kept
    assert model.rowCount() == 41
    assert pilot.widget(key="ed") is table
    assert table.verticalScrollBar().value() == 300
    assert [i.row() for i in table.selectionModel().selectedRows()] == [20]


def test_small_tables_fit_their_content(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    assert table.height() < MAX_AUTO_HEIGHT
    assert table.verticalScrollBar().maximum() == 0
    assert table.verticalHeader().defaultSectionSize() >= 24
    assert table.width() <= pilot.window.width()


def test_disabled_editor_shows_but_does_not_edit(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
st.data_editor({"a": [1, 2], "b": [True, False]}, key="ed", disabled=True, num_rows="dynamic")
""")
    model = table.model()
    assert model.rowCount() == 2  # no "+" row
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    box = pilot.record(key="ed").widget
    assert not box.buttons.isVisible()
    before = pilot.window.session.run_count
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    pilot.settle()
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert pilot.window.session.run_count == before


def test_tab_reaches_the_table_and_an_open_edit_is_committed_first(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
st.text_input("before", key="before")
st.text(repr(st.data_editor({"a": [1, 2]}, key="ed")))
""")
    line = pilot.widget(key="before")
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_of(table)
    editor.selectAll()
    qtbot.keyClicks(editor, "7")
    before = pilot.window.session.run_count
    pilot.window.request_rerun()  # a rerun (toolbar) commits the open edit first
    commit(pilot, qtbot, before)
    assert pilot.window.session.state["ed"]["edited_rows"] == {1: {"a": 7}}


def test_buttons_are_push_buttons_in_tab_order(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot)
    box = pilot.record(key="ed").widget
    focus = pilot.record(key="ed").adapter.focus_widgets(box)
    assert focus[0] is table and all(isinstance(b, QPushButton) for b in focus[1:])


def test_column_help_shows_as_the_header_tooltip_without_breaking_the_editor(
        rerunqt_pilot, write_script) -> None:
    """column_config help= (Streamlit's TextColumn example) made the editor an error panel:
    the per-column help tuple went to setAccessibleDescription."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.data_editor({"widgets": ["st.selectbox"], "n": [1]}, key="e", column_config={
            "widgets": st.column_config.TextColumn("Widgets", help="Streamlit **widget** commands")})
    """))
    record = pilot.record(key="e")
    assert not record.failed
    box = record.widget
    assert isinstance(box, EditorBox)
    header = box.table.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Streamlit **widget** commands"
    assert box.table.accessibleDescription() == "Widgets: Streamlit **widget** commands"


MISSING_CELLS = """
import numpy as np
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"s": ["x", None], "n": [1.0, np.nan], "ok": [True, None],
                   "p": [0.5, None]})
st.data_editor(df, key="ed", column_config={"p": st.column_config.ProgressColumn("p")})
st.data_editor(df, key="dash", placeholder="-")
"""


def test_missing_values_show_a_faded_none_as_streamlit(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's data_editor draws a missing value as a faded "None" (or placeholder=),
    like st.dataframe; a checkbox or progress cell draws none. They were empty."""
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, MISSING_CELLS)
    model = table.model()

    def shown(view: QTableView, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        return view.model().data(view.model().index(row, column), role)

    assert [shown(table, 1, c) for c in range(4)] == ["None", "None", None, None]
    assert shown(table, 0, 0) == "x"
    faded = shown(table, 1, 0, Qt.ItemDataRole.ForegroundRole)
    assert faded is not None and faded.lightness() > 150
    assert shown(table, 0, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.EditRole) == ""  # editing starts empty
    dash = pilot.widget(key="dash")
    assert [shown(dash, 1, c) for c in range(2)] == ["-", "-"]


FEEDBACK = """
import rerunqt as st
if "rows" not in st.session_state:
    st.session_state.rows = [{"name": "Ann"}, {"name": "Bob"}]
st.session_state.rows = st.data_editor(st.session_state.rows, key="ed", num_rows="dynamic")
st.text(repr([r["name"] for r in st.session_state.rows]))
st.button("again", key="again")
"""


def test_rows_typed_into_an_editor_fed_its_own_output_show_once(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, FEEDBACK)
    model = table.model()
    session = pilot.window.session

    def add(name: str) -> None:
        table.setFocus()
        table.setCurrentIndex(model.index(model.rowCount() - 1, 0))  # the "+" row
        before = session.run_count
        qtbot.keyClick(table, name[0])
        editor = editor_of(table)
        qtbot.keyClicks(editor, name[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        commit(pilot, qtbot, before)

    def names() -> list:
        return [model.data(model.index(r, 0)) for r in range(model.rowCount() - 1)]

    add("Cy")
    before = session.run_count
    qtbot.mouseClick(pilot.widget(key="again"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.run_count > before)
    pilot.settle()
    assert names() == ["Ann", "Bob", "Cy"]  # not a second "Cy" on the next run
    add("Dee")
    pilot.settle()
    assert names() == ["Ann", "Bob", "Cy", "Dee"]
    assert "['Ann', 'Bob', 'Cy', 'Dee']" in pilot.record(kind="text").element.prop("body")


def test_column_config_widths_size_the_editor_s_columns(rerunqt_pilot, write_script, qtbot) -> None:
    # The docs' profiles editor: width="large" is 400 px, "medium" 200 px, an int its pixels,
    # as in st.dataframe; a column without one is sized to its content.
    source = """
import rerunqt as st
rows = [{"a": "x", "b": "y", "c": "z", "d": "w"}]
st.data_editor(rows, key="ed", width="content", column_config={
    "a": st.column_config.TextColumn("A", width="large"),
    "b": st.column_config.TextColumn("B", width="medium"),
    "c": st.column_config.TextColumn("C", width=90)})
"""
    _pilot, table = open_editor(rerunqt_pilot, write_script, qtbot, source)
    header = table.horizontalHeader()
    assert [header.sectionSize(i) for i in range(3)] == [400, 200, 90]
    assert header.sectionSize(3) < 120


def test_the_index_column_is_headed_by_its_label_or_name(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit heads the index with column_config's "_index" label, else the index's name."""
    pilot = rerunqt_pilot(write_script("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"a": [1.5, 2.25]})
st.data_editor(df, key="labelled", column_config={"_index": "Index column"})
st.data_editor(df.rename_axis("row id"), key="named")
st.data_editor(df, key="plain")
"""))
    boxes = {key: pilot.record(key=key).widget for key in ("labelled", "named", "plain")}
    assert {key: box.corner.title for key, box in boxes.items()} == {
        "labelled": "Index column", "named": "row id", "plain": ""}
    header = boxes["labelled"].table.verticalHeader()
    assert header.width() > header.fontMetrics().horizontalAdvance("Index column")  # room for it
    assert not boxes["labelled"].table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("base", ["light", "dark"])
def test_a_checked_bool_cell_is_a_filled_box_with_a_tick_as_in_st_dataframe(
        rerunqt_pilot, write_script, base: str) -> None:
    """Streamlit's editor draws a checked cell as its dataframe does: a box filled with the
    primary colour and a white tick (light showed Qt's plain tick, dark a fill with none)."""
    pilot = rerunqt_pilot(write_script(PEOPLE), options={"theme.base": base})
    table = pilot.widget(key="ed")
    rect = table.visualRect(table.model().index(0, 2))  # Ann: ok=True
    image = table.viewport().grab(rect).toImage()
    pixels = [(x, y, image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height())]
    primary = [(x, y) for x, y, c in pixels if c.red() > 200 and c.green() < 110 and c.blue() < 110]
    assert primary, "no box filled with the primary colour"
    xs, ys = [x for x, _ in primary], [y for _, y in primary]
    tick = [c for x, y, c in pixels
            if min(xs) < x < max(xs) and min(ys) < y < max(ys) and c.lightness() > 220]
    assert tick, "no white tick inside the box"
