"""Layout containers: container, columns, tabs, expander, popover, empty.

Each opens a builder in the current container (keyed like a static element, by kind
and order, unless given a key) and returns Blocks to fill it. Arguments are checked
here, on the script thread, with Streamlit 1.67's messages, so AppTest and the window
agree. A widget drawn in any of them inside a form belongs to the form (the builder
inherits its parent's form).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from numbers import Integral, Real
from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context
from rerunqt.core.panel_state import coerce_open, tab_coercer, tracking
from rerunqt.core.registration import as_text, check_icon
from rerunqt.errors import (
    RerunQtAPIError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from rerunqt.core.blocks import Block

GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
V_ALIGN = ("top", "center", "bottom", "distribute")
H_ALIGN = ("left", "center", "right", "distribute")


def _block(ctx: context.RunContext, builder: context.ContainerBuilder) -> Block:
    from rerunqt.core.blocks import Block  # blocks binds this module's functions

    return Block(ctx, builder)


def _panel(ctx: context.RunContext, builder: context.ContainerBuilder, open_: bool | None) -> Block:
    """A tab, expander or popover block: ``.open`` is its state when tracked, else None."""
    from rerunqt.core.blocks import PanelBlock

    block = PanelBlock(ctx, builder)
    block.open = open_
    return block


def _label(call: str, label: Any) -> str:
    if label is None:
        raise RerunQtAPIError(f"st.{call} needs a label.")
    return str(label)


def _icon(call: str, icon: Any) -> str | None:
    check_icon(call, icon)
    return icon


EXPANDABLE_TYPES = ("default", "compact", "step")  # st.expander / st.status ``type``


def _choice(call: str, name: str, value: Any, allowed: tuple[Any, ...]) -> Any:
    """``value`` if allowed, else Streamlit 1.67's StreamlitValueError (an alignment's
    message ends with what was given; a ``type``'s does not)."""
    if value not in allowed:
        raise StreamlitValueError(name, [repr(a) for a in allowed],
                                  detail=None if name == "type" else f"Got {value!r}.")
    return value


def gap_value(gap: Any) -> str | int | None:
    """A gap name (any case), None (no gap) or pixels (an int >= 0), as Streamlit 1.67's
    ``get_gap_config`` takes it; anything else raises its StreamlitValueError."""
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in GAPS:
        return gap.lower()
    raise StreamlitValueError("gap", [*(repr(g) for g in GAPS), "None",
                                      "a non-negative integer (pixels)"], detail=f"Got {gap!r}.")


def _height(call: str, height: Any) -> int | str | None:
    """None / "content" / "stretch" / a positive number of pixels."""
    if height is None or height in ("content", "stretch"):
        return height
    if isinstance(height, bool) or not isinstance(height, int) or height < 1:
        raise StreamlitInvalidHeightError(  # Streamlit 1.67's words
            f"Invalid height value: {height!r}. Height must be either a positive integer "
            f"(pixels), 'stretch', or 'content'.")
    return height


def _width(call: str, width: Any, content: bool = True) -> int | str:
    """"stretch", a positive number of pixels, or (where the element takes it) "content".

    Streamlit 1.67's columns, tabs and expander take no "content" (``content=False``).
    """
    if width == "stretch" or (content and width == "content"):
        return str(width)
    if isinstance(width, bool) or not isinstance(width, int) or width < 1:
        allowed = "a positive integer (pixels), 'stretch', or 'content'" if content else (
            "a positive integer (pixels) or 'stretch'")
        raise StreamlitInvalidWidthError(  # Streamlit 1.67's words
            f"Invalid width value: {width!r}. Width must be either {allowed}.")
    return width


def _key(kind: str, key: Any) -> Any:
    """A user key names the container (its state survives moves); else kind and order."""
    if key is None:
        return None
    return (kind, f"key:{key}")  # any key by its str (key=("row", 1)), as Streamlit 1.67


