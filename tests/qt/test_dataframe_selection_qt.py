"""st.dataframe selections on the real (offscreen) window, as Streamlit's grid selects.

Rows are ticked in a checkbox column (the row header), columns by a header click, cells
by a click; each test clicks and presses keys on the real widgets and reads what the
script got back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from rerunqt.qt.adapters.row_markers import MARKER_WIDTH
from rerunqt.testing.pilot_gestures import CLICK, NO_MODIFIER, SHIFT

pytestmark = pytest.mark.qt

PEOPLE = """
import rerunqt as st
mode = {mode!r}
event = st.dataframe({{'name': ['Ann', 'Bob', 'Cy', 'Di'], 'age': [31, 27, 45, 27]}}, key='t',
                     on_select='rerun', selection_mode=mode)
st.text(repr(event.selection.rows) + ' ' + repr(event.selection.columns) + ' '
        + repr(event.selection.cells))
def clear():
    st.session_state.t = {{'selection': {{'rows': [], 'columns': [], 'cells': []}}}}
st.button('clear', on_click=clear)
"""


def people(rerunqt_pilot, write_script, mode):
    pilot = rerunqt_pilot(write_script(PEOPLE.format(mode=mode)))
    return pilot, pilot.table(key="t")


def tick(pilot, view, row: int, modifier=NO_MODIFIER) -> None:
    """Click the checkbox of display row ``row``."""
    header = view.verticalHeader()
    y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
    pilot.qtbot.mouseClick(header.viewport(), CLICK, modifier, QPoint(MARKER_WIDTH // 2, y))
    pilot.settle()


def click_cell(pilot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    pilot.qtbot.mouseClick(view.viewport(), CLICK, NO_MODIFIER, rect.center())
    pilot.settle()


def key(pilot, view, which) -> None:
    pilot.qtbot.keyClick(view, which)
    pilot.settle()


def shown(pilot) -> str:
    return pilot.texts("text")[0]


def test_a_checkbox_column_ticks_rows_and_its_header_box_ticks_them_all(rerunqt_pilot, write_script) -> None:
    pilot, view = people(rerunqt_pilot, write_script, "multi-row")
    header = view.verticalHeader()
    assert header.isVisible() and header.width() == MARKER_WIDTH  # only boxes: the index is hidden
    tick(pilot, view, 1)
    assert shown(pilot) == "[1] [] []"
    tick(pilot, view, 3)  # a plain click adds, as Streamlit's boxes do
    assert shown(pilot) == "[1, 3] [] []"
    tick(pilot, view, 1)  # and a second click on a ticked box unticks it
    assert shown(pilot) == "[3] [] []"
    tick(pilot, view, 3)
    tick(pilot, view, 0)
    assert shown(pilot) == "[0] [] []"
    tick(pilot, view, 3, SHIFT)  # Shift: the range from the last clicked box
    assert shown(pilot) == "[0, 1, 2, 3] [] []"
    corner = view.corner.button
    pilot.qtbot.mouseClick(corner, CLICK, NO_MODIFIER, QPoint(MARKER_WIDTH // 2, corner.height() // 2))
    pilot.settle()
    assert shown(pilot) == "[] [] []"  # all were ticked: the header box clears them
    pilot.qtbot.mouseClick(corner, CLICK, NO_MODIFIER, QPoint(MARKER_WIDTH // 2, corner.height() // 2))
    pilot.settle()
    assert shown(pilot) == "[0, 1, 2, 3] [] []"
    background = view.model().index(2, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None and background.alpha() > 0  # ticked rows are tinted
    tint = QColor(background)  # in the primary colour (Streamlit's red), not Qt's blue
    assert tint.red() > tint.blue() + 100 and tint.alpha() < 128  # faint: text stays clear


def test_a_cell_click_moves_focus_and_space_ticks_the_focused_row(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, view = people(rerunqt_pilot, write_script, "multi-row")
    click_cell(pilot, view, 2, 0)
    assert shown(pilot) == "[] [] []"  # as in Streamlit, a cell click does not select its row
    key(pilot, view, Qt.Key.Key_Space)
    assert shown(pilot) == "[2] [] []"
    key(pilot, view, Qt.Key.Key_Down)
    key(pilot, view, Qt.Key.Key_Space)
    assert shown(pilot) == "[2, 3] [] []"
    key(pilot, view, Qt.Key.Key_Space)
    assert shown(pilot) == "[2] [] []"
    key(pilot, view, Qt.Key.Key_Escape)  # Escape clears the selection
    assert shown(pilot) == "[] [] []"
    assert view.model().index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_single_row_ticks_one_box_and_required_keeps_one(rerunqt_pilot, write_script) -> None:
    pilot, view = people(rerunqt_pilot, write_script, "single-row")
    assert view.corner.select_all is None  # no header box: one row at a time
    tick(pilot, view, 0)
    tick(pilot, view, 2)
    assert shown(pilot) == "[2] [] []"
    tick(pilot, view, 2)
    assert shown(pilot) == "[] [] []"
    pilot, view = people(rerunqt_pilot, write_script, "single-row-required")
    assert view.verticalHeader().marker == "circle"  # radio-like, as Streamlit draws it
    assert shown(pilot) == "[0] [] []"
    tick(pilot, view, 0)
    assert shown(pilot) == "[0] [] []"
    tick(pilot, view, 3)
    key(pilot, view, Qt.Key.Key_Escape)
    assert shown(pilot) == "[3] [] []"


def test_ticked_rows_follow_a_sort_and_report_data_positions(rerunqt_pilot, write_script) -> None:
    pilot, view = people(rerunqt_pilot, write_script, "multi-row")
    tick(pilot, view, 0)
    tick(pilot, view, 2)
    pilot.sort_table("age", key="t")  # shown: Bob, Di, Ann, Cy (ages 27, 27, 31, 45)
    assert shown(pilot) == "[0, 2] [] []"
    model = view.model()
    tinted = [model.index(r, 0).data() for r in range(4)
              if model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert tinted == ["Ann", "Cy"]
    tick(pilot, view, 0)  # the first row shown is Bob, data row 1; rows come in the order shown
    assert shown(pilot) == "[1, 0, 2] [] []"
    pilot.click(label="clear")  # cleared from code (a callback assigns the state)
    assert shown(pilot) == "[] [] []"
    assert view.rows == set() and model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_header_clicks_select_columns_and_a_cell_keeps_the_ticked_rows(rerunqt_pilot, write_script) -> None:
    pilot, view = people(rerunqt_pilot, write_script, ["multi-row", "multi-column", "single-cell"])
    tick(pilot, view, 1)
    pilot.sort_table("age", key="t")  # a header click selects the column, it does not sort
    assert shown(pilot) == "[1] ['age'] []"
    pilot.sort_table("name", key="t")
    assert shown(pilot) == "[1] ['name', 'age'] []"
    pilot.sort_table("age", key="t")
    assert shown(pilot) == "[1] ['name'] []"
    assert view.model().index(0, 0).data() == "Ann"  # not sorted
    assert view.horizontalHeader().sortIndicatorSection() == -1  # and no sort arrow says it is
    header = view.horizontalHeader()  # the selected column's header: primary, white words
    image = header.viewport().grab().toImage()
    fill = image.pixelColor(header.sectionViewportPosition(0) + 2, 3)
    assert fill.red() > 200 and fill.green() < 120 and fill.blue() < 120
    plain = image.pixelColor(header.sectionViewportPosition(1) + 2, 3)
    assert min(plain.red(), plain.green(), plain.blue()) > 200
    click_cell(pilot, view, 3, 1)
    assert shown(pilot) == "[1] ['name'] [(3, 'age')]"
    key(pilot, view, Qt.Key.Key_Escape)
    assert shown(pilot) == "[] [] []"


def test_dragging_down_the_boxes_ticks_the_rows_passed_over_in_one_run(rerunqt_pilot, write_script) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    pilot, view = people(rerunqt_pilot, write_script, "multi-row")
    tick(pilot, view, 0)
    header = view.verticalHeader()
    screen = header.viewport()

    def at(row: int) -> QPoint:
        return QPoint(MARKER_WIDTH // 2, header.sectionViewportPosition(row) + header.sectionSize(row) // 2)

    pilot.qtbot.mousePress(screen, CLICK, NO_MODIFIER, at(1))
    for row in (2, 3):  # held down, over the next boxes (Streamlit's e2e: rows 1..3)
        point = QPointF(at(row))
        QApplication.sendEvent(screen, QMouseEvent(
            QEvent.Type.MouseMove, point, screen.mapToGlobal(point), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        pilot.settle()
    assert shown(pilot) == "[0] [] []"  # nothing sent while the button is down
    pilot.qtbot.mouseRelease(screen, CLICK, NO_MODIFIER, at(3))
    pilot.settle()
    assert shown(pilot) == "[0, 1, 2, 3] [] []"


def test_selected_cells_are_ringed_in_the_primary_colour(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid outlines a selected range of cells in its accent (primary) colour."""
    pilot, view = people(rerunqt_pilot, write_script, "multi-cell")
    click_cell(pilot, view, 1, 0)
    pilot.qtbot.mouseClick(view.viewport(), CLICK, SHIFT, view.visualRect(view.model().index(2, 1)).center())
    pilot.settle()
    assert shown(pilot) == "[] [] [(1, 'name'), (1, 'age'), (2, 'name'), (2, 'age')]"
    image = view.viewport().grab().toImage()
    ring = view.visualRect(view.model().index(1, 0)).united(view.visualRect(view.model().index(2, 1)))

    def red(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return colour.red() > 200 and colour.green() < 120 and colour.blue() < 120

    assert red(ring.left(), ring.center().y()) and red(ring.center().x(), ring.top())
    assert any(red(x, ring.center().y()) for x in (ring.right() - 1, ring.right()))
    assert any(red(ring.center().x(), y) for y in (ring.bottom() - 1, ring.bottom()))
    inside = view.visualRect(view.model().index(1, 0)).center()
    assert not red(inside.x(), inside.y())
