"""st.data_editor: a QTableView over a QAbstractTableModel (never a grid of widgets).

The model shows the original rows with the edit delta applied. A committed cell edit
(Enter, focus out, a checkbox click) computes the new delta and emits it once, as the
front-end form (``core.ui_form``). A rerun that brings the same delta changes nothing;
new rows or columns only reset the model (the view, its selection and scroll stay).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QRegularExpression,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core import data_editor as core
from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.runner.requests import WidgetEvent

MAX_AUTO_HEIGHT = 400
ROW_HEIGHT = 30
MIN_COLUMN, MAX_COLUMN = 64, 320
_EDITED = QColor(255, 75, 75, 34)
_MUTED = QColor("#808495")
_PATTERNS = {
    "int": QRegularExpression(r"\s*([-+]?\d+)?\s*"),
    "float": QRegularExpression(r"\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)?\s*"),
}
_ROLE = Qt.ItemDataRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CHECKED = Qt.CheckState.Checked
_SELECT = QItemSelectionModel.SelectionFlag
_CONTENT = frozenset({"columns", "labels", "types", "disabled_columns", "rows", "index", "num_rows",
                      "disabled", "help"})


def shown_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "float" and value.__class__ is float and math.isfinite(value):
        if value == 0 or abs(value) >= 1e-4:
            return f"{value:.4f}".rstrip("0").rstrip(".")
        return f"{value:.4g}"
    return str(value)


class EditorModel(QAbstractTableModel):
    """Original rows + delta; display row -> data position through ``order``."""

    def __init__(self) -> None:
        super().__init__()
        self.columns: tuple[str, ...] = ()
        self.labels: tuple[str, ...] = ()
        self.types: tuple[str, ...] = ()
        self.rows: tuple[tuple[Any, ...], ...] = ()
        self.locked: frozenset[int] = frozenset()
        self.index_labels: tuple[str, ...] | None = None
        self.helps: tuple[str | None, ...] | None = None
        self.dynamic = False
        self.read_only = False
        self.delta: core.Delta = core.empty_delta()
        self.ui: core.UiDelta = core.ui_form(self.delta)
        self.order: list[int] = []
        self.emit_delta: Callable[[core.UiDelta], None] = lambda ui: None

    # ----- state -----
    def set_props(self, props: dict[str, Any]) -> None:
        """New content: call between beginResetModel and endResetModel."""
        self.columns, self.labels, self.types = props["columns"], props["labels"], props["types"]
        self.rows, self.index_labels, self.helps = props["rows"], props["index"], props["help"]
        locked = set(props["disabled_columns"])
        self.locked = frozenset(i for i, name in enumerate(self.columns) if name in locked)
        self.dynamic = props["num_rows"] == "dynamic"
        self.read_only = bool(props["disabled"])
        self._set_delta(core.from_ui_form(props["value"]))

    def _set_delta(self, delta: core.Delta) -> None:
        self.delta, self.ui = delta, core.ui_form(delta)
        n, deleted = len(self.rows), set(delta["deleted_rows"])
        self.order = [i for i in range(n) if i not in deleted]
        self.order += range(n, n + len(delta["added_rows"]))

    def same_shape(self, ui: core.UiDelta) -> bool:
        """Would this delta show the same number of rows (no reset needed)?"""
        return len(ui[1]) - len(ui[2]) == len(self.ui[1]) - len(self.ui[2])

    def show_delta(self, ui: core.UiDelta) -> None:
        """A delta from the script with the same row count: repaint, keep editors and selection."""
        self._set_delta(core.from_ui_form(ui))
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(self.rowCount() - 1, 0))

    @property
    def trailing(self) -> bool:
        """Dynamic rows: a last, empty row to type a new row into."""
        return self.dynamic and not self.read_only

    def value(self, row: int, column: int) -> Any:
        position, n = self.order[row], len(self.rows)
        if position >= n:
            return self.delta["added_rows"][position - n].get(self.columns[column])
        edits = self.delta["edited_rows"].get(position)
        if edits is not None and self.columns[column] in edits:
            return edits[self.columns[column]]
        return self.rows[position][column]

    def _edited(self, row: int, column: int) -> bool:
        position = self.order[row]
        if position >= len(self.rows):
            return True
        edits = self.delta["edited_rows"].get(position)
        return edits is not None and self.columns[column] in edits

    # ----- Qt model interface -----
    def rowCount(self, parent: Any = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.order) + (1 if self.trailing else 0)

    def columnCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def data(self, index: Any, role: int = _ROLE.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if row >= len(self.order):
            if role == _ROLE.ToolTipRole:
                return "Type here to add a row"
            return None
        kind = self.types[column]
        if role == _ROLE.DisplayRole:
            return None if kind == "bool" else shown_text(self.value(row, column), kind)
        if role == _ROLE.EditRole:
            value = self.value(row, column)
            return "" if value is None else repr(value) if kind == "float" else str(value)
        if role == _ROLE.CheckStateRole and kind == "bool":
            return _CHECKED if self.value(row, column) else Qt.CheckState.Unchecked
        if role == _ROLE.TextAlignmentRole and kind in ("int", "float"):
            return _RIGHT
        if role == _ROLE.BackgroundRole and self._edited(row, column):
            return _EDITED
        if role == _ROLE.ForegroundRole and (column in self.locked or self.read_only):
            return _MUTED
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() in self.locked:
            return flags
        if self.types[index.column()] == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == _ROLE.DisplayRole and section < len(self.labels):
                return self.labels[section]
            if role == _ROLE.ToolTipRole and self.helps and section < len(self.helps):
                return self.helps[section]
            return None
        if role != _ROLE.DisplayRole:
            return None
        if section >= len(self.order):
            return "+"
        position = self.order[section]
        if self.index_labels is None:
            return str(position)
        return self.index_labels[position] if position < len(self.rows) else ""

    def setData(self, index: Any, value: Any, role: int = _ROLE.EditRole) -> bool:
        row, column = index.row(), index.column()
        if not index.isValid() or not self.flags(index) & ~(Qt.ItemFlag.ItemIsEnabled
                                                           | Qt.ItemFlag.ItemIsSelectable):
            return False
        kind = self.types[column]
        if role == _ROLE.CheckStateRole and kind == "bool":
            value = getattr(value, "value", value) == _CHECKED.value
        elif role == _ROLE.EditRole and kind != "bool":
            try:
                value = core.parse_cell(kind, value)
            except (TypeError, ValueError):
                return False  # refused: the cell keeps its value
        else:
            return False
        name, n = self.columns[column], len(self.rows)
        if row >= len(self.order):  # the trailing row becomes a new row; a new trailing row appears
            if value is None:
                return False
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self._set_delta(core.with_added(self.delta, {name: value}))
            self.endInsertRows()
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row + 1)
        else:
            current = self.value(row, column)
            if current == value and type(current) is type(value):
                return True
            position = self.order[row]
            original = (self.rows[position][column],) if position < n else None
            self._set_delta(core.with_edit(self.delta, n, position, name, value, original))
            self.dataChanged.emit(index, index)
        self.emit_delta(self.ui)
        return True

    def delta_without(self, rows: list[int]) -> core.Delta | None:
        positions = [self.order[r] for r in rows if 0 <= r < len(self.order)]
        return core.with_deleted(self.delta, len(self.rows), positions) if positions else None

    def delta_with_row(self) -> core.Delta:
        return core.with_added(self.delta, {})


class _Delegate(QStyledItemDelegate):
    """A plain line editor for every typed cell; numbers get a validator."""

    def __init__(self, box: EditorBox) -> None:
        super().__init__(box.table)
        self.box = box

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("rqDataEditorCell")
        pattern = _PATTERNS.get(self.box.model.types[index.column()])
        if pattern is not None:
            editor.setValidator(QRegularExpressionValidator(pattern, editor))
        self.box.editor_opened(editor)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: Any, index: Any) -> None:
        editor.setGeometry(option.rect)  # the whole cell, not the padded text area

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(_ROLE.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _ROLE.EditRole)

    def destroyEditor(self, editor: QWidget, index: Any) -> None:
        self.box.editor_closed(editor)
        super().destroyEditor(editor, index)


class _Table(QTableView):
    """Enter edits, Delete removes selected rows; the size hint is the content's size."""

    def __init__(self, box: EditorBox) -> None:
        super().__init__()
        self.box = box
        self.hint = QSize(240, 120)

    def sizeHint(self) -> QSize:
        return self.hint

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.hint.width(), 120), self.hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.box.model.trailing:
                rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
                if rows:
                    self.box.delete_rows(rows)
                    event.accept()
                    return
            current = self.currentIndex()
            if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid()
                    and self.box.model.flags(current) & Qt.ItemFlag.ItemIsEditable):
                self.edit(current)
                event.accept()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.box.refit()


