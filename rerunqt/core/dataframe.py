"""st.dataframe and st.table: show data as a table (st.dataframe can report selections).

The data is read once into a ``FrameData`` (columns as numpy arrays) and carried as a
prop; an unchanged frame compares equal by identity/fingerprint, so a rerun neither
re-reads it nor resets the table. ``st.dataframe(..., on_select="rerun")`` (or a
callable) is a read-only widget whose value is Streamlit's selection state::

    {"selection": {"rows": [0, 2], "columns": ["a"], "cells": [(1, "b")]}}

rows are positions in the data (not the sorted view), columns are column names. As in
Streamlit 1.67, ``st.session_state[key]`` may be assigned (before the table, or in a
callback) to select or clear from code; what does not fit the table is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.button_column import register_button_columns
from rerunqt.core.frame_columns import column_specs, index_hidden, index_spec
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import register
from rerunqt.core.selection import (
    ROW_MODES,
    SelectionState,
    check_on_select,
    empty_selection,
    selection_from_ui,
    selection_modes,
    selection_to_ui,
)
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.frame_columns import ColumnSpec
    from rerunqt.core.frame_data import FrameData

DATAFRAME = KINDS["dataframe"]


def _size(function: str, name: str, value: Any, words: tuple[str, ...]) -> Any:
    if value in words or (value.__class__ is int and value > 0):
        return value
    shown = " or ".join(repr(w) for w in words)
    raise RerunQtAPIError(f"st.{function} {name}={value!r} is not valid; use {shown} or a positive int "
                          f"(pixels).")


def _bool_or_none(function: str, name: str, value: Any) -> bool | None:
    if value is None or value.__class__ is bool:
        return value
    raise RerunQtAPIError(f"st.{function} {name}={value!r} must be True, False or None.")


def dataframe(
    data: Any = None,
    width: int | str = "stretch",
    height: int | str = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    key: str | int | None = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: str | Iterable[str] = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """An interactive table: sort by a header click, resize columns, copy cells (Ctrl+C).

    Returns the element handle, or with ``on_select`` the selection state (a dict with
    attribute access: ``event.selection.rows``).
    """
    width = _size("dataframe", "width", width, ("stretch", "content"))
    height = _size("dataframe", "height", height, ("auto", "stretch", "content"))
    if _bool_or_none("dataframe", "use_container_width", use_container_width):
        width = "stretch"
    elif use_container_width is False and width == "stretch":
        width = "content"
    _bool_or_none("dataframe", "hide_index", hide_index)
    if row_height.__class__ is int and row_height == 0:  # Streamlit's `if row_height:`
        row_height = None
    if row_height is not None and (row_height.__class__ is not int or row_height < 1):
        raise RerunQtAPIError(f"st.dataframe row_height={row_height!r} must be a positive int (pixels) "
                              f"or None.")
    check_on_select(on_select)
    from rerunqt.core.frame_data import frame_of  # numpy: imported at the first table, not at start-up
    from rerunqt.core.frame_inputs import has_range_index, hides_index

    frame = frame_of(data, "dataframe")
    specs = column_specs("dataframe", frame, column_order, column_config)
    register_button_columns(column_config, frame.names)
    if hide_index is None:  # Streamlit's defaults: hidden for data whose index is only positions,
        # and for row numbers when rows are selected (they add nothing to a row selection)
        hide_index = hides_index(data) or index_hidden("dataframe", frame, column_config) or (
            on_select != "ignore" and has_range_index(data)
            and any(mode in ROW_MODES for mode in ([selection_mode] if isinstance(selection_mode, str)
                                                    else selection_mode)))
    props = _table_props(frame, specs, hide_index) + (
        ("width", width), ("height", height), ("row_height", row_height),
        ("placeholder", None if placeholder is None else str(placeholder)),
        ("alt", None if alt is None else str(alt)),
        ("index_column", index_spec("dataframe", frame, column_config)),
    )
    if on_select == "ignore":
        ctx = context.current()
        static = props + (("selection_mode", ()), ("value", None))
        if key is None:
            ctx.add_static("dataframe", static)
        else:  # a key keeps the table's identity (its sort, scroll) wherever it moves
            ctx.add_widget("dataframe", ("dataframe", str(key)), static)
        return _handle(ctx)
    modes = selection_modes(selection_mode)
    names = tuple(spec.name for spec in specs)
    given = empty_selection() if selection_default is None else selection_default
    default = selection_from_ui(selection_to_ui(given, frame.nrows, names, modes), names)
    identity = (frame.shape, frame.names, modes)

    def coerce(value: Any) -> Any:
        """A stored selection from an older table keeps only what still fits (decision 5)."""
        fitted = selection_from_ui(selection_to_ui(value, frame.nrows, names, modes), names)
        return value if fitted == value else fitted

    ctx, wid, value, _ = register(
        DATAFRAME, "", key, identity, default, coerce,
        on_select if callable(on_select) else None, "on_select", None, None, False,
        from_ui=lambda ui: selection_from_ui(ui, names),
        to_ui=lambda state: selection_to_ui(state, frame.nrows, names, modes),
    )
    ui = selection_to_ui(value, frame.nrows, names, modes)
    ctx.add_widget("dataframe", wid, props + (("selection_mode", modes), ("value", ui)))
    return value if isinstance(value, SelectionState) and value == selection_from_ui(ui, names) \
        else selection_from_ui(ui, names)


def _table_props(frame: FrameData, specs: tuple[ColumnSpec, ...], hide_index: bool | None) -> tuple[
        tuple[str, Any], ...]:
    return (("data", frame), ("columns", specs), ("hide_index", bool(hide_index)))


def table(
    data: Any = None,
    *,
    border: bool | str = True,
    width: int | str = "stretch",
    height: int | str = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> Any:
    """A static table: every row shown, no scrolling of its own, no interaction. Without
    ``hide_index`` / ``hide_header``, Streamlit's choice from the data (table_auto.py)."""
    if border not in (True, False, "horizontal"):
        raise RerunQtAPIError(f"st.table border={border!r} is not valid; use True, False or 'horizontal'.")
    width = _size("table", "width", width, ("stretch", "content"))
    height = _size("table", "height", height, ("content", "stretch"))
    from rerunqt.core.frame_data import frame_of
    from rerunqt.core.table_auto import header_hidden, index_hidden

    frame = frame_of(data, "table")
    if hide_index is None:
        hide_index = index_hidden(data, frame)
    if hide_header is None:
        hide_header = header_hidden(data)
    specs = column_specs("table", frame, None, None)
    ctx = context.current()
    ctx.add_static("table", _table_props(frame, specs, hide_index) + (
        ("border", border), ("width", width), ("height", height), ("hide_header", bool(hide_header)),
        ("alt", None if alt is None else str(alt)),
    ))
    return _handle(ctx)
