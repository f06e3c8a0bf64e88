"""The data editor's row header: its index labels, and Streamlit's row-marker checkboxes
where rows may be deleted.

Streamlit 1.67 shows a leading column of square checkboxes when ``num_rows`` lets the user
delete rows ("dynamic", "delete"), even with the index hidden: a tick selects the row,
Delete (or the trash) removes the ticked rows. Here the row header is that column: boxes
at its left edge (the index labels, when shown, at its right); a click ticks or unticks its
row (the others stay ticked, as check boxes), and a box is ticked while its whole row is
selected; the corner's box ticks or unticks every row. Without markers a click selects
the row, as Qt's row header does.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QHeaderView, QTableView

from rerunqt.qt.adapters.row_markers import MARKER_WIDTH, paint_box


class EditorRowHeader(QHeaderView):
    """Row labels (``labels``), with a checkbox per row when ``markers``."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.markers = False
        self.labels = True
        self.setSectionsClickable(True)  # as QTableView's own: a click selects the row

    def set_look(self, markers: bool, labels: bool) -> None:
        if (markers, labels) != (self.markers, self.labels):
            self.markers, self.labels = markers, labels
            self.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if markers
                                     else Qt.AlignmentFlag.AlignCenter)
            self.updateGeometry()
            self.viewport().update()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.markers:
            return hint
        return QSize((hint.width() if self.labels else 0) + MARKER_WIDTH, hint.height())

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        super().paintSection(painter, rect, index)
        model = self.model()
        rows = getattr(model, "order", None)
        if not self.markers or rows is None or index >= len(rows):  # not on the "+" row
            return
        selection = self.selectionModel()
        checked = selection is not None and selection.isRowSelected(index)
        paint_box(painter, self, QRect(rect.left(), rect.top(), MARKER_WIDTH, rect.height()), checked, False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        section = self.logicalIndexAt(event.position().toPoint())
        model, selection = self.model(), self.selectionModel()
        rows = getattr(model, "order", None)
        if (not self.markers or event.button() != Qt.MouseButton.LeftButton or rows is None
                or selection is None or section < 0):
            super().mousePressEvent(event)
            return
        event.accept()
        if section >= len(rows):
            return  # the "+" row has no box
        flags = QItemSelectionModel.SelectionFlag
        index = model.index(section, 0)
        if not selection.isRowSelected(section):  # a cell selection gives way to the ticks
            chosen = {i.row() for i in selection.selectedIndexes()}
            if any(not selection.isRowSelected(r) for r in chosen):
                selection.clearSelection()
        selection.select(index, flags.Toggle | flags.Rows)
        selection.setCurrentIndex(index, flags.NoUpdate)


def ticked(table: QTableView) -> tuple[bool, bool]:
    """(every row ticked, some row ticked): the corner's select-all box."""
    model, selection = table.model(), table.selectionModel()
    rows = len(getattr(model, "order", ()))
    count = sum(1 for r in range(rows) if selection.isRowSelected(r))
    return bool(rows) and count == rows, count > 0


def tick_all(table: QTableView) -> None:
    """The corner's box: tick every row (not the "+" row), or untick them all."""
    model, selection = table.model(), table.selectionModel()
    rows = len(getattr(model, "order", ()))
    every, _ = ticked(table)
    selection.clearSelection()
    if not every and rows and model.columnCount():
        flags = QItemSelectionModel.SelectionFlag
        selection.select(QItemSelection(model.index(0, 0), model.index(rows - 1, model.columnCount() - 1)),
                         flags.Select | flags.Rows)
