"""The edit delta of st.data_editor, apart from any table: its two forms and its edits.

It exists so the Qt model and the AppTest view can build and convert deltas (Streamlit's
dict form <-> the front end's nested tuples, a checked cell value, one edit, an added or
deleted row) without the data reading or the widget call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time
from typing import Any

from rerunqt.core.cell_dates import DATE_KINDS, iso_cell

_TYPE_NAMES = {"bool": "a bool", "int": "an int", "float": "a number", "str": "text", "date": "a date",
               "time": "a time", "datetime": "a datetime",
               "list": "a list"}

Delta = dict[str, Any]
UiDelta = tuple[tuple[Any, ...], tuple[Any, ...], tuple[int, ...]]


def empty_delta() -> Delta:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


# ----------------------------------------------------------------------------- cells and deltas
def parse_cell(kind: str, value: Any) -> Any:
    """``value`` as a cell of a ``kind`` column; ValueError when it does not fit."""
    if value is None:
        return None
    cls = value.__class__
    if kind in DATE_KINDS:
        if cls is str and not value.strip():
            return None
        return iso_cell(kind, value)
    if kind == "list":  # a list of text (typed as "a, b"): a list, as the script reads it
        if cls is str:
            return [part.strip() for part in value.split(",") if part.strip()]
        if cls in (list, tuple) or hasattr(value, "tolist"):
            return [str(item) for item in (value.tolist() if hasattr(value, "tolist") else value)]
    if cls is str and kind in ("int", "float", "bool"):
        value = value.strip()
        if not value:
            return None
    if kind == "str":
        if cls is str:
            return value
        if cls in (int, float, bool):
            return str(value)
    elif kind == "int":
        if cls is int:
            return value
        if cls is float and value.is_integer():
            return int(value)
        if cls is str:
            return int(value)
    elif kind == "float":
        if cls is float:
            return value
        if cls is int or cls is str:
            return float(value)
    elif kind == "bool":
        if cls is bool:
            return value
        if cls is int and value in (0, 1):
            return bool(value)
        if cls is str and value.lower() in ("true", "false"):
            return value.lower() == "true"
    raise ValueError(f"{value!r} is not {_TYPE_NAMES.get(kind, 'editable')}")


def same_cell(value: Any, original: Any) -> bool:
    """Is an edited value the original one (a date's ISO string is the date)?"""
    if isinstance(original, (date, time)) and value.__class__ is str:
        return original.isoformat() == value
    return value == original and type(value) is type(original)


def ui_form(delta: Delta) -> UiDelta:
    """The plain, immutable form of a (checked) delta: the element's value prop."""
    return (
        tuple((row, _frozen(cells)) for row, cells in sorted(delta["edited_rows"].items())),
        tuple(_frozen(added) for added in delta["added_rows"]),
        tuple(sorted(delta["deleted_rows"])),
    )


def _frozen(cells: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """A row's cells as sorted pairs, a list cell (MultiselectColumn, ListColumn) as a tuple."""
    return tuple(sorted((name, tuple(value) if value.__class__ is list else value)
                        for name, value in cells.items()))



def from_ui_form(ui: Any) -> Delta:
    edited, added, deleted = ui
    return {
        "edited_rows": {row: dict(cells) for row, cells in edited},
        "added_rows": [dict(cells) for cells in added],
        "deleted_rows": [int(row) for row in deleted],
    }


def with_edit(delta: Delta, n_base: int, row: int, column: str, value: Any,
              original: tuple[Any, ...] | None = None) -> Delta:
    """``delta`` with one cell set; ``row`` counts the data's rows, then the added rows.

    An edit back to the ``original`` value (a 1-tuple, when known) drops the edit.
    """
    out = copy_delta(delta)
    if row >= n_base:
        out["added_rows"][row - n_base][column] = value
        return out
    cells = out["edited_rows"].setdefault(row, {})
    if original is not None and same_cell(value, original[0]):
        cells.pop(column, None)
        if not cells:
            del out["edited_rows"][row]
    else:
        cells[column] = value
    return out


def with_added(delta: Delta, cells: Mapping[str, Any] | None = None) -> Delta:
    out = copy_delta(delta)
    out["added_rows"].append(dict(cells or {}))
    return out


def with_deleted(delta: Delta, n_base: int, rows: Iterable[int]) -> Delta:
    """``delta`` with rows deleted: a data row joins ``deleted_rows``, an added row goes."""
    out = copy_delta(delta)
    deleted = set(out["deleted_rows"])
    for row in sorted(set(rows), reverse=True):
        if row >= n_base:
            del out["added_rows"][row - n_base]
        elif row >= 0:
            deleted.add(row)
            out["edited_rows"].pop(row, None)
    out["deleted_rows"] = sorted(deleted)
    return out


def copy_delta(delta: Mapping[str, Any]) -> Delta:
    return {
        "edited_rows": {row: dict(cells) for row, cells in delta.get("edited_rows", {}).items()},
        "added_rows": [dict(cells) for cells in delta.get("added_rows", [])],
        "deleted_rows": list(delta.get("deleted_rows", [])),
    }