class EditorBox(QWidget):
    """The table, plus Add/Delete buttons when rows are dynamic."""

    def __init__(self) -> None:
        super().__init__()
        self.model = EditorModel()
        self.table = table = _Table(self)
        table.setObjectName("rqDataEditor")
        table.setModel(self.model)
        table.setItemDelegate(_Delegate(self))
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
        rows.setMinimumSectionSize(ROW_HEIGHT)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        columns = table.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setResizeContentsPrecision(200)
        columns.setHighlightSections(False)
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
        self.editor: QWidget | None = None
        self.host: Host | None = None
        self.size_props: tuple[Any, ...] = (None, None, False)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self._delete_selected)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(self._rows_changed)  # a row typed into the "+" row
        self.model.modelReset.connect(self._rows_changed)

    def _rows_changed(self, *_args: Any) -> None:
        self.refit()

    # ----- user actions -----
    def add_row(self) -> None:
        model = self.model
        self._replace(model.delta_with_row())
        model.emit_delta(model.ui)
        self.table.setFocus()
        self.table.setCurrentIndex(model.index(len(model.order) - 1, 0))

    def delete_rows(self, rows: list[int]) -> None:
        delta = self.model.delta_without(rows)
        if delta is not None:
            self._replace(delta)
            self.model.emit_delta(self.model.ui)

    def _delete_selected(self) -> None:
        self.delete_rows(sorted({i.row() for i in self.table.selectionModel().selectedIndexes()}))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        self.delete_button.setEnabled(any(r < len(self.model.order) for r in rows))

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
        self._keeping_view(lambda: self.model.set_props(props))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            width = header.sectionSize(column) + 16
            header.resizeSection(column, max(MIN_COLUMN, min(MAX_COLUMN, width)))
        self.buttons.setVisible(self.model.trailing)
        self._selection_changed(QItemSelection(), QItemSelection())

    def show_delta(self, ui: core.UiDelta) -> None:
        if self.model.same_shape(ui):
            self.model.show_delta(ui)
        else:
            self._replace(core.from_ui_form(ui))

    def _replace(self, delta: core.Delta) -> None:
        self._keeping_view(lambda: self.model._set_delta(delta))

    def _keeping_view(self, change: Callable[[], None]) -> None:
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

    def set_sizes(self, width: int | None, height: int | None, stretch: bool, hide_index: bool) -> None:
        self.size_props = (width, height, stretch)
        self.table.verticalHeader().setHidden(hide_index)
        self.table.horizontalHeader().setStretchLastSection(stretch)
        align = Qt.AlignmentFlag(0) if stretch else Qt.AlignmentFlag.AlignLeft
        self.row.setAlignment(self.table, align)
        self.refit()

    def refit(self) -> None:
        """Size to the content, up to MAX_AUTO_HEIGHT (or the given height), then scroll."""
        table = self.table
        width, height, stretch = self.size_props
        frame = 2 * table.frameWidth()
        header_height = table.horizontalHeader().sizeHint().height()
        full = header_height + table.verticalHeader().length() + frame
        index_width = 0 if table.verticalHeader().isHidden() else table.verticalHeader().sizeHint().width()
        content = index_width + table.horizontalHeader().length() + frame
        shown = height or min(MAX_AUTO_HEIGHT, full)
        if full > shown:
            content += table.verticalScrollBar().sizeHint().width()
        wanted = width or content
        if not height and table.width() < content and table.isVisible():
            shown = min(MAX_AUTO_HEIGHT, full + table.horizontalScrollBar().sizeHint().height())
        if table.height() != shown or table.maximumHeight() != shown:
            table.setFixedHeight(shown)
        if stretch:
            table.setMaximumWidth(16777215)
        else:
            table.setMaximumWidth(wanted)
        hint = QSize(wanted, shown)
        if hint != table.hint:
            table.hint = hint
            table.updateGeometry()


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
        box.send = box.model.emit_delta = emit
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, EditorBox)
        props = new.props_dict()
        if changed & _CONTENT:
            widget.set_content(props)
        elif props["value"] != widget.model.ui:
            widget.show_delta(props["value"])
        if changed & {"width", "height", "use_container_width", "hide_index"} or changed & _CONTENT:
            widget.set_sizes(props["width"], props["height"], props["use_container_width"],
                             props["hide_index"])

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        assert isinstance(widget, EditorBox)
        return [widget.table, widget.add_button, widget.delete_button]

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, EditorBox)
        return widget.table


DATA_EDITOR_ADAPTERS: list[Adapter] = [DataEditorAdapter()]
