"""The selection state of st.dataframe, in Streamlit's shape, and its front-end form.

Streamlit returns ``{"selection": {"rows": [...], "columns": [...], "cells": [...]}}``
with attribute access (``event.selection.rows``). The front end exchanges a plain,
immutable ``(rows, columns, cells)`` tuple: row positions in the data, column names,
and (row, column name) pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rerunqt.errors import StreamlitIncompatibleParametersError, StreamlitValueError

MODES = ("single-row", "single-row-required", "multi-row", "single-column", "multi-column",
         "single-cell", "multi-cell")
ROW_MODES = ("single-row", "single-row-required", "multi-row")
UiSelection = tuple[tuple[int, ...], tuple[str, ...], tuple[tuple[int, str], ...]]


class SelectionState(dict[str, Any]):
    """A dict whose keys read as attributes too (``event.selection.rows``), as Streamlit's."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"the selection state has no {name!r}; it has {sorted(self)}") from None


def empty_selection() -> SelectionState:
    return selection_from_ui(((), (), ()), ())


def selection_from_ui(ui: Any, names: tuple[str, ...]) -> SelectionState:
    rows, columns, cells = ui
    return SelectionState(selection=SelectionState(
        rows=list(rows), columns=list(columns), cells=[tuple(cell) for cell in cells]))


def check_on_select(on_select: Any) -> None:
    """``on_select`` of a selectable element (table, chart, map): Streamlit 1.67's error."""
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def selection_modes(mode: str | Iterable[str]) -> tuple[str, ...]:
    """The checked modes: one, or a list (at most one of single/multi per target); an empty
    list selects nothing, as in Streamlit (no error). Errors in Streamlit 1.67's words."""
    modes = (mode,) if isinstance(mode, str) else tuple(mode)
    if not set(modes) <= set(MODES):
        raise StreamlitValueError("selection_mode", [f"'{one}'" for one in sorted(MODES)])
    rows = sorted({one for one in modes if one in ROW_MODES})
    if len(rows) > 1:
        raise StreamlitIncompatibleParametersError(
            *(f"selection_mode='{one}'" for one in rows),
            explanation="Only one row selection mode can be specified.")
    for target in ("column", "cell"):
        if f"single-{target}" in modes and f"multi-{target}" in modes:
            raise StreamlitIncompatibleParametersError(f"selection_mode='single-{target}'",
                                                       f"selection_mode='multi-{target}'")
    return tuple(sorted(set(modes), key=MODES.index))


def selection_to_ui(state: Any, nrows: int, names: tuple[str, ...], modes: tuple[str, ...]) -> UiSelection:
    """A selection (stored, a default, or from an older table) fitted to this table and modes.

    Rows and columns keep their order (the order shown, or the one the script gave, as
    Streamlit's), without repeats; cells in row, then column order. "single-row-required"
    always has a row: the first one when none is given.
    """
    if not isinstance(state, Mapping):
        return (), (), ()
    inner = state.get("selection", state)
    if not isinstance(inner, Mapping):
        return (), (), ()
    rows = tuple(dict.fromkeys(r for r in _items(inner.get("rows")) if _is_row(r, nrows)))
    columns = tuple(dict.fromkeys(str(c) for c in _items(inner.get("columns")) if str(c) in names))
    place = {name: i for i, name in enumerate(names)}
    cells = tuple(sorted(
        {(int(c[0]), str(c[1])) for c in inner.get("cells", ())
         if isinstance(c, (tuple, list)) and len(c) == 2 and _is_row(c[0], nrows) and str(c[1]) in place},
        key=lambda cell: (cell[0], place[cell[1]])))
    rows = rows if "multi-row" in modes else rows[:1] if any(m in ROW_MODES for m in modes) else ()
    if "single-row-required" in modes and not rows and nrows > 0:
        rows = (0,)
    columns = columns if "multi-column" in modes else columns[:1] if "single-column" in modes else ()
    cells = cells if "multi-cell" in modes else cells[:1] if "single-cell" in modes else ()
    return rows, columns, cells


def _items(value: Any) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, (list, tuple)) else ()


def _is_row(value: Any, nrows: int) -> bool:
    return value.__class__ is int and 0 <= value < nrows
