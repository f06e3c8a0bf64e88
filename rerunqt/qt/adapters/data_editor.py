"""st.data_editor: a QTableView over a QAbstractTableModel (never a grid of widgets).

The model shows the original rows with the edit delta applied. A committed cell edit
(Enter, focus out, a checkbox click) computes the new delta and emits it once, as the
front-end form (``core.ui_form``). A rerun that brings the same delta changes nothing;
new rows or columns only reset the model (the view, its selection and scroll stay).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core import table_delta as core
from rerunqt.core.button_column import button_key, cell_labels
from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button_cells import ButtonCells, ButtonColumnInfo
from rerunqt.qt.adapters.cell_editors import DRAWN, CellDelegate
from rerunqt.qt.adapters.column_spread import ColumnSpread
from rerunqt.qt.adapters.editor_rows import EditorRowHeader, tick_all, ticked
from rerunqt.qt.adapters.editor_table import EditorTable
from rerunqt.qt.adapters.index_corner import IndexCorner
from rerunqt.qt.adapters.table_model import EditorModel
from rerunqt.runner.requests import WidgetEvent

MAX_AUTO_HEIGHT = 400
ROW_HEIGHT = 35  # as st.dataframe's rows (qt/adapters/frame_view.py)
MIN_COLUMN, MAX_COLUMN = 50, 320  # Streamlit grid: columns at least 3.125rem (50 px)
_SELECT = QItemSelectionModel.SelectionFlag
_CONTENT = frozenset({"columns", "labels", "types", "disabled_columns", "rows", "index", "num_rows",
                      "disabled", "help", "formats", "column_types", "pinned", "index_title"})
# a new Styler each run: its cells repainted, not the model reset (edits and focus stay)


class EditorBox(QWidget):
    """The table, plus Add/Delete buttons as num_rows allows ("dynamic", "add", "delete")."""

    def __init__(self) -> None:
        super().__init__()
        self.model = EditorModel()
        self.size_props: tuple[Any, ...] = ("stretch", "auto")
        self.widths: ColumnSpread | None = None  # set once the table exists
        self.table = table = EditorTable(self)
        self.frozen = table.frozen
        self.corner = IndexCorner(table)  # the index's title (config label or its name)
        self.corner.all_state = lambda: ticked(table)  # the row markers' select-all box
        self.widths = ColumnSpread(table.horizontalHeader())
        table.setObjectName("rqDataEditor")
        table.setVerticalHeader(EditorRowHeader())  # index labels; row markers (editor_rows.py)
        table.setModel(self.model)
        table.setItemDelegate(CellDelegate(self))
        self.button_cells = ButtonCells(table, self._button_info, self._button_labels, self._button_row)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move between cells
        table.setWordWrap(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setMinimumSectionSize(8)  # row_height= may ask for less than the default
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        columns = table.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setResizeContentsPrecision(200)
        columns.setHighlightSections(False)
        columns.sectionPressed.disconnect()  # a header click sorts; it selects no column
        columns.sectionEntered.disconnect()
        columns.sectionClicked.connect(table.cycle_sort)
        rows.setHighlightSections(False)
        self.add_button = QPushButton("+ Add row")
        self.delete_button = QPushButton("Delete rows")
        self.buttons = QWidget()
        button_row = QHBoxLayout(self.buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.setSpacing(6)
        for button in (self.add_button, self.delete_button):
            button.setObjectName("rqDataEditorButton")
            button_row.addWidget(button)
        button_row.addStretch(1)
        self.buttons.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.row)
        layout.addWidget(self.buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.send: Callable[[core.UiDelta], None] = lambda ui: None
        self.index_title = ""
        self.editor: QWidget | None = None
        self.host: Host | None = None
        self.add_button.clicked.connect(lambda: self.add_row())
        self.delete_button.clicked.connect(self._delete_selected)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(self._rows_changed)  # a row typed into the "+" row
        self.model.modelReset.connect(self._rows_changed)

    # ----- ButtonColumn cells (read-only; their clicks go to the column's key) -----
    def _button_info(self, column: int) -> ButtonColumnInfo | None:
        config = self.model.config(column)
        if config.get("type") != "button":
            return None
        return ButtonColumnInfo(button_key(config), str(config.get("button_type") or "secondary"))

    def _button_labels(self, index: QModelIndex) -> list[str]:
        if index.row() >= len(self.model.order):  # the "+" row
            return []
        return cell_labels(self.model.value(index.row(), index.column()))

    def _button_row(self, index: QModelIndex) -> int | None:
        order = self.model.order
        position = order[index.row()] if index.row() < len(order) else None
        return position if position is not None and position < len(self.model.rows) else None

    def _rows_changed(self, *_args: Any) -> None:
        self.refit()

    # ----- user actions -----
    def add_row(self, column: int = 0, edit: bool = False) -> None:
        """A new row (its columns' defaults), current at ``column``; ``edit`` opens its editor."""
        model = self.model
        self._replace(model.delta_with_row())
        model.emit_delta(model.ui)
        self.table.setFocus()
        index = model.index(len(model.order) - 1, column)
        self.table.setCurrentIndex(index)
        if edit and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)

    def delete_rows(self, rows: list[int]) -> None:
        delta = self.model.delta_without(rows)
        if delta is not None:
            self._replace(delta)
            self.model.emit_delta(self.model.ui)

    def commit(self, delta: core.Delta | None) -> bool:
        """Show a delta made by a range edit (paste, Delete) and send it: one event."""
        if delta is None:
            return False
        self._replace(delta)
        self.model.emit_delta(self.model.ui)
        return True

    def step(self, rows: int, columns: int) -> None:
        """Move the current cell (after Enter or Tab in a cell editor), inside the table."""
        current, model = self.table.currentIndex(), self.model
        if current.isValid():
            row = min(max(current.row() + rows, 0), model.rowCount() - 1)
            column = min(max(current.column() + columns, 0), model.columnCount() - 1)
            self.table.setCurrentIndex(model.index(row, column))

    def _delete_selected(self) -> None:
        self.delete_rows(sorted({i.row() for i in self.table.selectionModel().selectedIndexes()}))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        self.delete_button.setEnabled(any(r < len(self.model.order) for r in rows))
        self.table.verticalHeader().viewport().update()  # the row markers' ticks
        if self.corner.button is not None:
            self.corner.button.update()

    # ----- pending edits (an open cell editor is committed before another rerun) -----
    def editor_opened(self, editor: QWidget) -> None:
        self.editor = editor
        if self.host is not None:
            self.host.set_pending(self, self.flush)

    def editor_closed(self, editor: QWidget) -> None:
        if self.editor is editor:
            self.editor = None
            if self.host is not None:
                self.host.set_pending(self, None)

    def flush(self) -> WidgetEvent | None:
        if self.host is not None:
            self.host.set_pending(self, None)
        editor, model = self.editor, self.model
        if editor is None:
            return None
        captured: list[core.UiDelta] = []
        model.emit_delta = captured.append
        try:
            self.table.itemDelegate().commitData.emit(editor)
        finally:
            model.emit_delta = self.send
        return self.event_for(captured[-1]) if captured else None

    event_for: Callable[[core.UiDelta], WidgetEvent]

    # ----- updates from the script -----
    def set_content(self, props: dict[str, Any]) -> None:
        self.index_title = str(props.get("index_title") or "")
        self.keep_view(lambda: self.model.set_props(props))
        assert self.widths is not None
        with self.widths.quiet():
            self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        natural = []
        fixed = props.get("column_widths") or ()
        for column in range(self.model.columnCount()):
            if column < len(fixed) and fixed[column] is not None:  # column_config width wins
                natural.append(fixed[column])
                continue
            width = header.sectionSize(column) + 16
            if self.model.config(column).get("type") in DRAWN:
                width = max(width + 60, 120)  # room for the bar or the chart, as st.dataframe
            natural.append(max(MIN_COLUMN, min(MAX_COLUMN, width)))
        self.widths.set_natural(natural)
        self.widths.pinned = props.get("pinned") or 0  # Streamlit grows only unpinned columns
        self.spread()
        self.frozen.set_count(props.get("pinned") or 0)
        self.table.show_sort()
        self.add_button.setVisible(self.model.trailing)
        self.delete_button.setVisible(self.model.deletable)
        self.buttons.setVisible(self.model.trailing or self.model.deletable)
        self._selection_changed(QItemSelection(), QItemSelection())

    def show_delta(self, ui: core.UiDelta) -> None:
        if self.model.same_shape(ui):
            self.model.show_delta(ui)
        else:
            self._replace(core.from_ui_form(ui))

    def _replace(self, delta: core.Delta) -> None:
        self.keep_view(lambda: self.model._set_delta(delta))

    def keep_view(self, change: Callable[[], None]) -> None:
        """Reset the model; keep the current cell, the selection and the scroll position."""
        table, model = self.table, self.model
        current = table.currentIndex()
        spot = (current.row(), current.column()) if current.isValid() else None
        chosen = table.selectionModel().selection()
        ranges = [(r.top(), r.left(), r.bottom(), r.right())
                  for r in (chosen.at(i) for i in range(chosen.count()))]
        scroll = (table.horizontalScrollBar().value(), table.verticalScrollBar().value())
        model.beginResetModel()
        change()
        model.endResetModel()
        rows, columns = model.rowCount(), model.columnCount()
        if rows and columns:
            selection = QItemSelection()
            for top, left, bottom, right in ranges:
                if top < rows and left < columns:
                    selection.select(model.index(top, left),
                                     model.index(min(bottom, rows - 1), min(right, columns - 1)))
            flags = _SELECT.ClearAndSelect
            if spot is not None:
                table.selectionModel().setCurrentIndex(
                    model.index(min(spot[0], rows - 1), min(spot[1], columns - 1)),
                    _SELECT.NoUpdate)
            table.selectionModel().select(selection, flags)
        table.horizontalScrollBar().setValue(scroll[0])
        table.verticalScrollBar().setValue(scroll[1])

    def set_sizes(self, width: int | str, height: int | str, hide_index: bool) -> None:
        """Streamlit's width ("stretch", "content" or px) and height ("auto", "content",
        "stretch" or px)."""
        self.size_props = (width, height)
        header = self.table.verticalHeader()
        assert isinstance(header, EditorRowHeader)
        header.set_look(self.model.deletable, not hide_index)
        header.setHidden(hide_index and not self.model.deletable)
        if self.model.plus_in_cells != hide_index:  # as Streamlit's grid marks the add row
            self.model.plus_in_cells = hide_index
            self.model.layoutChanged.emit()
        self.corner.select_all = (lambda: tick_all(self.table)) if self.model.deletable else None
        self.corner.set(self.index_title, None, "square" if self.model.deletable else None, not hide_index)
        align = Qt.AlignmentFlag(0) if width == "stretch" else Qt.AlignmentFlag.AlignLeft
        self.row.setAlignment(self.table, align)
        self.refit()
        self.spread()

    def refit(self) -> None:
        """Size to the content: up to MAX_AUTO_HEIGHT for "auto", every row for "content"
        (and "stretch", which has no height to fill on a page), else the given height."""
        table = self.table
        width, height = self.size_props
        frame = 2 * table.frameWidth()
        header_height = table.horizontalHeader().sizeHint().height()
        full = header_height + table.verticalHeader().length() + frame
        rows = table.verticalHeader()  # at least as wide as the index's title (IndexCorner)
        index_width = 0 if rows.isHidden() else max(rows.sizeHint().width(), rows.minimumWidth())
        natural = self.widths.natural if self.widths is not None else []
        columns = sum(natural) if natural else table.horizontalHeader().length()
        content = index_width + columns + frame
        fitted = height in ("auto", "content", "stretch")
        limit = MAX_AUTO_HEIGHT if height == "auto" else None
        shown = (full if limit is None else min(limit, full)) if fitted else int(height)
        if full > shown:
            content += table.verticalScrollBar().sizeHint().width()
        wanted = content if width in ("stretch", "content") else int(width)
        if fitted and table.width() < content and table.isVisible():
            shown = full + table.horizontalScrollBar().sizeHint().height()
            shown = shown if limit is None else min(limit, shown)
        if table.height() != shown or table.maximumHeight() != shown:
            table.setFixedHeight(shown)
        table.setMaximumWidth(16777215 if width == "stretch" else wanted)
        hint = QSize(wanted, shown)
        if hint != table.hint:
            table.hint = hint
            table.updateGeometry()

    def spread(self) -> None:
        """As st.dataframe's: a table wider than its columns (width "stretch" or pixels)
        shares the rest equally among them (column_spread.py)."""
        widths = self.widths
        if widths is None or len(widths.natural) != self.model.columnCount():
            return  # during construction, or before the first content
        widths.spread(self.table.viewport().width(), self.size_props[0] != "content")
        self.frozen.sync()


