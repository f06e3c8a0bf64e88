"""Range edits of st.data_editor's table model: a paste or Delete over many cells.

It exists to keep, apart from the Qt model, how Streamlit's grid writes a range: as one
delta, leaving out read-only columns and values that do not fit (a number below its
``min_value``, a word that is no option of a SelectboxColumn), adding pasted rows past the
last when rows may be added, and never emptying a required cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rerunqt.core import table_delta as core
from rerunqt.core.cell_clipboard import copy_text, pasted_bool
from rerunqt.core.editor_columns import check_cell, typed_number
from rerunqt.core.frame_text import is_missing

if TYPE_CHECKING:
    from rerunqt.qt.adapters.table_model import EditorModel


def copied(model: EditorModel, row: int, column: int) -> str:
    """A cell as Ctrl+C copies it ("" on the "+" row)."""
    return copy_text(model.value(row, column)) if row < len(model.order) else ""


def _option(config: dict[str, Any], value: Any) -> Any:
    """A pasted SelectboxColumn value: the option it names; ValueError for no option."""
    options = config.get("options")
    if value is None or config.get("type") != "selectbox" or not options:
        return value
    labels = config.get("option_labels") or ()
    for i, option in enumerate(options):
        if str(option) == str(value) or (i < len(labels) and labels[i] == str(value)):
            return option
    raise ValueError(f"{value!r} is not an option")


def _fitted(model: EditorModel, column: int, value: Any, pasted: bool) -> Any:
    """A cell's new value as its column takes it; ValueError / TypeError when it does not."""
    kind, config = model.types[column], model.config(column)
    if pasted:
        value = pasted_bool(value) if kind == "bool" else core.parse_cell(kind, value)
        value = _option(config, value)
    if value is not None:
        check_cell(kind, config, value)
        value = typed_number(kind, config, value)
    return value


def delta_with_cells(model: EditorModel, cells: Iterable[tuple[int, int, Any]],
                     pasted: bool) -> core.Delta | None:
    """Many (display row, column, value) cells at once, as Streamlit's grid pastes a range
    (``pasted``: values are text to parse) or clears one with Delete (values None).

    A pasted row past the last is added when rows may be added, else dropped. None when
    nothing changes.
    """
    delta, n, shown = model.delta, len(model.rows), len(model.order)
    first_new, new_rows = n + len(delta["added_rows"]), 0  # (data position of a row added here)
    for row, column, value in cells:
        if row >= shown + new_rows:
            if not pasted or not model.trailing:
                continue
            delta, new_rows = core.with_added(delta, model.new_row()), new_rows + 1
        if model.read_only or column in model.locked or column >= len(model.columns) or (
                value is None and model.config(column).get("required")):
            continue  # (Delete leaves a required cell filled)
        try:
            value = _fitted(model, column, value, pasted)
        except (TypeError, ValueError):
            continue
        position = model.order[row] if row < shown else first_new + row - shown
        name = model.columns[column]
        if position >= n:
            added = delta["added_rows"][position - n]
            if added.get(name) is not value and not core.same_cell(value, added.get(name)):
                delta = core.copy_delta(delta)
                delta["added_rows"][position - n] = {k: v for k, v in {**added, name: value}.items()
                                                     if v is not None}  # as Streamlit sends them
            continue
        current = delta["edited_rows"].get(position, {}).get(name, model.rows[position][column])
        if current is value or (core.same_cell(value, current) if value is not None
                                else is_missing(current)):
            continue
        delta = core.with_edit(delta, n, position, name, value, (model.rows[position][column],))
    return None if delta is model.delta else delta
