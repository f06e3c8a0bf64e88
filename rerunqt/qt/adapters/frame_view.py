"""The QTableView that st.dataframe and st.table share: sizing, sorting, copying.

It exists so both elements size themselves the same way from a few sampled rows (never
a resize-to-contents over every row), sort on a header click (ascending, descending,
none), and copy the selected cells with Ctrl+C as tab-separated text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from rerunqt.core.button_column import button_key, cell_labels
from rerunqt.core.column_text import CHART_TYPES, coerced
from rerunqt.core.frame_columns import ColumnSpec
from rerunqt.core.frame_data import FrameData
from rerunqt.core.list_cells import CHIP_TYPES, chips, holds_lists
from rerunqt.qt.adapters import frame_copy
from rerunqt.qt.adapters.button_cells import ButtonCells, ButtonColumnInfo
from rerunqt.qt.adapters.cell_images import drawn_image
from rerunqt.qt.adapters.cell_paint import chips_width
from rerunqt.qt.adapters.column_header import ColumnHeader
from rerunqt.qt.adapters.column_spread import ColumnSpread
from rerunqt.qt.adapters.frame_delegate import ColumnDelegate
from rerunqt.qt.adapters.frame_model import SORT_CYCLE, FrameModel
from rerunqt.qt.adapters.frozen_columns import FrozenColumns
from rerunqt.qt.adapters.index_corner import IndexCorner
from rerunqt.qt.adapters.inline_markdown import MarkdownHeader
from rerunqt.qt.adapters.links import open_link, over_text
from rerunqt.qt.adapters.row_markers import MarkdownRowHeader, RowHeader

ROW_HEIGHT = 35  # Streamlit's grid: 35 px rows (its "auto" 400 px shows 10 rows)
AUTO_HEIGHT = 400  # height="auto": Streamlit's table is at most this tall, then it scrolls
MIN_COLUMN, MAX_COLUMN = 50, 320  # Streamlit grid: columns at least 3.125rem (50 px)
_SAMPLE_ROWS = 40
_MEASURED = 4  # of the sampled texts of a column, the longest this many are measured
_MAX_HEIGHT = 16_000_000


class FrameView(QTableView):
    """A table over a FrameModel; its size hint is what its content needs.

    ``markdown``: every text cell and header label may hold Markdown (st.table); else none
    does (a MarkdownColumn cell shows its source on one line, as Streamlit's grid)."""

    max_column = MAX_COLUMN  # the widest a column grows to fit its texts

    def __init__(self, sortable: bool, markdown: bool = False) -> None:
        super().__init__()
        self.frozen = FrozenColumns(self)  # pinned columns (column_config pinned=True)
        self.frame_model = FrameModel()
        self.markdown = markdown
        self.setVerticalHeader((MarkdownRowHeader if markdown else RowHeader)(self.frame_model))
        self.setHorizontalHeader(MarkdownHeader(Qt.Orientation.Horizontal) if markdown else ColumnHeader())
        self.setModel(self.frame_model)
        self.corner = IndexCorner(self)  # the index's title (its name, or column_config's label)
        self.plain_delegate = self.itemDelegate()
        self.column_delegate = ColumnDelegate(self.frame_model, self)
        self.column_delegate.markdown = markdown
        self.buttons = self.column_delegate.buttons = ButtonCells(
            self, self._button_info, self._button_labels, self._button_row)
        self.hint = QSize(240, 120)
        self.overlay: QWidget | None = None  # a MarkdownColumn cell's rendered Markdown
        self.sizes: tuple[Any, Any, int | None] = ("stretch", "auto", None)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # one Tab stop; arrows move the current cell
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setMinimumSectionSize(8)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rows.setHighlightSections(False)
        columns = self.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setHighlightSections(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionsClickable(sortable)
        if sortable:
            columns.setSortIndicatorShown(True)
            columns.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            columns.sectionClicked.connect(self.cycle_sort)
        self.widths = ColumnSpread(columns)

    def show_content(self, frame: FrameData, specs: tuple[ColumnSpec, ...]) -> None:
        """New data or columns: the model, the delegate (only when a cell is drawn), widths."""
        self.frame_model.set_content(frame, specs)
        self.column_delegate.chip_columns = chip_columns = frozenset() if self.markdown else frozenset(
            column for column, spec in enumerate(specs) if spec.type in CHIP_TYPES or (
                spec.type == "auto" and frame.kinds[spec.position] == "object"
                and holds_lists(frame.columns[spec.position])))
        drawn = self.markdown or bool(chip_columns) or any(
            spec.type in ("progress", "button", "image") or spec.type in CHART_TYPES for spec in specs)
        wanted = self.column_delegate if drawn else self.plain_delegate
        if self.itemDelegate() is not wanted:
            self.setItemDelegate(wanted)
        pinned = 0
        while pinned < len(specs) and specs[pinned].pinned:  # pinned columns come first
            pinned += 1
        self.widths.pinned = pinned
        self.fit_columns()
        self.updateGeometries()  # the row labels' header fits the new labels ("4" -> "1504")
        self.frozen.set_count(pinned)

    # ----- ButtonColumn cells -----
    def _button_info(self, column: int) -> ButtonColumnInfo | None:
        specs = self.frame_model.specs
        spec = specs[column] if 0 <= column < len(specs) else None
        if spec is None or spec.type != "button":
            return None
        return ButtonColumnInfo(button_key(spec.options), str(spec.option("button_type", "secondary")),
                                spec.alignment)

    def _button_labels(self, index: QModelIndex) -> list[str]:
        model = self.frame_model
        spec = model.specs[index.column()]
        return cell_labels(model.frame.columns[spec.position][model.data_row(index.row())])

    def _button_row(self, index: QModelIndex) -> int | None:
        return self.frame_model.data_row(index.row())  # the data position, as Streamlit's

    # ----- sorting -----
    def cycle_sort(self, column: int) -> None:
        """A header click: unsorted -> ascending -> descending -> unsorted."""
        model = self.frame_model
        direction = SORT_CYCLE[model.sort_direction(column)]
        model.sort_column(column, direction)
        self.show_sort()

    def show_sort(self) -> None:
        model, header = self.frame_model, self.horizontalHeader()
        column = next((c for c in range(model.columnCount()) if model.sort_direction(c)), -1)
        order = Qt.SortOrder.DescendingOrder if column >= 0 and model.sort_direction(column) == "descending" \
            else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    # ----- links and copying -----
    def link_at(self, index: QModelIndex) -> Any:
        """The URL in a LinkColumn cell (None for any other cell)."""
        model = self.frame_model
        if not index.isValid() or model.specs[index.column()].type != "link":
            return None
        spec = model.specs[index.column()]
        return model.frame.columns[spec.position][model.data_row(index.row())]

    def markdown_at(self, index: QModelIndex) -> str | None:
        """The source of a MarkdownColumn cell of st.dataframe (None for any other cell)."""
        model = self.frame_model
        if self.markdown or not index.isValid() or model.specs[index.column()].type != "markdown":
            return None
        value = model.frame.columns[model.specs[index.column()].position][model.data_row(index.row())]
        return value if isinstance(value, str) else None

    def open_markdown(self, index: QModelIndex) -> bool:
        """A MarkdownColumn cell's overlay, its Markdown rendered (Streamlit's grid)."""
        source = self.markdown_at(index)
        if source is None:
            return False
        from rerunqt.qt.adapters.markdown_overlay import show_overlay

        self.overlay = show_overlay(self, self.visualRect(index), source)
        return True

    def mouseDoubleClickEvent(self, event: Any) -> None:
        if not self.open_markdown(self.indexAt(event.position().toPoint())):
            super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.indexAt(event.position().toPoint())
            url = self.link_at(index)
            if url is not None and over_text(self, index, event.position().toPoint().x()):
                open_link(url)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            url = self.link_at(self.currentIndex())
            if (url is not None and open_link(url)) or self.open_markdown(self.currentIndex()):
                event.accept()
                return
        super().keyPressEvent(event)

    def copy_selection(self) -> str:
        chosen = self.selectionModel().selectedIndexes()
        if not chosen and self.currentIndex().isValid():
            chosen = [self.currentIndex()]
        if not chosen:
            return ""
        cells = [(i.row(), i.column()) for i in chosen]
        selection = self.selectionModel()
        columns = {c for _, c in cells}
        whole = all(selection.isColumnSelected(c, QModelIndex()) for c in columns)
        text = frame_copy.tsv(self.frame_model, cells, with_header=whole)
        QGuiApplication.clipboard().setText(text)
        return text

    # ----- sizes -----
    def fit_columns(self) -> None:
        """Widths from the header and a sample of rows (a spec's width wins)."""
        self.ensurePolished()  # the stylesheet's font, not the default one
        model, metrics = self.frame_model, self.fontMetrics()
        n = model.rowCount()
        sample = sorted({*range(min(n, _SAMPLE_ROWS)), *range(max(0, n - 5), n)})
        natural = []
        for column, spec in enumerate(model.specs):
            if spec.width is not None:
                natural.append(spec.width)
                continue
            if column in self.column_delegate.chip_columns:  # chips: their labels and paddings
                values, table = model.frame.columns[spec.position], spec.option("option_table") or ()
                header = str(model.headerData(column, Qt.Orientation.Horizontal))
                width = max([metrics.horizontalAdvance(header) + 24, *(  # as drawn: "a,b" is two
                    chips_width(chips(coerced(spec.type, values[model.data_row(r)]), table), metrics)
                    for r in sample)])
                natural.append(max(MIN_COLUMN, min(self.max_column, width)))
                continue
            texts = {model.cell_text(spec, model.data_row(r)) for r in sample}
            if spec.type == "image":  # a drawn picture is a row high, not its data URL's width
                texts = {text for text in texts if drawn_image(text) is None}
            # measured: the header and the longest few texts (a proportional font can make a
            # shorter text wider, never much wider), not every sampled cell
            texts = {str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                     *sorted(texts, key=len)[-_MEASURED:]}
            width = max(metrics.horizontalAdvance(t) for t in texts) + 24
            if spec.type == "button":
                width += 36  # the button's own padding
            if spec.type == "progress" or spec.type.endswith("_chart"):
                width = max(width + 60, 120)  # room for the bar or the chart
            natural.append(max(MIN_COLUMN, min(self.max_column, width)))
        self.widths.set_natural(natural)
        self.spread()

    @property
    def natural(self) -> list[int]:
        return self.widths.natural

    def spread(self) -> None:
        """Streamlit's stretched columns (width "stretch" or pixels): a table wider than
        its columns shares the rest equally among them (column_spread.py)."""
        self.widths.spread(self.viewport().width(), self.sizes[0] != "content")
        self.frozen.sync()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.natural:
            self.spread()  # a scroll bar came or went, or the page changed width
        return super().viewportEvent(event)

    def set_row_height(self, height: int | None) -> None:
        self.verticalHeader().setDefaultSectionSize(height or ROW_HEIGHT)
        self.frozen.sync()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.frozen.sync()  # the row header's width or the viewport changed

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: Any = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        super().scrollTo(index, hint)
        self.frozen.uncover(index)  # not under the pinned columns

    def outside_frame(self) -> int:
        """Pixels under the frame that its width counts (st.table's caption margin)."""
        return 0

    def content_height(self, rows: int | None) -> int:
        n = self.frame_model.rowCount()
        shown = n if rows is None else min(n, rows)
        header = 0 if self.horizontalHeader().isHidden() else self.horizontalHeader().sizeHint().height()
        frame = 2 * (self.frameWidth() - self.outside_frame())
        height = header + shown * self.verticalHeader().defaultSectionSize() + frame
        return min(_MAX_HEIGHT, max(height, header + frame + 4)) + self.outside_frame()

    def refit(self) -> None:
        """Apply width ("stretch", "content", px) and height ("auto", "content", "stretch", px)."""
        width, height, _ = self.sizes
        rows = self.verticalHeader()
        index_width = 0 if rows.isHidden() else max(rows.sizeHint().width(), rows.minimumWidth())
        columns = sum(self.natural) if self.natural else self.horizontalHeader().length()
        content_width = index_width + columns + 2 * (self.frameWidth() - self.outside_frame())
        full = self.content_height(None)
        if height == "auto":  # Streamlit: every row, up to 400 px (then it scrolls)
            shown = min(full, AUTO_HEIGHT)
            if full > AUTO_HEIGHT:
                content_width += self.verticalScrollBar().sizeHint().width()
        elif height in ("content", "stretch"):
            shown = full
        else:
            shown = int(height)
        if height in ("auto", "content", "stretch") and self.isVisible() and self.width() < content_width:
            shown += self.horizontalScrollBar().sizeHint().height()  # the scroll bar needs a row
            shown = min(shown, AUTO_HEIGHT) if height == "auto" else shown
        if self.maximumHeight() != shown or self.minimumHeight() != shown:
            self.setFixedHeight(shown)
        wanted = content_width if width in ("content", "stretch") else int(width)
        self.setMaximumWidth(16777215 if width == "stretch" else wanted)
        hint = QSize(wanted, shown)
        if hint != self.hint:
            self.hint = hint
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.hint

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.hint.width(), 120), self.hint.height())

    def select_rows(self, rows: list[int], flags: QItemSelectionModel.SelectionFlag) -> None:
        """Select display rows (used by tests and the selection restore)."""
        model = self.frame_model
        for row in rows:
            self.selectionModel().select(model.index(row, 0), flags | QItemSelectionModel.SelectionFlag.Rows)
