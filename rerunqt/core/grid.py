"""st.grid: a container whose direct children become cells that reflow with the width.

``columns`` is "auto" (as many as fit at ``min_column_width``, at most 24) or a count
(a maximum when ``wrap``, kept at every width when not). The window lays the cells out;
the layout props are checked here so a mistake names the argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context
from rerunqt.core.containers import GAPS, _block, _choice, _height, _key, _width
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.blocks import Block

MAX_COLUMNS = 24
MIN_COLUMN_PX = 192  # "auto": Streamlit's 12rem
V_ALIGN = ("top", "center", "bottom", "stretch")


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


def grid(
    columns: int | Literal["auto"] = "auto",
    *,
    min_column_width: int | Literal["auto"] = "auto",
    wrap: bool = True,
    gap: str | None = "small",
    vertical_alignment: Literal["top", "center", "bottom", "stretch"] = "top",
    border: bool = False,
    row_height: int | Literal["content"] = "content",
    width: int | Literal["stretch"] = "stretch",
    height: int | Literal["content", "stretch"] = "content",
    key: str | int | None = None,
    dense: bool = False,
) -> Block:
    """A responsive grid; each element (or container) drawn in it is one cell."""
    min_width = _pixels("min_column_width", min_column_width, ("auto",))
    props = (
        ("columns", _columns(columns)),
        ("min_column_width", MIN_COLUMN_PX if min_width == "auto" else min_width),
        ("wrap", bool(wrap)),
        ("gap", None if gap is None else _choice("grid", "gap", gap, GAPS)),
        ("vertical_alignment", _choice("grid", "vertical_alignment", vertical_alignment, V_ALIGN)),
        ("border", bool(border)),
        ("row_height", _pixels("row_height", row_height, ("content",))),
        ("width", _width("grid", width)),
        ("height", _height("grid", height)),
        ("dense", bool(dense)),
    )
    ctx = context.current()
    return _block(ctx, ctx.open_container("grid", _key("grid", key), props))
