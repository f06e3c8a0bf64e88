"""The top margin of the HTML block a Markdown or st.html text opens with.

A browser keeps ``<div style="margin-top: 50px">Footer</div>`` 50 px below the element
above it (an element is its own block, so the margin stays inside it). Qt's rich text drops
the top margin of a document's first block, so the window adds it above the text instead.
Qt-free.
"""

from __future__ import annotations

import re

_FIRST_TAG = re.compile(
    r"\s*<(?:div|p|h[1-6]|section|header|footer|center|article|blockquote)\b[^>]*?"
    r"""\bstyle\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_UNITS = {"px": 1.0, "rem": 16.0, "em": 16.0, "pt": 4 / 3}
_LENGTH = re.compile(r"(-?\d+(?:\.\d+)?)(px|rem|em|pt)?$")
MAX_LEAD = 400  # px: a larger margin is a layout trick, not a gap


def _pixels(value: str) -> float | None:
    found = _LENGTH.match(value.strip().lower())
    if found is None or (found.group(2) is None and float(found.group(1)) != 0):
        return None
    return float(found.group(1)) * _UNITS[found.group(2) or "px"]


def leading_margin(html: str) -> int:
    """The ``margin-top`` (or ``margin``'s first value) in pixels of the block ``html``
    opens with; 0 without one (or a negative or unreadable one)."""
    found = _FIRST_TAG.match(html)
    if found is None or "margin" not in found.group(2).lower():
        return 0
    top: float | None = None
    for declaration in found.group(2).split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        if name == "margin" and value.split():
            top = _pixels(value.split()[0])
        elif name == "margin-top":
            top = _pixels(value)
    return int(min(max(top or 0.0, 0.0), MAX_LEAD) + 0.5)
