"""A Markdown block quote's colours: Streamlit draws a quote at its secondary opacity (0.6),
the words and their own colours (``:red[...]``, a code chip) dimmed alike."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor

OPACITY = 0.6
_COLOUR_CSS = re.compile(r"(?<![\w-])((?:background-)?color):\s*(#[0-9a-fA-F]{6})")


def theme_text(dark: bool) -> str:
    """The theme's text colour (a custom theme's, if set)."""
    from rerunqt.qt import theme_state

    return str(theme_state.custom().colour("text", "dark" if dark else "light"))


def rgba(colour: str) -> str:
    """``colour`` (#rrggbb) at Streamlit's secondary opacity, as Qt's rich text reads it."""
    value = QColor(colour)
    return f"rgba({value.red()},{value.green()},{value.blue()},{OPACITY})"


def dimmed(html: str) -> str:
    """A quote's own colours (``:red[...]``, a code chip) at the quote's opacity."""
    return _COLOUR_CSS.sub(lambda found: f"{found[1]}:{rgba(found[2])}", html)
