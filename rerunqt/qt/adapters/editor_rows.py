"""The data editor's row header: its index labels, and Streamlit's row-marker checkboxes
where rows may be deleted.

Streamlit 1.67 shows a leading column of square checkboxes when ``num_rows`` lets the user
delete rows ("dynamic", "delete"), even with the index hidden: a tick selects the row,
Delete (or the trash) removes the ticked rows. Here the row header is that column: boxes
at its left edge (the index labels, when shown, at its right), a click selects the row (a
Ctrl+click adds it), and the box is ticked while its whole row is selected.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView

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

