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


__all__ = ["qcolor"]
