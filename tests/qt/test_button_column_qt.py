"""ButtonColumn on the real table: painted buttons pressed by mouse, Enter/Space and a menu."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

pytestmark = pytest.mark.qt

APP = """
import rerunqt as st

data = {"name": ["Alice", "Bob", "Charlie"],
        "view": [":material/visibility: View"] * 3,
        "acts": [["Edit", "Delete"], ["Edit", "Delete"], ["Edit"]],
        "plain": ["Look", "Look", "Look"]}

def viewed(tag):
    st.session_state.log = st.session_state.get("log", []) + [(tag, dict(st.session_state.view_click))]

st.dataframe(data, key="df", column_config={
    "view": st.column_config.ButtonColumn("View", on_click=viewed, args=("cb",), key="view_click"),
    "acts": st.column_config.ButtonColumn("Actions", type="primary", key="act"),
    "plain": st.column_config.ButtonColumn("No key", type="tertiary")})
st.text(f"view={st.session_state.view_click!r} act={st.session_state.act!r} "
        f"log={st.session_state.get('log', [])!r}")
"""


def shown(pilot) -> str:
    return pilot.window.renderer.find(kind="text")[0].widget.text()


def button_point(view, row: int, column: int) -> QPoint:
    index = view.model().index(row, column)
    return view.buttons.button_rect(view.visualRect(index), index).center()


def click_cell(pilot, view, row: int, column: int) -> None:
    pilot.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button_point(view, row, column))


def test_a_mouse_click_on_a_button_cell_reruns_with_the_click_then_forgets_it(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(APP))
    view = pilot.table(key="df")
    assert "view=None" in shown(pilot)
    click_cell(pilot, view, 2, 1)
    pilot.settle()
    assert "view={'row': 2, 'label': ':material/visibility: View'}" in shown(pilot)
    assert "log=[('cb', {'row': 2, 'label': ':material/visibility: View'})]" in shown(pilot)
    folder = os.environ.get("RERUNQT_SHOTS")
    if folder:
        view.window().grab().save(os.path.join(folder, "button-column.png"))
    pilot.rerun()
    assert "view=None" in shown(pilot)  # a trigger: one run only


def test_a_sorted_table_reports_the_data_row(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(APP))
    view = pilot.table(key="df")
    view.cycle_sort(0)
    view.cycle_sort(0)  # descending by name: Charlie is shown first
    click_cell(pilot, view, 0, 1)
    pilot.settle()
    assert "view={'row': 2," in shown(pilot)


def test_enter_and_space_on_the_focused_cell_press_its_button(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(APP))
    view = pilot.table(key="df")
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 1))
    pilot.qtbot.keyClick(view, Qt.Key.Key_Return)
    pilot.settle()
    assert "view={'row': 1," in shown(pilot)
    view = pilot.table(key="df")
    view.setCurrentIndex(view.model().index(0, 1))
    pilot.qtbot.keyClick(view, Qt.Key.Key_Space)
    pilot.settle()
    assert "view={'row': 0," in shown(pilot)


def test_a_list_of_labels_opens_a_menu_and_the_choice_is_the_label(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(APP))
    view = pilot.table(key="df")
    click_cell(pilot, view, 1, 2)
    pilot.qtbot.waitUntil(lambda: view.buttons.menu is not None and view.buttons.menu.isVisible())
    menu = view.buttons.menu
    assert [a.text() for a in menu.actions()] == ["Edit", "Delete"]
    assert "act=None" in shown(pilot)  # opening the menu does not rerun
    menu.actions()[1].trigger()
    pilot.settle()
    assert "act={'row': 1, 'label': 'Delete'}" in shown(pilot)


def test_without_a_key_the_button_is_drawn_and_a_click_does_nothing(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(APP))
    view = pilot.table(key="df")
    runs = pilot.window.session.run_count
    click_cell(pilot, view, 0, 3)
    pilot.qtbot.keyClick(view, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.run_count == runs


EDITOR = """
import rerunqt as st

