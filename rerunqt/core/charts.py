"""The built-in charts: st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart.

Each reads its data once into a ``ChartData`` (core/chart_data.py), whose equality is a
cheap fingerprint: a rerun with the same data gives an equal element, so the window
keeps the plot as it is; new data updates its curves in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.chart_data import ChartData
    from rerunqt.core.handles import ElementHandle

Width = int | str
CHART_HEIGHT = 350  # pixels, Streamlit's default chart height
_STACKS = (None, True, False, "normalize", "center", "layered")


def check_size(kind: str, name: str, value: Any, words: tuple[str, ...]) -> int | str:
    """``width``/``height``: a positive int of pixels or one of Streamlit's words."""
    if value.__class__ is int and value > 0:
        return int(value)
    if isinstance(value, str) and value in words:
        return value
    choices = f" or one of {', '.join(map(repr, words))}" if words else ""
    raise RerunQtAPIError(
        f"st.{kind} {name}={value!r} is not valid; give a positive number of pixels{choices}."
    )


def chart_width(kind: str, width: Any, use_container_width: bool | None) -> int | str:
    """The width, with the deprecated ``use_container_width`` folded in (True wins: stretch)."""
    checked = check_size(kind, "width", width, ("stretch", "content"))
    if use_container_width is not None:
        return "stretch" if use_container_width else ("content" if checked == "stretch" else checked)
    return checked


def _add(kind: str, data: ChartData, x_label: str | None, y_label: str | None, width: Any,
         height: Any, use_container_width: bool | None, alt: str | None,
         extra: tuple[tuple[str, Any], ...] = ()) -> ElementHandle:
    for name, label in (("x_label", x_label), ("y_label", y_label), ("alt", alt)):
        if label is not None and not isinstance(label, str):
            raise RerunQtAPIError(f"st.{kind} {name}={label!r} must be a string or None.")
    shown_height = check_size(kind, "height", height, ("content", "stretch"))
    ctx = context.current()
    ctx.add_static(kind, (
        ("data", data),
        ("x_label", x_label if x_label is not None else (data.x_name or "")),
        ("y_label", y_label if y_label is not None else (data.y_name or "")),
        # width=None is Streamlit's unset width: "stretch" for these charts
        ("width", chart_width(kind, "stretch" if width is None else width, use_container_width)),
        ("height", CHART_HEIGHT if shown_height in ("content", "stretch") else shown_height),
        ("alt", alt),
        # as given (None read as False): Streamlit's AppTest reads the proto flag, not the width
        ("container_width", bool(use_container_width)),
        *extra,
    ))
    return _handle(ctx)


def _check_stack(kind: str, stack: Any, allowed: tuple[Any, ...]) -> Any:
    if stack.__class__ is bool or stack in allowed:
        return stack
    raise RerunQtAPIError(
        f"st.{kind} stack={stack!r} is not valid; use one of {', '.join(map(repr, allowed))}."
    )


def line_chart(data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
               x_label: str | None = None, y_label: str | None = None, color: Any = None,
               width: Width = "stretch", height: Width = "content",
               use_container_width: bool | None = None, alt: str | None = None) -> ElementHandle:
    """A line per y column (or per value of the ``color`` column), on pyqtgraph; each line
    joins its points in order of x, as Vega-Lite's."""
    chart = _read_chart(data, x, y, color, by_x=True)
    return _add("line_chart", chart, x_label, y_label, width, height, use_container_width, alt)


def area_chart(data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
               x_label: str | None = None, y_label: str | None = None, color: Any = None,
               stack: bool | str | None = None, width: Width = "stretch",
               height: Width = "content", use_container_width: bool | None = None,
               alt: str | None = None) -> ElementHandle:
    """Filled areas that overlap by default, as Streamlit 1.67 passes Vega ``stack=False``
    for None and "layered" (``stack=True`` stacks them, "normalize", "center")."""
    stack = _check_stack("area_chart", stack, (None, "normalize", "center", "layered"))
    if stack is None or stack == "layered":
        stack = False
    chart = _read_chart(data, x, y, color, by_x=True)
    return _add("area_chart", chart, x_label, y_label, width, height, use_container_width, alt,
                (("stack", stack),))


def bar_chart(data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
              x_label: str | None = None, y_label: str | None = None, color: Any = None,
              horizontal: bool = False, sort: bool | str = True, stack: bool | str | None = None,
              width: Width = "stretch", height: Width = "content",
              use_container_width: bool | None = None, alt: str | None = None) -> ElementHandle:
    """Bars, stacked by default (``stack=False`` side by side, "layered", "normalize", "center").

    ``sort``: True orders text categories alphabetically, False keeps the data's order,
    "col" / "-col" orders them by that column's total, ascending / descending.
    """
    stack = _check_stack("bar_chart", stack, _STACKS)
    if not isinstance(sort, (bool, str)):
        raise RerunQtAPIError(
            f"st.bar_chart sort={sort!r} must be True, False or a column name (prefix '-' to "
            f"sort descending)."
        )
    chart = _read_chart(data, x, y, color, sort=sort, ordinal=True)
    return _add("bar_chart", chart, x_label, y_label, width, height, use_container_width, alt,
                (("horizontal", bool(horizontal)), ("stack", stack)))


def scatter_chart(data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
                  x_label: str | None = None, y_label: str | None = None, color: Any = None,
                  size: str | float | None = None, width: Width = "stretch",
                  height: Width = "content", use_container_width: bool | None = None,
                  alt: str | None = None) -> ElementHandle:
    """Points; ``size`` is a column name or one point area in pixels. A ``color`` column of
    numbers is a colour scale with a gradient legend (drawn as its Vega-Lite spec)."""
    from rerunqt.core.chart_gradient import numeric_colour, scatter_spec

    if numeric_colour(data, color):
        from rerunqt.core.vega import vega_lite_chart

        _read_chart(data, x, y, None, size)  # the built-in chart's argument errors
        rows, spec = scatter_spec(data, x, y, color, size, x_label, y_label)
        return vega_lite_chart(rows, spec, width="stretch" if width is None else width, height=height,
                               use_container_width=use_container_width, alt=alt)
    chart = _read_chart(data, x, y, color, size)
    return _add("scatter_chart", chart, x_label, y_label, width, height, use_container_width, alt)


def _read_chart(*args: Any, **kwargs: Any) -> ChartData:
    """numpy (and pandas) load with the first chart, not at ``import rerunqt``."""
    from rerunqt.core.chart_data import read_chart

    return read_chart(*args, **kwargs)
