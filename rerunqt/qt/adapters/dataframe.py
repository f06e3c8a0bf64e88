"""st.dataframe and st.table: a FrameView; st.dataframe also reports selections.

A rerun that brings the same frame (equal by identity/fingerprint) changes nothing:
no model reset, so the scroll position, the sort and the selection stay. A changed
frame resets the model once and keeps the sort by the same column name. The selection
is read in data rows (not the sorted view) and sent as ``(rows, columns, cells)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QWidget

from rerunqt.core.element import Element
from rerunqt.core.frame_levels import numeric_index
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.dataframe_view import DataFrameView
from rerunqt.qt.adapters.frame_view import FrameView, RowHeader
from rerunqt.qt.adapters.table_caption import TableCaption
from rerunqt.qt.adapters.table_rows import row_heights
from rerunqt.runner.requests import WidgetEvent

_MODE = QAbstractItemView.SelectionMode
_MIDDLE = Qt.AlignmentFlag.AlignVCenter
_EMPTY_TEXT = QColor("#808495")  # Streamlit's gray70
__all__ = ["FRAME_ADAPTERS", "DataFrameAdapter", "DataFrameView", "TableAdapter", "TableView"]


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
        elif "value" in changed and props["value"] is not None and (
                props["value"] != widget.read_selection() or "selection_mode" in changed):
            widget.show_selection(props["value"])
        if "data" in changed:  # Streamlit's index column: numbers at the right, text at the left
            widget.verticalHeader().setDefaultAlignment(_MIDDLE | (
                Qt.AlignmentFlag.AlignRight if numeric_index(props["data"]) else Qt.AlignmentFlag.AlignLeft))
        if changed & {"index_column", "data", "selection_mode", "hide_index"}:
            index = props["index_column"]  # column_config of the index, or None
            widget.frame_model.set_index_spec(index)
            marker, labels = widget.marker, not props["hide_index"]
            header = widget.verticalHeader()
            assert isinstance(header, RowHeader)
            header.set_marker(marker, labels)
            widget.corner.set(props["data"].index_name if index is None else index.label,
                              None if index is None else index.width, marker, labels)
        if changed & {"hide_index", "data", "columns", "width", "height", "row_height", "index_column",
                      "selection_mode"}:
            widget.verticalHeader().setHidden(props["hide_index"] and widget.marker is None)
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
        self.frame_model.table_cells = True
        # the index reads left to right, as the th cells of Streamlit's table (st.dataframe: right)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSelectionMode(_MODE.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self._rows_for: tuple[object, ...] = ()  # what the last row heights were measured for
        self._rows: list[int] = []
        self.caption = TableCaption(self)  # a Styler's caption, under the table

    def spread(self) -> None:
        """Column widths, then the rows' heights for the lines their cells wrap into
        (measured again only when the data, columns, widths or font changed: measuring
        reads every cell, half a second for 3000 rows)."""
        super().spread()
        header = self.verticalHeader()
        model = self.frame_model
        measured_for = (model.frame, model.specs, header.defaultSectionSize(), self.font().key(),
                        self.palette().color(self.palette().ColorRole.Base).rgba(),
                        tuple(self.columnWidth(c) for c in range(model.columnCount())))
        if len(self._rows_for) != len(measured_for) or measured_for[0] is not self._rows_for[0] \
                or measured_for[1:] != self._rows_for[1:]:
            self._rows_for = measured_for
            self._rows = row_heights(self, header.defaultSectionSize())
        heights = self._rows
        changed = False
        for row, height in enumerate(heights):
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)
                changed = True
        if changed:
            self.refit()

    def outside_frame(self) -> int:
        return self.caption.room

    def content_height(self, rows: int | None) -> int:
        self.caption.fit()  # (its room at this width first: the frame's width counts it)
        shown = super().content_height(rows)
        header = self.verticalHeader()
        if self.frame_model.rowCount() == 0:  # room for the "empty" row
            return shown + header.defaultSectionSize()
        if rows is None:  # every row, each as tall as its wrapped cells
            shown += header.length() - self.frame_model.rowCount() * header.defaultSectionSize()
        return shown

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.caption.fit()  # (the label sits at the bottom)

    def paintEvent(self, event: Any) -> None:
        """A table without rows reads "empty" (grey, italic, centred) in one row, as Streamlit's."""
        super().paintEvent(event)
        if self.frame_model.rowCount():
            return
        painter = QPainter(self.viewport())
        font = painter.font()
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(_EMPTY_TEXT)
        row = QRect(0, 0, self.viewport().width(), self.verticalHeader().defaultSectionSize())
        painter.drawText(row, Qt.AlignmentFlag.AlignCenter, "empty")
        painter.end()

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
            styles = props["data"].styles
            widget.caption.set_text(None if styles is None else styles.caption)
        border = props["border"]
        model = widget.frame_model
        if model.right_numeric_headers != (border is not True):  # Streamlit: numbers' headers
            model.right_numeric_headers = border is not True     # at the right without a grid
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, model.columnCount() - 1))
        widget.setShowGrid(border is True)
        drawn = "full" if border is True else "horizontal" if border else "none"
        if widget.property("border") != drawn:  # (a polish restyles every cell: a third of a
            widget.setProperty("border", drawn)  # second for 3000 rows; only when it changed)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        widget.horizontalHeader().setHidden(props["hide_header"])
        widget.verticalHeader().setHidden(props["hide_index"])
        height = props["height"]
        widget.sizes = (props["width"], "content" if height == "stretch" else height, None)
        widget.refit()


FRAME_ADAPTERS: list[Adapter] = [DataFrameAdapter(), TableAdapter()]
