"""The ``color`` argument of the built-in charts as one colour per series (Qt-free).

Streamlit takes a CSS colour, an RGB(A) tuple, one of its built-in colour names, or a list
of those, one per y column; each becomes CSS text (or the lower-case name, which the window
draws in the theme's colour).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rerunqt.errors import RerunQtAPIError

# Streamlit's built-in colour names, which it resolves to theme colours before CSS names
BUILTIN_COLOURS = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey",
                             "primary"})


def colour_text(value: Any) -> str | None:
    """One colour as Streamlit takes it (a CSS string or an RGB(A) tuple) as CSS text
    (``#rrggbb`` or ``#rrggbbaa``), a built-in name ("red", "primary") in lower case, or None
    when it is not one."""
    from rerunqt.css_colours import colour_rgba, css_text

    if isinstance(value, str) and value.lower() in BUILTIN_COLOURS:
        return value.lower()  # the window draws it in the theme's colour of that name
    try:
        return css_text(colour_rgba(value))
    except ValueError:
        return None


def series_colours(color: Any, count: int) -> list[str | None]:
    """``color`` as one colour per series (CSS text): all None for no colour, one colour (a
    CSS string or an RGB(A) tuple of 0-255 ints or 0.0-1.0 floats) for a single series, or a
    list of one per y column."""
    if color is None or (isinstance(color, (list, tuple)) and not color):
        return [None] * count
    single = colour_text(color)
    if single is not None:
        colors: list[str | None] = [single]
    elif isinstance(color, Sequence) and not isinstance(color, (str, bytes, bytearray)):
        colors = [colour_text(c) for c in color]
        if None in colors:
            bad = next(c for c, text in zip(color, colors) if text is None)
            raise RerunQtAPIError(
                f"color={color!r} holds {bad!r}, which is not a colour: give hex strings such "
                f"as '#ffaa00' or '#ffaa0088', or RGB(A) tuples such as (255, 170, 0) or "
                f"(1.0, 0.6, 0.0, 0.5), one per y column."
            )
    else:
        raise RerunQtAPIError(
            f"color={color!r} is not a colour nor a column of the chart's data: give a column "
            f"name, a hex string such as '#ffaa00' or '#ffaa0088', an RGB(A) tuple of ints "
            f"0-255 or floats 0.0-1.0 such as (255, 170, 0) or (1.0, 0.6, 0.0, 0.5), or a list "
            f"of {count} colours (one per y column)."
        )
    if len(colors) != count:
        raise RerunQtAPIError(
            f"color={color!r} does not fit the chart: give a column name, one colour such as "
            f"'#ff0000' or (255, 0, 0) for a single series, or a list of {count} colours (one "
            f"per y column)."
        )
    return colors


__all__ = ["BUILTIN_COLOURS", "colour_text", "series_colours"]
