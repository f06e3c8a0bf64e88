"""The page CSS's ``h1``-``h6`` rules on Markdown's headings (``# Title`` in st.markdown).

A browser styles every ``<h2>`` of the page by an ``h2 { ... }`` rule, Markdown's included.
Qt's Markdown reader gives heading blocks a level, not a tag that a style sheet could reach,
so a label that shows Markdown under such rules reads it inside ``styles(...)`` and
``markdown_blocks.heading_sizes`` asks ``for_level`` for each heading's colour, font family,
weight, size and alignment. It is a GUI-thread setting for the length of one read.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextFormat

from rerunqt.core.page_css import Declarations, split_top
from rerunqt.core.page_css_inline import ClassRule
from rerunqt.css_colours import parse_rgba

_current: list[dict[int, Declarations]] = [{}]
_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
          "right": Qt.AlignmentFlag.AlignRight, "justify": Qt.AlignmentFlag.AlignJustify}
_WEIGHTS = {"normal": 400, "bold": 700}


@functools.lru_cache(maxsize=8)
def heading_rules(rules: tuple[ClassRule, ...]) -> dict[int, Declarations]:
    """The declarations of the tag-only ``h1``-``h6`` rules, by level, in source order."""
    out: dict[int, Declarations] = {}
    for rule in rules:
        if len(rule.tag) == 2 and rule.tag[0] == "h" and rule.tag[1] in "123456" \
                and not rule.classes and not rule.ident and rule.ancestor is None:
            level = int(rule.tag[1])
            out[level] = out.get(level, ()) + rule.declarations
    return out


@contextmanager
def styles(headings: dict[int, Declarations]) -> Iterator[None]:
    """Headings read inside take ``headings``' styles."""
    _current.append(headings)
    try:
        yield
    finally:
        _current.pop()


def for_level(level: int) -> Declarations:
    return _current[-1].get(level, ())


def apply(declarations: Declarations, block: QTextBlockFormat, char: QTextCharFormat,
          font_scale: float) -> None:
    """One heading's CSS on its block and character formats (unknown values are skipped)."""
    from rerunqt.qt.page_qss import length  # (Qt-side conversions, shared with the sheets)

    for name, value in declarations:
        word = value.strip().lower()
        if name == "color":
            try:
                r, g, b, a = parse_rgba(value)
            except ValueError:
                continue
            char.setForeground(QColor(r, g, b, a))
        elif name == "font-family" and "(" not in value:
            char.setFontFamilies([part.strip().strip("\"'") for part in split_top(value, ",")])
        elif name == "font-weight" and (word in _WEIGHTS or (word.isdigit() and len(word) == 3)):
            char.setFontWeight(_WEIGHTS.get(word) or int(word))
        elif name == "font-size" and (px := length(value)) is not None and px > 0:
            char.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            char.setProperty(QTextFormat.Property.FontPixelSize, max(1, round(px * font_scale)))
        elif name == "text-align" and word in _ALIGN:
            block.setAlignment(_ALIGN[word])