def container(
    *,
    border: bool | None = None,
    key: str | None = None,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["content", "stretch"] | None = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: Literal["left", "center", "right", "distribute"] = "left",
    vertical_alignment: Literal["top", "center", "bottom", "distribute"] = "top",
    gap: str | int | None = "small",
    autoscroll: bool | None = None,
) -> Block:
    """A container for several elements; written to later, it keeps its place on the page.

    With a pixel ``height`` it scrolls (and shows a border unless ``border=False``).
    ``autoscroll``: whether such a scrolling container follows its newest content while
    the user is at its end; None (Streamlit 1.67's default) when it holds chat messages.
    ``horizontal`` puts its elements side by side, onto more lines when a line is full
    (``wrap``, as Streamlit 1.67), or on one row that shares the width (``wrap=False``).
    """
    ctx = context.current()
    if wrap is False and not horizontal:  # Streamlit 1.67 refuses it, in these words
        raise StreamlitIncompatibleParametersError(
            "wrap=False", "horizontal=False", explanation=(
                "A vertical container has no horizontal row of elements to keep in a single, "
                "scrolling row. Set `horizontal=True` to use `wrap=False`, or remove the "
                "`wrap` argument."))
    height_value = _height("container", height)
    props = (
        ("border", None if border is None else bool(border)),
        ("width", _width("container", width)),
        ("height", height_value),
        ("horizontal", bool(horizontal)),
        ("wrap", bool(wrap)),
        ("horizontal_alignment", _choice("container", "horizontal_alignment",
                                         horizontal_alignment, H_ALIGN)),
        ("vertical_alignment", _choice("container", "vertical_alignment",
                                       vertical_alignment, V_ALIGN)),
        ("gap", gap_value(gap)),
        ("autoscroll", None if autoscroll is None else bool(autoscroll)),
    )
    return _block(ctx, ctx.open_container("container", _key("container", key), props))


def _weights(spec: Any) -> list[float]:
    message = ("The `spec` argument to `st.columns` must be either a positive integer (number "
               "of columns) or a list of positive numbers (width ratios of the columns). See "
               "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
               "for more information.")  # Streamlit 1.67's words
    if isinstance(spec, bool):
        raise StreamlitInvalidColumnSpecError(message)
    if isinstance(spec, Integral):  # numpy ints too, as in Streamlit 1.67
        if spec < 1:
            raise StreamlitInvalidColumnSpecError(message)
        return [1.0] * int(spec)
    if isinstance(spec, (str, bytes)) or not isinstance(spec, Iterable):
        raise StreamlitInvalidColumnSpecError(message)
    weights = list(spec)  # a numpy array or a pandas Series of ratios too
    if not weights or any(
            isinstance(w, bool) or not isinstance(w, Real) or not math.isfinite(w) or w <= 0
            for w in weights):
        raise StreamlitInvalidColumnSpecError(message)
    return [float(w) for w in weights]


def columns(
    spec: int | Iterable[float],
    *,
    gap: str | int | None = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
    border: bool = False,
    width: int | Literal["stretch"] = "stretch",
    wrap: bool = True,
) -> list[Block]:
    """Side-by-side columns: ``spec`` is their number, or their relative widths.

    ``wrap`` (True): they stack top to bottom in a narrow window; False keeps them side
    by side at any width.
    """
    ctx = context.current()
    weights = _weights(spec)
    props = (
        ("weights", tuple(weights)),
        ("gap", gap_value(gap)),
        ("vertical_alignment", _choice("columns", "vertical_alignment", vertical_alignment,
                                       ("top", "center", "bottom"))),
        ("border", bool(border)),
        ("width", _width("columns", width, content=False)),
        ("wrap", bool(wrap)),
    )
    row = ctx.open_container("columns", None, props)
    ctx.enter(row)
    try:
        cells = [ctx.open_container("column", None, (("weight", w), ("border", bool(border))))
                 for w in weights]
    finally:
        ctx.leave(row)
    return [_block(ctx, cell) for cell in cells]