edited = st.data_editor(
    {"name": ["Alice", "Bob"], "go": ["Open", "Open"], "more": [["Edit", "Delete"], ["Edit"]]},
    key="ed", column_config={"go": st.column_config.ButtonColumn("Go", key="go"),
                             "more": st.column_config.ButtonColumn("More", key="more")})
st.text(f"go={st.session_state.go!r} more={st.session_state.more!r} names={list(edited['name'])!r}")
"""


def editor_table(pilot):
    return pilot.window.renderer.find(kind="data_editor")[0].widget.table


def test_buttons_in_a_data_editor_click_and_other_cells_still_edit(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(EDITOR))
    table = editor_table(pilot)
    box = table.box
    index = table.model().index(1, 1)
    point = box.button_cells.button_rect(table.visualRect(index), index).center()
    pilot.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    pilot.settle()
    assert "go={'row': 1, 'label': 'Open'}" in shown(pilot)
    table = editor_table(pilot)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 2))
    pilot.qtbot.keyClick(table, Qt.Key.Key_Return)
    pilot.qtbot.waitUntil(lambda: table.box.button_cells.menu is not None)
    table.box.button_cells.menu.actions()[0].trigger()
    pilot.settle()
    assert "go=None more={'row': 0, 'label': 'Edit'}" in shown(pilot)
    assert not table.model().flags(table.model().index(0, 1)) & Qt.ItemFlag.ItemIsEditable  # read-only
    table.setCurrentIndex(table.model().index(0, 0))  # the name cell still edits
    pilot.qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    pilot.qtbot.keyClicks(editor, "Alicia")
    pilot.qtbot.keyClick(editor, Qt.Key.Key_Return)
    pilot.qtbot.waitUntil(lambda: "Alicia" in shown(pilot))
    assert "go=None more=None names=['Alicia', 'Bob']" in shown(pilot)


def test_hovering_and_pressing_a_button_cell_change_how_it_looks(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(APP))
    view = pilot.table(key="df")
    index = view.model().index(0, 1)
    rect = view.buttons.button_rect(view.visualRect(index), index)

    def pixels():
        return view.viewport().grab(rect).toImage()

    calm = pixels()
    pilot.qtbot.mouseMove(view.viewport(), rect.center())
    pilot.qtbot.waitUntil(lambda: view.buttons.hovered.isValid())
    hovered = pixels()
    assert hovered != calm
    pilot.qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.buttons.pressed.isValid() and pixels() != hovered
    runs = pilot.window.session.run_count
    pilot.qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(0, 40))
    pilot.settle()  # released off the button: no click, as with any button
    assert pilot.window.session.run_count == runs and "view=None" in shown(pilot)


EXAMPLES = Path(__file__).parents[1] / "compat" / "doc_examples"


def test_docstring_example_1_clicked_in_the_window_shows_the_toast(rerunqt_pilot):
    pilot = rerunqt_pilot(EXAMPLES / "column_config_ButtonColumn_1.py")
    view = pilot.table()
    click_cell(pilot, view, 2, 1)
    pilot.settle()
    assert pilot.toasts() == ["Viewing row 2: Charlie"]


def test_docstring_example_2_menu_choice_in_the_window_shows_the_warning(rerunqt_pilot):
    pilot = rerunqt_pilot(EXAMPLES / "column_config_ButtonColumn_2.py")
    view = pilot.table()
    click_cell(pilot, view, 0, 1)
    pilot.qtbot.waitUntil(lambda: view.buttons.menu is not None and view.buttons.menu.isVisible())
    pilot.qtbot.keyClick(view.buttons.menu, Qt.Key.Key_Down)
    pilot.qtbot.keyClick(view.buttons.menu, Qt.Key.Key_Down)
    pilot.qtbot.keyClick(view.buttons.menu, Qt.Key.Key_Return)  # the keyboard picks "Delete"
    pilot.settle()
    warnings = pilot.window.renderer.find(kind="warning")
    assert [r.element.prop("body") for r in warnings] == ["Deleting row 0"]
