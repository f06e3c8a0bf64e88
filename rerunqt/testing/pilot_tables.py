"""QtPilot gestures on st.dataframe: click a column header, click row headers; on
st.data_editor: edit a cell by double-click, typing and Enter.

Real mouse clicks on the header views only, as a user sorts and selects; the row asked
for is scrolled into view first, as a user would scroll to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from rerunqt.testing.pilot_gestures import CLICK, CTRL, NO_MODIFIER

if TYPE_CHECKING:
    from rerunqt.testing.pilot import QtPilot


def column_of(view: QTableView, column: str) -> int:
    model = view.model()
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    if column not in labels:
        raise LookupError(f"no column {column!r} in this table; columns: {labels}")
    return labels.index(column)


def click_header(pilot: QtPilot, view: QTableView, column: str) -> None:
    """One click on a column's header (a dataframe sorts: ascending, descending, none)."""
    header = view.horizontalHeader()
    section = column_of(view, column)
    view.scrollTo(view.model().index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    pilot.qtbot.mouseClick(header.viewport(), CLICK, NO_MODIFIER, QPoint(x, header.height() // 2))


def click_rows(pilot: QtPilot, view: QTableView, rows: list[int]) -> None:
    """Click the first row's header, then Ctrl+click the others (rows as displayed); with
    row selections the header is the checkbox column, so each click ticks (or unticks) a row."""
    header = view.verticalHeader()
    for n, row in enumerate(rows):
        view.scrollTo(view.model().index(row, 0))
        y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
        modifier = CTRL if n else NO_MODIFIER
        if header.isHidden():  # no row headers: click the row's first cell
            rect = view.visualRect(view.model().index(row, 0))
            pilot.qtbot.mouseClick(view.viewport(), CLICK, modifier, rect.center())
        else:
            pilot.qtbot.mouseClick(header.viewport(), CLICK, modifier, QPoint(header.width() // 2, y))


def editor_view(pilot: QtPilot, key: str | None, index: int) -> QTableView:
    """The table of a data_editor: by key, else the ``index``-th on the page."""
    found = pilot.window.renderer.find(kind="data_editor")
    if key is not None:
        found = [r for r in found if r.element.key in (key, ("data_editor", key))]
        index = 0
    if len(found) <= index:
        raise LookupError(f"the page has no data_editor key={key!r} index={index}")
    view = found[index].adapter.probe(found[index].widget)
    assert isinstance(view, QTableView)
    return view


def edit_cell(pilot: QtPilot, view: QTableView, row: int, column: str, value: str | bool) -> None:
    """Double-click a cell, type ``value`` over its text and press Enter; a check box
    (``value`` a bool) is clicked when it shows the other state."""
    model, section = view.model(), column_of(view, column)
    index = model.index(row, section)
    view.scrollTo(index)
    rect = view.visualRect(index)
    if isinstance(value, bool):
        checked = model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        box = QPoint(rect.left() + 10, rect.center().y())
        if checked != value:
            pilot.qtbot.mouseClick(view.viewport(), CLICK, NO_MODIFIER, box)
        return
    pilot.qtbot.mouseClick(view.viewport(), CLICK, NO_MODIFIER, rect.center())
    editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit) or not view.isAncestorOf(editor):  # ("+" row: open)
        pilot.qtbot.mouseDClick(view.viewport(), CLICK, NO_MODIFIER, rect.center())
        editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit) or not view.isAncestorOf(editor):
        raise TypeError(f"the cell ({row}, {column!r}) opens no text editor (read-only, or a picker)")
    editor.selectAll()
    pilot.qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    pilot.qtbot.keyClicks(editor, value)
    pilot.qtbot.keyClick(editor, Qt.Key.Key_Return)