def tabs(
    tabs: Iterable[str],
    *,
    width: int | Literal["stretch"] = "stretch",
    height: int | Literal["content", "stretch"] | None = "content",
    default: str | None = None,
    key: str | None = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: Any = None,
) -> list[Block]:
    """Tabs with these labels; a Block per tab. The tab the user picked stays picked.

    With ``on_change="rerun"`` (or a function, or ``bind``) the selected label is tracked
    (see panel_state.py) and each tab's ``.open`` says whether it is the selected one.
    """
    ctx = context.current()
    if isinstance(tabs, (str, bytes)) or not isinstance(tabs, Iterable):
        raise RerunQtAPIError("st.tabs needs a list of tab labels, e.g. st.tabs(['One', 'Two']).")
    labels = tuple(_label("tabs", label) for label in tabs)
    if not labels:
        raise StreamlitMissingRequiredParameterError(
            "The `tabs` parameter is required. Provide at least one tab label.")
    if default is not None and default not in labels:
        raise RerunQtAPIError(f"The default argument to st.tabs must be one of the tab labels "
                              f"{list(labels)}; got {default!r}.")
    track = tracking("tabs", key, on_change, args, kwargs, bind)
    shown, wid = default if default is not None else labels[0], None
    if track is not None:
        wid, shown = track.register("", (labels, shown), shown, tab_coercer(labels, shown))
    props = (
        ("labels", labels),
        ("default", labels.index(shown)),
        ("width", _width("tabs", width, content=False)),
        ("height", _height("tabs", height)),
        ("tracked", wid),
    )
    bar = ctx.open_container("tabs", _key("tabs", key), props)
    ctx.enter(bar)
    try:
        pages = [ctx.open_container("tab", None, (("label", label),)) for label in labels]
    finally:
        ctx.leave(bar)
    return [_panel(ctx, page, None if wid is None else label == shown)
            for page, label in zip(pages, labels, strict=True)]


def expander(
    label: str,
    expanded: bool = False,
    *,
    key: str | None = None,
    icon: str | None = None,
    type: str = "default",
    width: int | Literal["stretch"] = "stretch",
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: Any = None,
) -> Block:
    """A box with a header that shows or hides its content; the user's choice is kept."""
    ctx = context.current()
    text = _label("expander", label)
    track = tracking("expander", key, on_change, args, kwargs, bind)
    opened, wid = bool(expanded), None
    if track is not None:
        wid, opened = track.register(text, (text, opened), opened, coerce_open)
    props = (
        ("label", text),
        ("expanded", opened),
        ("icon", icon if icon == "spinner" else _icon("expander", icon)),
        ("type", _choice("expander", "type", type, EXPANDABLE_TYPES)),
        ("width", _width("expander", width, content=False)),
        ("tracked", wid),
    )
    builder = ctx.open_container("expander", _key("expander", key), props)
    return _panel(ctx, builder, None if wid is None else opened)


def popover(
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | Literal["stretch", "content"] = "content",
    wrap: bool = True,
    key: str | None = None,
    on_change: Any = "ignore",
    args: Any = None,
    kwargs: Any = None,
) -> Block:
    """A button that opens a panel of elements; it stays open while its widgets are used."""
    ctx = context.current()
    text = _label("popover", label)
    track = tracking("popover", key, on_change, args, kwargs)
    opened, wid = False, None
    if track is not None:
        wid, opened = track.register(text, (text,), False, coerce_open, bool(disabled))
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    props = (
        ("label", text),
        ("type", _choice("popover", "type", type, ("primary", "secondary", "tertiary"))),
        ("help", as_text(help)),
        ("icon", _icon("popover", icon)),
        ("disabled", bool(disabled)),
        ("width", _width("popover", width)),
        ("expanded", opened),
        ("tracked", wid),
    )
    builder = ctx.open_container("popover", _key("popover", key), props)
    return _panel(ctx, builder, None if wid is None else opened)


def empty() -> Block:
    """A single-element slot: each write replaces what it shows; ``.empty()`` clears it."""
    ctx = context.current()
    return _block(ctx, ctx.open_container("empty", None, (("transient", False),), single=True))