class DataEditorAdapter(Adapter):
    kind = "data_editor"

    def create(self, element: Element, host: Host) -> QWidget:
        box = EditorBox()
        box.setObjectName("rqDataEditorBox")
        widget_id = element.key
        box.host = host

        def event_for(ui: core.UiDelta) -> WidgetEvent:
            return WidgetEvent(widget_id, ui)

        def emit(ui: core.UiDelta) -> None:
            host.emit(WidgetEvent(widget_id, ui))

        box.event_for = event_for
        box.button_cells.send = lambda key, row, label: host.emit_batch(
            [WidgetEvent(key, (row, label)), WidgetEvent(key, True, click=True)])
        box.send = box.model.emit_delta = emit
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, EditorBox)
        props = new.props_dict()
        if changed & {"help", "columns", "alt"}:  # no label: named by alt=, else its columns
            names = ", ".join(str(c) for c in (props.get("labels") or props.get("columns") or ()))
            widget.table.setAccessibleName(props.get("alt") or f"Data editor: {names}"[:200])
            # help: one text per shown column (column_config help=), or None
            labels = props.get("labels") or props.get("columns") or ()
            helps = zip(labels, props.get("help") or ())
            widget.table.setAccessibleDescription("; ".join(f"{c}: {h}" for c, h in helps if h))
        if "placeholder" in changed:
            widget.model.placeholder = props.get("placeholder")
            widget.model.layoutChanged.emit()
        if "row_height" in changed:
            widget.table.verticalHeader().setDefaultSectionSize(props.get("row_height") or ROW_HEIGHT)
        if changed & _CONTENT:
            widget.set_content(props)
        elif "styles" in changed:
            model = widget.model
            model.styles = props.get("styles")
            if model.rowCount() and model.columnCount():
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1, model.columnCount() - 1))
        elif props["value"] != widget.model.ui:
            widget.show_delta(props["value"])
        if "row_height" in changed:
            widget.frozen.sync()
        if changed & {"width", "height", "hide_index", "row_height"} or (changed & _CONTENT):
            widget.set_sizes(props["width"], props["height"], props["hide_index"])

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        assert isinstance(widget, EditorBox)
        return [widget.table, widget.add_button, widget.delete_button]

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, EditorBox)
        return widget.table


DATA_EDITOR_ADAPTERS: list[Adapter] = [DataEditorAdapter()]
