"""``<hr>`` in HTML Markdown as a browser draws it. Qt's rich text draws every ``<hr>`` as a
1 px line in the text colour; a browser draws a plain one light grey (Streamlit's rule) and
a styled one as its CSS says: ``<hr style="height: 3px; background-color: #00c0f2;
border: none">`` (streamlit-extras' ``colored_header``, many apps' own) is a 3 px bar of
that colour, drawn here as a one-cell table of that height."""

from __future__ import annotations

import re

from rerunqt.core.page_css import declarations

_PLAIN_HR = re.compile(r"<hr\s*/?>", re.IGNORECASE)  # an <hr> that sets no style
_STYLED_HR = re.compile(r"""<hr\b[^>]*?\bstyle\s*=\s*(["'])(.*?)\1[^>]*>""", re.IGNORECASE | re.DOTALL)
_PIXELS = re.compile(r"\s*(\d+(?:\.\d+)?)\s*px\s*$", re.IGNORECASE)
_COLOUR = re.compile(r"#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b[a-z]+\b", re.IGNORECASE)


def html_rules(tags: list[str], rule_colour: str) -> list[str]:
    """``tags`` with each plain ``<hr>`` in ``rule_colour`` and each ``<hr>`` styled with a
    height and a background colour as a bar of that height and colour."""
    return [_bar(tag) or _PLAIN_HR.sub(f'<hr style="background-color:{rule_colour};"/>', tag)
            for tag in tags]


def _bar(tag: str) -> str | None:
    found = _STYLED_HR.fullmatch(tag.strip())
    if found is None:
        return None
    style = dict(declarations(found.group(2)))
    height = _PIXELS.match(style.get("height", ""))
    colour = style.get("background-color") or _COLOUR.search(style.get("background", ""))
    if height is None or not colour:
        return None
    shown = colour if isinstance(colour, str) else colour.group(0)
    pixels = max(1, round(float(height.group(1))))
    return (f'<table width="100%" height="{pixels}" bgcolor="{shown}" cellspacing="0" '
            'cellpadding="0" border="0"><tr><td></td></tr></table>')


__all__ = ["html_rules"]
