"""User colours as QColor: CSS strings and RGB(A) tuples, read the way a browser reads them.

``QColor("#ff000080")`` reads Qt's ``#aarrggbb``: an opaque navy, where CSS (and Streamlit)
read ``#rrggbbaa``, a half-transparent red; and ``QColor("rgb(255, 0, 0)")`` is invalid. Every colour a
script gives (a chart's ``color=``, a Vega-Lite or plotly colour, a Styler's CSS) is
read here, through ``css_colours``, so 8-digit and 4-digit hex keep their CSS order.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from rerunqt.css_colours import colour_rgba


def qcolor(value: object, fallback: object = None) -> QColor:
    """``value`` (a CSS colour string or an RGB(A) tuple) as a QColor; ``fallback`` (read the
    same way) when it is not a colour, and an invalid QColor when neither is."""
    for candidate in (value, fallback):
        if candidate is None:
            continue
        if isinstance(candidate, QColor):
            return QColor(candidate)
        try:
            return QColor(*colour_rgba(candidate))
        except ValueError:
            continue
    return QColor()


# Streamlit's built-in colour names in its default theme (``theme.<name>Color`` overrides)
NAMED = {"red": "#ff4b4b", "orange": "#ffa421", "yellow": "#ffe312", "green": "#21c354",
         "blue": "#1c83e1", "violet": "#803df5", "gray": "#a3a8b8", "grey": "#a3a8b8"}


def named_colour(name: object) -> QColor | None:
    """A built-in colour name ("red" ... "gray"/"grey", "primary") as the theme draws it, None
    for anything else: Streamlit 1.67's chart ``color="red"`` is the theme's red, not CSS red."""
    if not isinstance(name, str) or (name not in NAMED and name != "primary"):
        return None
    from rerunqt.qt import theme_state

    if name == "primary":
        return theme_state.primary()
    return QColor(theme_state.main_colour(name) or NAMED[name])


__all__ = ["NAMED", "named_colour", "qcolor"]
