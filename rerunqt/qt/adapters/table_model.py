"""The table model and cell editor of st.data_editor: the rows with the edit delta applied.

It exists to keep the QAbstractTableModel (what each cell shows, what may be edited, the
delta a committed edit produces) and its line-edit delegate apart from the widget box and
the adapter in ``data_editor``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget

from rerunqt.core import table_delta as core
from rerunqt.core.column_text import moment_format
from rerunqt.core.number_format import format_number

if TYPE_CHECKING:
    from rerunqt.qt.adapters.data_editor import EditorBox

_EDITED = QColor(255, 75, 75, 34)
_MUTED = QColor("#808495")
_PATTERNS = {
    "int": QRegularExpression(r"\s*([-+]?\d+)?\s*"),
    "float": QRegularExpression(r"\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)?\s*"),
}
_ROLE = Qt.ItemDataRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CHECKED = Qt.CheckState.Checked


def shown_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "float" and value.__class__ is float and math.isfinite(value):
        if value == 0 or abs(value) >= 1e-4:
            return f"{value:.4f}".rstrip("0").rstrip(".")
        return f"{value:.4g}"
    return str(value)


def formatted(value: Any, kind: str, fmt: str) -> str:
    """A cell in its column_config format (a number format, or momentjs for dates)."""
    try:
        if kind in ("int", "float") and value is not None:
            return format_number(value, fmt)
        if isinstance(value, (date, time)):
            return moment_format(fmt, value)
    except (TypeError, ValueError, KeyError):
        pass
    return shown_text(value, kind)


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
        self.formats: tuple[str | None, ...] | None = None  # column_config formats, per column
        self.placeholder: str | None = None  # shown in an empty (None) cell
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
        self.formats = props.get("formats")
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
            if kind == "bool":
                return None
            value = self.value(row, column)
            if value is None and self.placeholder is not None:  # data_editor placeholder=
                return self.placeholder
            fmt = self.formats[column] if self.formats else None
            return shown_text(value, kind) if fmt is None else formatted(value, kind, fmt)
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
