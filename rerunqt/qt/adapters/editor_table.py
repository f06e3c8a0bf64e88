"""The data editor's table view: a header click sorts, Enter edits, Delete removes the
selected rows (else empties the selected cells), Ctrl+C / Ctrl+V copy and paste ranges
(editor_clipboard.py), pinned columns lie over it (frozen_columns.py), and its size hint
is the content's size."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from rerunqt.qt.adapters.editor_clipboard import clear_cells, copy_cells, paste_cells
from rerunqt.qt.adapters.frame_model import SORT_CYCLE
from rerunqt.qt.adapters.frozen_columns import FrozenColumns

if TYPE_CHECKING:
    from rerunqt.qt.adapters.data_editor import EditorBox


class EditorTable(QTableView):
    """Enter edits, Delete removes selected rows; the size hint is the content's size."""

    def __init__(self, box: EditorBox) -> None:
        super().__init__()
        self.frozen = FrozenColumns(self)  # pinned columns (column_config pinned=True)
        self.box = box
        self.hint = QSize(240, 120)

    def sizeHint(self) -> QSize:
        return self.hint

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.hint.width(), 120), self.hint.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the "+" row adds a row there and edits the clicked cell, as Streamlit's
        grid appends a row."""
        index = self.indexAt(event.position().toPoint())
        model = self.box.model
        if (event.button() == Qt.MouseButton.LeftButton and index.isValid() and model.trailing
                and index.row() == len(model.order) and not event.modifiers()):
            event.accept()
            self.box.add_row(index.column(), edit=True)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if event.matches(QKeySequence.StandardKey.Copy):
                copy_cells(self.box)
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                paste_cells(self.box)
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
                if rows and self.box.model.deletable:
                    self.box.delete_rows(rows)
                else:  # as Streamlit's grid: the selected cells empty
                    clear_cells(self.box)
                event.accept()
                return
            current = self.currentIndex()
            if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid()
                    and self.box.model.flags(current) & Qt.ItemFlag.ItemIsEditable):
                self.edit(current)
                event.accept()
                return
        super().keyPressEvent(event)

    def cycle_sort(self, column: int) -> None:
        """A header click sorts (ascending, descending, unsorted) where rows cannot be added."""
        model = self.box.model
        if not model.sortable or column >= model.columnCount():
            return
        direction = SORT_CYCLE[model.sort_direction(column)]
        self.box.keep_view(lambda: model.sort_by(model.columns[column], direction))
        self.show_sort()

    def show_sort(self) -> None:
        model, header = self.box.model, self.horizontalHeader()
        column = next((c for c in range(model.columnCount()) if model.sort_direction(c)), -1)
        header.setSortIndicatorShown(column >= 0)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if column >= 0 and
                                model.sort_direction(column) == "descending" else Qt.SortOrder.AscendingOrder)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.box.refit()

    def edit(self, index: Any,
             trigger: Any = QAbstractItemView.EditTrigger.AllEditTriggers, event: Any = None) -> Any:
        """A pinned cell is edited in the pinned columns' view, which lies over this one."""
        frozen, overlay = self.frozen, self.frozen.overlay
        if overlay is not None and frozen.width() and index.isValid() and index.column() < frozen.count:
            return overlay.edit(index, trigger, event)
        return super().edit(index, trigger, event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.box.spread()  # a scroll bar came or went, or the page changed width
        return super().viewportEvent(event)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.frozen.sync()

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: Any = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        super().scrollTo(index, hint)
        self.frozen.uncover(index)  # not under the pinned columns
