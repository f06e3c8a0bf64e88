"""Streamlit's named colours on the page (red, orange, ... gray, primary) for text and for
backgrounds, in each theme: Markdown's ``:red[...]`` / ``:red-background[...]`` and
badges, and st.metric's delta pill, which Streamlit 1.67 paints in the same
``redTextColor`` / ``redBackgroundColor`` (a configured one wins: ``named``)."""

from __future__ import annotations

from rerunqt.qt.theme_state import markdown_colour

# Text colours with at least 4.5:1 contrast on each theme's background.
TEXT = {
    False: {"red": "#c62828", "orange": "#b45309", "yellow": "#8a6d00", "green": "#177a3f",
            "blue": "#0b61c4", "violet": "#6d3fc0", "gray": "#5c5f6e", "primary": "#dc3535"},
    True: {"red": "#ff6c6c", "orange": "#ffbd45", "yellow": "#ffe312", "green": "#5ce488",
           "blue": "#60b4ff", "violet": "#b27eff", "gray": "#a3a8b8", "primary": "#ff4b4b"},
}
BACKGROUND = {
    False: {"red": "#ffdede", "orange": "#ffecd6", "yellow": "#fff6c2", "green": "#dcf5e3",
            "blue": "#dbeeff", "violet": "#ede3ff", "gray": "#eceef2", "primary": "#ffdede"},
    True: {"red": "#5a1e21", "orange": "#5a3a12", "yellow": "#54480f", "green": "#173f27",
           "blue": "#173a5e", "violet": "#3b2560", "gray": "#31333f", "primary": "#5a1e21"},
}


def named(colour: str, kind: str, dark: bool) -> str:
    """``colour``'s text (``kind`` "text") or background colour: the theme's configured
    one, else rerunqt's for the base ("grey" is "gray"; an unknown name is gray)."""
    name = "gray" if colour == "grey" or colour not in TEXT[False] else colour
    table = TEXT if kind == "text" else BACKGROUND
    return markdown_colour(name, kind, dark) or table[dark][name]
