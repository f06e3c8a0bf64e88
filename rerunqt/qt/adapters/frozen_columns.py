"""Pinned columns: the first columns of a table stay visible while it scrolls sideways.

It exists because a QTableView scrolls all its columns (only the row header stays). As in
Qt's "frozen column" example, a second view over the same model and selection shows the
pinned columns on top of the table's left edge, right of the row header; it follows the
table's vertical scroll, row height, column widths, delegate and sort, and hands header
clicks and column resizes back to the table. Streamlit pins columns with
``column_config={...: Column(pinned=True)}`` (they come first, core/frame_columns.py) and
unpins them all when they would take more than 60% of the table's width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

MAX_SHARE = 0.6  # pinned columns wider than this share of the table are not pinned (Streamlit's)


class FrozenColumns:
    """The overlay of one table; ``set_count(n)`` pins its first ``n`` columns."""

    def __init__(self, view: QTableView) -> None:
        self.view = view
        self.count = 0
        self.overlay: QTableView | None = None  # made at the first pinned column
        self.focus_back = _FocusBack(view)  # a closed cell editor hands focus to the overlay

    def _make(self) -> QTableView:
        view = self.view
        overlay = QTableView(view)
        overlay.setObjectName("rqFrozenColumns")
        overlay.setModel(view.model())
        overlay.setSelectionModel(view.selectionModel())
        overlay.setItemDelegate(view.itemDelegate())
        overlay.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a Tab stop; focus goes on to the table
        overlay.setFrameShape(QFrame.Shape.NoFrame)
        overlay.setWordWrap(view.wordWrap())
        overlay.setEditTriggers(view.editTriggers())
        overlay.setSelectionBehavior(view.selectionBehavior())
        overlay.setSelectionMode(view.selectionMode())
        overlay.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        overlay.verticalHeader().hide()
        overlay.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header, main = overlay.horizontalHeader(), view.horizontalHeader()
        header.setDefaultAlignment(main.defaultAlignment())
        header.setHighlightSections(False)
        header.setSectionsClickable(main.sectionsClickable())
        header.setSortIndicatorShown(main.isSortIndicatorShown())
        header.sectionClicked.connect(main.sectionClicked)  # a click sorts (or selects) the table
        header.sectionPressed.disconnect()  # no selection of its cells: the table decides
        header.sectionEntered.disconnect()
        header.sectionResized.connect(self._resized_here)
        main.sectionResized.connect(self._resized_there)
        main.sortIndicatorChanged.connect(self._sorted)
        overlay.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(overlay.verticalScrollBar().setValue)
        view.viewport().stackUnder(overlay)
        overlay.installEventFilter(self.focus_back)
        self.overlay = overlay
        return overlay

    def set_count(self, count: int) -> None:
        self.count = count
        self.sync()

    def sync(self) -> None:
        """Follow the table: pinned columns, widths, row height, delegate, geometry."""
        view, count = self.view, self.count
        overlay = self.overlay
        if count <= 0 and overlay is None:
            return
        if overlay is None:
            overlay = self._make()
        if overlay.model() is not view.model():
            overlay.setModel(view.model())
            overlay.setSelectionModel(view.selectionModel())
        if overlay.selectionMode() != view.selectionMode():
            overlay.setSelectionMode(view.selectionMode())
        if overlay.itemDelegate() is not view.itemDelegate():
            overlay.setItemDelegate(view.itemDelegate())
        main, header = view.horizontalHeader(), overlay.horizontalHeader()
        columns = view.model().columnCount() if view.model() is not None else 0
        width = sum(main.sectionSize(c) for c in range(min(count, columns)))
        shown = 0 < count <= columns and width <= MAX_SHARE * max(1, view.viewport().width())
        if not shown:
            overlay.hide()
            return
        for column in range(columns):
            overlay.setColumnHidden(column, column >= count)
            if column < count and header.sectionSize(column) != main.sectionSize(column):
                header.resizeSection(column, main.sectionSize(column))
        rows = overlay.verticalHeader()
        if rows.defaultSectionSize() != view.verticalHeader().defaultSectionSize():
            rows.setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
        header.setHidden(main.isHidden())
        if main.isSortIndicatorShown():
            header.setSortIndicator(main.sortIndicatorSection(), main.sortIndicatorOrder())
        frame = view.frameWidth() - getattr(view, "outside_frame", int)()  # (a caption's margin)
        left = frame + (0 if view.verticalHeader().isHidden() else view.verticalHeader().width())
        top_height = 0 if main.isHidden() else main.height()
        overlay.setGeometry(left, frame, width, view.viewport().height() + top_height)
        overlay.verticalScrollBar().setValue(view.verticalScrollBar().value())
        overlay.show()
        overlay.raise_()

    def width(self) -> int:
        """How much of the table's left edge the pinned columns cover (0 when not shown)."""
        overlay = self.overlay
        return overlay.width() if overlay is not None and overlay.isVisible() else 0

    def uncover(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """After the table scrolled to ``index``: a cell hidden under the pinned columns is
        scrolled right of them."""
        covered = self.width()
        if not covered or not index.isValid() or index.column() < self.count:
            return
        rect = self.view.visualRect(index)
        if rect.left() < covered:
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.value() - (covered - rect.left()))

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        if self.overlay is not None:
            self.overlay.horizontalHeader().setSortIndicator(column, order)

    def _resized_here(self, column: int, _old: int, new: int) -> None:
        main = self.view.horizontalHeader()
        if column < self.count and main.sectionSize(column) != new:
            main.resizeSection(column, new)  # the user dragged a pinned column's edge

    def _resized_there(self, column: int, _old: int, _new: int) -> None:
        if column < self.count:
            self.sync()

    def contains(self, widget: Any) -> bool:
        overlay = self.overlay
        return overlay is not None and (widget is overlay or widget is overlay.viewport())


class _FocusBack(QObject):
    """Keyboard focus that reaches the overlay (after a cell edit in it) goes to the table."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
