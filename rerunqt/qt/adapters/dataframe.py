"""st.dataframe and st.table: a FrameView; st.dataframe also reports selections.

A rerun that brings the same frame (equal by identity/fingerprint) changes nothing:
no model reset, so the scroll position, the sort and the selection stay. A changed
frame resets the model once and keeps the sort by the same column name. The selection
is read in data rows (not the sorted view) and sent as ``(rows, columns, cells)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from rerunqt.core.element import Element
from rerunqt.core.selection import UiSelection
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.frame_view import FrameView
from rerunqt.qt.adapters.table_rows import row_heights
from rerunqt.runner.requests import WidgetEvent

_SELECT = QItemSelectionModel.SelectionFlag
_BEHAVIOUR = QAbstractItemView.SelectionBehavior
_MODE = QAbstractItemView.SelectionMode


class DataFrameView(FrameView):
    """The interactive table: sort, resize, copy, and (with modes) selections."""

    def __init__(self) -> None:
        super().__init__(sortable=True)
        self.setObjectName("rqDataFrame")
        self.modes: tuple[str, ...] = ()
        self.shown: UiSelection = ((), (), ())
        self.send: Callable[[UiSelection], None] | None = None
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def cycle_sort(self, column: int) -> None:
        """A header click sorts; with a column selection mode it selects the column instead."""
        if any(mode.endswith("column") for mode in self.modes):
            return  # Qt selected the column on the press; _selection_changed sends it
        kept = self.read_selection()
        super().cycle_sort(column)
        self.show_selection(kept)

    def set_modes(self, modes: tuple[str, ...]) -> None:
        self.modes = modes
        targets = {mode.split("-")[1] for mode in modes}
        if targets == {"row"}:
            self.setSelectionBehavior(_BEHAVIOUR.SelectRows)
        elif targets == {"column"}:
            self.setSelectionBehavior(_BEHAVIOUR.SelectColumns)
        else:
            self.setSelectionBehavior(_BEHAVIOUR.SelectItems)
        single = modes and all(mode.startswith("single") for mode in modes)
        self.setSelectionMode(_MODE.SingleSelection if single else _MODE.ExtendedSelection)

    def read_selection(self) -> UiSelection:
        """What is selected, as data rows, column names and (data row, name) cells."""
        model, chosen = self.frame_model, self.selectionModel()
        names = [spec.name for spec in model.specs]
        modes = self.modes
        rows: tuple[int, ...] = ()
        columns: tuple[str, ...] = ()
        full_rows: set[int] = set()
        full_columns: set[int] = set()
        if any(m.endswith("row") for m in modes):
            full_rows = {i.row() for i in chosen.selectedRows()}
            rows = tuple(sorted(model.data_row(r) for r in full_rows))
        if any(m.endswith("column") for m in modes):
            full_columns = {i.column() for i in chosen.selectedColumns()}
            columns = tuple(names[c] for c in sorted(full_columns))
        cells: tuple[tuple[int, str], ...] = ()
        if any(m.endswith("cell") for m in modes):
            cells = tuple(sorted(
                (model.data_row(i.row()), names[i.column()]) for i in chosen.selectedIndexes()
                if i.row() not in full_rows and i.column() not in full_columns))
        if "single-row" in modes:
            rows = rows[:1]
        if "single-column" in modes:
            columns = columns[:1]
        if "single-cell" in modes:
            cells = cells[:1]
        return rows, columns, cells

    def show_selection(self, ui: UiSelection) -> None:
        """Select what ``ui`` names (data rows mapped through the sort), without an event."""
        model = self.frame_model
        self.shown = ui
        rows, columns, cells = ui
        names = {spec.name: c for c, spec in enumerate(model.specs)}
        last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
        selection = QItemSelection()
        if last_row >= 0 and last_column >= 0:
            for row in rows:
                if 0 <= row <= last_row:
                    shown = model.display_row(row)
                    selection.select(model.index(shown, 0), model.index(shown, last_column))
            for name in columns:
                if name in names:
                    selection.select(model.index(0, names[name]), model.index(last_row, names[name]))
            for row, name in cells:
                if 0 <= row <= last_row and name in names:
                    cell = model.index(model.display_row(row), names[name])
                    selection.select(cell, cell)
        with QSignalBlocker(self.selectionModel()):
            self.selectionModel().select(selection, _SELECT.ClearAndSelect)
        self.viewport().update()

    def _selection_changed(self, *_args: Any) -> None:
        if not self.modes or self.send is None:
            return
        ui = self.read_selection()
        if ui != self.shown:
            self.shown = ui
            self.send(ui)


class DataFrameAdapter(Adapter):
    kind = "dataframe"

    def create(self, element: Element, host: Host) -> QWidget:
        view = DataFrameView()
        view.buttons.send = lambda key, row, label: host.emit_batch(
            [WidgetEvent(key, (row, label)), WidgetEvent(key, True, click=True)])
        if isinstance(element.key, str):  # a widget (on_select): selections go to the script
            widget_id = element.key
            view.send = lambda ui: host.emit(WidgetEvent(widget_id, ui))
        self.update(view, element, element, frozenset(n for n, _ in element.props))
        return view

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, DataFrameView)
        props = new.props_dict()
        if changed & {"alt", "data"}:
            widget.setAccessibleName(props["alt"] or "Data table")
        if "row_height" in changed:
            widget.set_row_height(props["row_height"])
        if "selection_mode" in changed:
            widget.set_modes(props["selection_mode"])
        if "placeholder" in changed and props["placeholder"] != widget.frame_model.placeholder:
            widget.frame_model.placeholder = props["placeholder"]
            widget.viewport().update()
        if changed & {"data", "columns"}:
            kept = widget.read_selection() if widget.modes else ((), (), ())
            scroll = (widget.horizontalScrollBar().value(), widget.verticalScrollBar().value())
            widget.show_content(props["data"], props["columns"])
            widget.show_sort()
            widget.show_selection(props["value"] if "value" in changed and props["value"] else kept)
            widget.horizontalScrollBar().setValue(scroll[0])
            widget.verticalScrollBar().setValue(scroll[1])
        elif "value" in changed and props["value"] is not None and props["value"] != widget.read_selection():
            widget.show_selection(props["value"])
        if changed & {"index_column", "data"}:
            index = props["index_column"]  # column_config of the index, or None
            widget.frame_model.set_index_spec(index)
            widget.corner.set(props["data"].index_name if index is None else index.label,
                              None if index is None else index.width)
        if changed & {"hide_index", "data", "columns", "width", "height", "row_height", "index_column"}:
            widget.verticalHeader().setHidden(props["hide_index"])
            widget.sizes = (props["width"], props["height"], props["row_height"])
            widget.refit()

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


class TableView(FrameView):
    """st.table: every row shown, no scroll bars, no selection, not a Tab stop; a long text
    wraps in its cell and its row grows (st.dataframe cuts it with an ellipsis)."""

    max_column = 400  # Streamlit's tableColumnMaxWidth (25rem): wider than st.dataframe's

    def __init__(self) -> None:
        super().__init__(sortable=False, markdown=True)  # cells and headers may hold Markdown
        self.setObjectName("rqTable")
        self.setSelectionMode(_MODE.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)

    def spread(self) -> None:
        """Column widths, then the rows' heights for the lines their cells wrap into."""
        super().spread()
        header = self.verticalHeader()
        heights = row_heights(self, header.defaultSectionSize())
        changed = False
        for row, height in enumerate(heights):
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)
                changed = True
        if changed:
            self.refit()

    def content_height(self, rows: int | None) -> int:
        shown = super().content_height(rows)
        if rows is None:  # every row, each as tall as its wrapped cells
            header = self.verticalHeader()
            shown += header.length() - self.frame_model.rowCount() * header.defaultSectionSize()
        return shown

    def wheelEvent(self, event: Any) -> None:
        event.ignore()  # the page scrolls, not the table


class TableAdapter(Adapter):
    kind = "table"

    def create(self, element: Element, host: Host) -> QWidget:
        view = TableView()
        self.update(view, element, element, frozenset(n for n, _ in element.props))
        return view

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, TableView)
        props = new.props_dict()
        widget.setAccessibleName(props["alt"] or "Table")
        if changed & {"data", "columns"}:
            widget.show_content(props["data"], props["columns"])
            widget.corner.set(props["data"].index_name, None)
        border = props["border"]
        widget.setShowGrid(border is True)
        widget.setProperty("border", "full" if border is True else "horizontal" if border else "none")
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.horizontalHeader().setHidden(props["hide_header"])
        widget.verticalHeader().setHidden(props["hide_index"])
        height = props["height"]
        widget.sizes = (props["width"], "content" if height == "stretch" else height, None)
        widget.refit()


FRAME_ADAPTERS: list[Adapter] = [DataFrameAdapter(), TableAdapter()]
