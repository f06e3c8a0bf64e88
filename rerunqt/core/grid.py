"""st.grid: a container whose direct children become cells that reflow with the width.

``columns`` is "auto" (as many as fit at ``min_column_width``, at most 24) or a count
(a maximum when ``wrap``, kept at every width when not). ``grid.cell(column_span=,
row_span=)`` groups several elements into one cell that may span tracks. The window
lays the cells out (rerunqt/core/grid_place.py places them); the layout props are
checked here so a mistake names the argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context
from rerunqt.core.containers import GAPS, _choice, _height, _key, _width
from rerunqt.core.element import Props
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.blocks import Block, GridBlock

MAX_COLUMNS = 24
MIN_COLUMN_PX = 192  # "auto": Streamlit's 12rem
V_ALIGN = ("top", "center", "bottom", "stretch")
ROW_HEIGHTS = ("content", "equal")


def _columns(columns: Any) -> int | str:
    if columns == "auto":
        return "auto"
    if isinstance(columns, bool) or not isinstance(columns, int) or not 1 <= columns <= MAX_COLUMNS:
        raise RerunQtAPIError(f"st.grid columns={columns!r} is not valid; use \"auto\" or an "
                              f"int from 1 to {MAX_COLUMNS}.")
    return columns


def _pixels(name: str, value: Any, named: tuple[str, ...]) -> int | str:
    if value in named:
        return str(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        choices = " or ".join(f'"{n}"' for n in named)
        raise RerunQtAPIError(f"st.grid {name}={value!r} is not valid; use {choices} or a "
                              f"positive int of pixels.")
    return value


def _one_gap(value: Any, slot: str) -> str | int | None:
    if value is None or value in GAPS:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    names = ", ".join(repr(g) for g in GAPS)
    raise RerunQtAPIError(f"st.grid gap{slot}={value!r} is not valid; use one of {names}, "
                          f"None or a non-negative int of pixels.")


def _gap(gap: Any) -> str | int | tuple[str | int | None, str | int | None] | None:
    """A scalar gap, or a (row_gap, column_gap) pair."""
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise RerunQtAPIError(f"st.grid gap={gap!r} is not valid; a pair must be "
                                  f"(row_gap, column_gap).")
        return (_one_gap(gap[0], "[0] (row_gap)"), _one_gap(gap[1], "[1] (column_gap)"))
    return _one_gap(gap, "")


def grid(
    columns: int | Literal["auto"] = "auto",
    *,
    min_column_width: int | Literal["auto"] = "auto",
    wrap: bool = True,
    gap: str | int | tuple[Any, Any] | list[Any] | None = "small",
    vertical_alignment: Literal["top", "center", "bottom", "stretch"] = "top",
    border: bool = False,
    row_height: int | Literal["content", "equal"] = "content",
    width: int | Literal["stretch"] = "stretch",
    height: int | Literal["content", "stretch"] = "content",
    key: str | int | None = None,
    dense: bool = False,
) -> GridBlock:
    """A responsive grid; each element (or ``grid.cell()``) drawn in it is one cell."""
    from rerunqt.core.blocks import GridBlock  # blocks binds this module's functions

    min_width = _pixels("min_column_width", min_column_width, ("auto",))
    count = _columns(columns)
    if count == "auto" and not wrap:
        raise RerunQtAPIError("st.grid(columns=\"auto\", wrap=False) is not valid: an automatic "
                              "column count always wraps. Pass a number of columns, e.g. "
                              "st.grid(4, wrap=False).")
    props = (
        ("columns", count),
        ("min_column_width", MIN_COLUMN_PX if min_width == "auto" else min_width),
        ("wrap", bool(wrap)),
        ("gap", _gap(gap)),
        ("vertical_alignment", _choice("grid", "vertical_alignment", vertical_alignment, V_ALIGN)),
        ("border", bool(border)),
        ("row_height", _pixels("row_height", row_height, ROW_HEIGHTS)),
        ("width", _width("grid", width)),
        ("height", _height("grid", height)),
        ("dense", bool(dense)),
    )
    ctx = context.current()
    return GridBlock(ctx, ctx.open_container("grid", _key("grid", key), props))


def cell_props(grid_props: dict[str, Any], column_span: Any, row_span: Any) -> Props:
    """The checked props of one ``grid.cell()`` of a grid with ``grid_props``."""
    columns = grid_props.get("columns", "auto")
    if column_span != "all":
        if isinstance(column_span, bool) or not isinstance(column_span, int) or column_span < 1:
            raise RerunQtAPIError(f"grid.cell(column_span={column_span!r}) is not valid; use a "
                                  f"positive int or \"all\" (every column of the grid).")
        if isinstance(columns, int) and column_span > columns:
            raise RerunQtAPIError(f"grid.cell(column_span={column_span!r}) is wider than the grid's "
                                  f"{columns} columns; use 1 to {columns}, or \"all\".")
    if isinstance(row_span, bool) or not isinstance(row_span, int) or row_span < 1:
        raise RerunQtAPIError(f"grid.cell(row_span={row_span!r}) is not valid; use a positive int.")
    return (("column_span", column_span), ("row_span", row_span))


def open_cell(block: Block, column_span: Any, row_span: Any) -> context.ContainerBuilder:
    """Append the next cell to the grid behind ``block`` (not entered)."""
    ctx, builder = block._target()
    props = cell_props(dict(builder.props), column_span, row_span)
    ctx.enter(builder)
    try:
        return ctx.open_container("grid_cell", None, props)
    finally:
        ctx.leave(builder)
