"""st.skeleton: a grey placeholder that holds the place of content still loading.

Standalone it is an ``st.empty()`` slot showing the skeleton: any ``placeholder.x(...)``
replaces it. As a context manager (as ``st.spinner``) the skeleton shows while the block
runs and clears when it exits, even on an exception; what the block draws goes to the
enclosing container, not into the slot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context
from rerunqt.core.containers import _width
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.blocks import SkeletonPlaceholder

STANDARD_HEIGHT = 40  # "None": the height of most input widgets


def _height(height: Any) -> int | str:
    if height is None:
        return STANDARD_HEIGHT
    if height == "stretch":
        return "stretch"
    if isinstance(height, bool) or not isinstance(height, int) or height < 1:
        raise RerunQtAPIError(f"st.skeleton height={height!r} is not valid; use None, "
                              f"\"stretch\" or a positive int of pixels.")
    return height


def skeleton(height: int | Literal["stretch"] | None = None, *,
             width: int | Literal["stretch"] = "stretch") -> SkeletonPlaceholder:
    from rerunqt.core.blocks import SkeletonPlaceholder  # blocks binds this function

    """A loading placeholder; fill it later (``slot.dataframe(...)``) or use it with ``with``."""
    if width == "content":
        raise RerunQtAPIError("st.skeleton width='content' is not valid; use \"stretch\" or a "
                              "positive int of pixels (a skeleton has no content to fit).")
    props = (("height", _height(height)), ("width", _width("skeleton", width)))
    ctx = context.current()
    builder = ctx.open_container("empty", None, (("transient", False),), single=True)
    ctx.enter(builder)
    try:
        ctx.add_static("skeleton", props)
    finally:
        ctx.leave(builder)
    return SkeletonPlaceholder(ctx, builder)
