"""Streamlit's font options (``font``, ``headingFont``, ``codeFont``) read as CSS font lists.

Streamlit 1.67 takes a list of fallbacks ("cool-font, sans-serif"), its three generic
names, and ``Family:https://url`` items whose URL may hold commas. One reading serves the
stylesheet (``css_family``) and Qt's font family lists (``family_names``); a name that a
``[[theme.fontFaces]]`` file declared becomes the file's own family (rerunqt/font_faces.py).
"""

from __future__ import annotations

import re

from rerunqt import font_faces

GENERIC_FONTS = {
    "sans-serif": '"Source Sans Pro", "Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif',
    "serif": '"Source Serif Pro", Georgia, "DejaVu Serif", "Times New Roman", serif',
    "monospace": '"Source Code Pro", "DejaVu Sans Mono", Menlo, Consolas, monospace',
}
_FAMILY_NAME = re.compile(r"""(["'])[^"']+\1|[A-Za-z][\w .-]*""")


def _families(value: str) -> list[tuple[str, str | None]]:
    """(name, its generic stack or None) of each family in the list, in order; the pieces of
    a font URL's query ('wght@0', '200..1000;1') are no names."""
    found = []
    for part in value.split(","):
        name = part.split(":", 1)[0].strip()  # Streamlit allows 'Family:https://url'
        if _FAMILY_NAME.fullmatch(name):
            found.append((name, GENERIC_FONTS.get(name.lower().replace(" ", "-"))))  # "sans serif"
    return found


def css_family(value: str) -> str:
    """A stylesheet font-family: each family in turn, generic names expanded."""
    families = []
    for name, generic in _families(value):
        loaded = font_faces.resolve(name)  # a [[theme.fontFaces]] file's own family
        families.append(generic if generic is not None else f'"{loaded}"' if loaded != name
                        else name if name.startswith(('"', "'")) else f'"{name}"')
    return ", ".join(families) or f'"{value.strip()}"'


def family_names(value: str) -> list[str]:
    """The family names a font option tries, in order (a generic name as its stack)."""
    names = [font_faces.resolve(part.strip("\"'")) for name, generic in _families(value)
             for part in (generic.split(", ") if generic else [name])]
    return names or [value.strip()]
