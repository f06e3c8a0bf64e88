"""The table model and cell editor of st.data_editor: the rows with the edit delta applied.

It exists to keep the QAbstractTableModel (what each cell shows, what may be edited, the
delta a committed edit produces) and its line-edit delegate apart from the widget box and
the adapter in ``data_editor``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from rerunqt.core import table_delta as core
from rerunqt.core.cell_dates import DATE_KINDS, typed_cell
from rerunqt.core.column_text import (
    CHART_TYPES,
    NOT_BOOLEAN,
    as_boolean,
)
from rerunqt.core.editor_columns import check_cell, typed_number
from rerunqt.core.frame_sort import sort_values
from rerunqt.core.frame_text import MISSING, is_missing
from rerunqt.qt.adapters.editor_cell_text import formatted, shown_text
from rerunqt.qt.adapters.editor_marks import edit_icon
from rerunqt.qt.colours import qcolor

_EDITED = QColor(255, 75, 75, 34)
_MUTED = QColor("#808495")
_LINK = QColor("#1c83e1")
_FADED = QColor("#a3a8b8")  # a missing value's "None", as st.dataframe shows it
_NO_TEXT = frozenset({"progress"}) | CHART_TYPES  # drawn by the delegate
_ROLE = Qt.ItemDataRole
_STYLED = frozenset(int(r.value) for r in (_ROLE.ForegroundRole, _ROLE.BackgroundRole, _ROLE.FontRole))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CHECKED = Qt.CheckState.Checked


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
        self.configs: tuple[dict[str, Any], ...] = ()  # column_config type options, per column
        self.placeholder: str | None = None  # shown in an empty (None) cell
        self.plus_in_cells = False  # the index is hidden: "+" in the add row's first cell
        self.can_add = False  # num_rows "dynamic" or "add"
        self.can_delete = False  # num_rows "dynamic" or "delete"
        self.read_only = False
        self.styles: Any = None  # a Styler's cells (core.styler_cells.ShownStyles), or None
        self.delta: core.Delta = core.empty_delta()
        self.ui: core.UiDelta = core.ui_form(self.delta)
        self.order: list[int] = []
        self.sorting: tuple[str, str] | None = None  # (column name, "ascending" / "descending")
        self.sorted_rows: list[int] | None = None  # the data rows in that order
        self.emit_delta: Callable[[core.UiDelta], None] = lambda ui: None

    # ----- state -----
    def set_props(self, props: dict[str, Any]) -> None:
        """New content: call between beginResetModel and endResetModel."""
        self.columns, self.labels, self.types = props["columns"], props["labels"], props["types"]
        self.rows, self.index_labels, self.helps = props["rows"], props["index"], props["help"]
        self.formats = props.get("formats")
        types = props.get("column_types") or ()
        self.configs = tuple(dict(t or ()) for t in types)
        locked = set(props["disabled_columns"])
        self.locked = frozenset(i for i, name in enumerate(self.columns) if name in locked)
        self.can_add = props["num_rows"] in ("dynamic", "add")
        self.can_delete = props["num_rows"] in ("dynamic", "delete")
        self.read_only = bool(props["disabled"])
        self.styles = props.get("styles")
        self._set_delta(core.from_ui_form(props["value"]))
        if self.sorting is not None:  # kept by column name over new data
            self.sort_by(self.sorting[0], self.sorting[1])

    def _set_delta(self, delta: core.Delta) -> None:
        """Show ``delta``; ``ui`` (what is sent) leaves out added rows that miss a required
        value, as Streamlit's grid keeps them on screen until they are complete."""
        required = [name for i, name in enumerate(self.columns)
                    if self.config(i).get("required") and i not in self.locked and not self.read_only]
        sent = delta
        if required and any(is_missing(row.get(name)) for row in delta["added_rows"] for name in required):
            sent = core.copy_delta(delta)
            sent["added_rows"] = [row for row in delta["added_rows"]
                                  if not any(is_missing(row.get(name)) for name in required)]
        self.delta, self.ui = delta, core.ui_form(sent)
        n, deleted = len(self.rows), set(delta["deleted_rows"])
        self.order = [i for i in (self.sorted_rows or range(n)) if i not in deleted]
        self.order += range(n, n + len(delta["added_rows"]))

    @property
    def sortable(self) -> bool:
        """As Streamlit 1.67: a header click sorts an editor to which rows cannot be added."""
        return not self.can_add

    def sort_direction(self, column: int) -> str | None:
        kept = self.sorting
        return kept[1] if kept is not None and self.columns[column:column + 1] == (kept[0],) else None

    def sort_by(self, name: str, direction: str | None) -> None:
        """Rows in the order of a column's values, edits included (call within a reset);
        an edit later does not move its row, as in Streamlit's grid, until the next sort."""
        if direction is None or name not in self.columns or not self.sortable:
            self.sorting = self.sorted_rows = None
        else:
            column, n = self.columns.index(name), len(self.rows)
            edited = self.delta["edited_rows"]
            values = [edited[p][name] if name in edited.get(p, ()) else self.rows[p][column]
                      for p in range(n)]
            self.sorting, self.sorted_rows = (name, direction), sort_values(values, direction == "descending")
        self._set_delta(self.delta)

    def new_row(self) -> dict[str, Any]:
        """A row the user adds: the columns' ``default`` values, as Streamlit's grid."""
        return {name: self.config(i)["default"] for i, name in enumerate(self.columns)
                if self.config(i).get("default") is not None}

    def same_shape(self, ui: core.UiDelta) -> bool:
        """Would this delta show the same number of rows (no reset needed)?"""
        return len(ui[1]) - len(ui[2]) == len(self.ui[1]) - len(self.ui[2])

    def show_delta(self, ui: core.UiDelta) -> None:
        """A delta from the script with the same row count: repaint, keep editors and selection."""
        self._set_delta(core.from_ui_form(ui))
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(self.rowCount() - 1, 0))

    def config(self, column: int) -> dict[str, Any]:
        """The column's type options (type, format, min_value...); {} when not configured."""
        return self.configs[column] if column < len(self.configs) else {}

    def editable(self, column: int) -> bool:
        return not self.read_only and column < len(self.columns) and column not in self.locked

    def missing_required(self, row: int, column: int) -> bool:
        """An empty cell of a required column the user may edit (Streamlit marks it)."""
        return (row < len(self.order) and bool(self.config(column).get("required"))
                and self.editable(column) and is_missing(self.value(row, column)))

    def is_link(self, column: int) -> bool:
        return self.config(column).get("type") == "link"

    @property
    def trailing(self) -> bool:
        """Rows may be added: a last, empty row to type a new row into."""
        return self.can_add and not self.read_only

    @property
    def deletable(self) -> bool:
        """Rows may be deleted (num_rows "dynamic" or "delete")."""
        return self.can_delete and not self.read_only

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
            if column == 0 and self.plus_in_cells:  # the index column's "+", without one
                return "+" if role == _ROLE.DisplayRole else _FADED if role == _ROLE.ForegroundRole else None
            return None
        kind = self.types[column]
        if role == _ROLE.DisplayRole:
            if kind == "bool":
                return None
            value = self.value(row, column)
            config = self.config(column)
            if config.get("type") in _NO_TEXT or self._text_check(value, column) is not None:
                return None
            styled = self._styler_text(row, column, kind, config)
            if styled is not None:
                return styled
            if is_missing(value):  # as Streamlit: a faded "None", or placeholder= (a new row too)
                return MISSING if self.placeholder is None else self.placeholder
            return formatted(value, kind, config) if config else shown_text(value, kind)
        if role == _ROLE.EditRole:
            value = self.value(row, column)
            if kind in DATE_KINDS:
                return typed_cell(kind, value)
            if kind == "list":
                return "" if value is None else ", ".join(value)
            return "" if value is None else repr(value) if kind == "float" else str(value)
        if self.styles is not None and int(role) in _STYLED:
            found = self._styler_role(row, column, role)
            if found is not None:
                return found
        if role == _ROLE.FontRole and self.is_link(column):
            font = QFont()
            font.setUnderline(True)
            return font
        if role == _ROLE.ForegroundRole and kind != "bool" and is_missing(self.value(row, column)):
            return _FADED
        if role == _ROLE.ForegroundRole and self.is_link(column) and not (
                column in self.locked or self.read_only):
            return _LINK
        if role == _ROLE.CheckStateRole and kind == "bool":
            return _CHECKED if self.value(row, column) else Qt.CheckState.Unchecked
        if role == _ROLE.CheckStateRole:
            return self._text_check(self.value(row, column), column)
        if role == _ROLE.TextAlignmentRole and kind in ("int", "float"):
            return _RIGHT
        if role == _ROLE.BackgroundRole and self._edited(row, column):
            return _EDITED
        if role == _ROLE.ForegroundRole and (column in self.locked or self.read_only):
            return _MUTED
        return None

    def _styler_cell(self, row: int, column: int) -> tuple[Any, int, int] | None:
        """(Styler cells, data row, data column) of a cell its Styler styles: one of the
        data's own rows in a column that cannot be edited (Streamlit 1.67 styles no other)."""
        shown = self.styles
        if shown is None or not (self.read_only or column in self.locked) or row >= len(self.order):
            return None
        position = self.order[row]
        where = shown.positions[column] if column < len(shown.positions) else None
        if position >= len(self.rows) or where is None:
            return None
        return shown.cells, position, where

    def _styler_text(self, row: int, column: int, kind: str, config: dict[str, Any]) -> str | None:
        """The Styler's text of a locked text, number, link or date cell whose column sets
        no format or display text of its own, as Streamlit's grid writes it."""
        found = self._styler_cell(row, column) if self.styles is not None else None
        if found is None or kind == "list" or config.get("format") or config.get("display_text") \
                or config.get("type") not in (None, "text", "number", "link", "date", "time", "datetime"):
            return None
        cells, position, where = found
        return cells.text(position, where)

    def _styler_role(self, row: int, column: int, role: int) -> Any:
        """A locked cell's Styler colour or font-weight (what Streamlit's grid reads)."""
        found = self._styler_cell(row, column)
        if found is None:
            return None
        cells, position, where = found
        if role == _ROLE.FontRole:
            styled = cells.font(position, where)
            if styled is None or styled.weight is None:
                return None
            font = QFont()
            font.setWeight(QFont.Weight(min(max(styled.weight, 100), 900)))
            return font
        name = "color" if role == _ROLE.ForegroundRole else "background-color"
        colour = qcolor(cells.colour(position, where, name))
        return colour if colour.isValid() else None

    def _text_check(self, value: Any, column: int) -> Qt.CheckState | None:
        """A CheckboxColumn over text or numbers: the check box Streamlit's grid draws for
        the words it reads as booleans ("yes", "no", "1"...; empty is unchecked); None
        where the cell shows its text (not a checkbox column, or not a boolean word)."""
        if self.config(column).get("type") != "checkbox" or self.types[column] == "bool":
            return None
        shown = as_boolean(value)
        if shown is NOT_BOOLEAN:
            return None
        return _CHECKED if shown else Qt.CheckState.Unchecked

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
            if role == _ROLE.DecorationRole and self.editable(section):
                return edit_icon()  # as Streamlit 1.67 marks an editable column
            return None
        if role != _ROLE.DisplayRole:
            return None
        if self.plus_in_cells:  # the index is hidden: the header holds only row markers
            return ""
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
                if value is not None:
                    check_cell(kind, self.config(column), value)
                    value = typed_number(kind, self.config(column), value)
            except (TypeError, ValueError):
                return False  # refused: the cell keeps its value
        else:
            return False
        name, n = self.columns[column], len(self.rows)
        if row >= len(self.order):  # the trailing row becomes a new row; a new trailing row appears
            if value is None:
                return False
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self._set_delta(core.with_added(self.delta, {**self.new_row(), name: value}))
            self.endInsertRows()
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row + 1)
        else:
            if core.same_cell(value, self.value(row, column)):
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
        return core.with_added(self.delta, self.new_row())
