"""HTML and pipe tables in Markdown drawn as Streamlit's Markdown draws them.

Qt's rich text drew an HTML table without lines or padding, pandas' ``to_html()`` with
doubled lines and a blank line above, and a pipe table in mid grey; these passes over the
tags and the HTML Qt writes put them right.
"""

from __future__ import annotations

import re

from rerunqt.core.md_html import tag_of
from rerunqt.qt.html_boxes import STYLE_ATTRIBUTE

_TABLE_OPEN = re.compile(r"<table\b([^>]*)>", re.IGNORECASE | re.DOTALL)
_HAS_BORDER = re.compile(r"\bborder(?:-[a-z-]+)?\s*:", re.IGNORECASE)  # in CSS: border, border-collapse...


def framed_tables(tags: list[str]) -> list[str]:
    """``tags`` with each ``<table>`` framed as a Markdown table is (a 1 px grid of single
    lines, cells padded 4 px): Streamlit's Markdown styles every table's cells, written in
    HTML or as a pipe table. Qt's rich text drew an HTML table with no lines and no
    padding (its columns ran together), and pandas' ``to_html()`` (``border="1"``) with
    doubled lines. A table whose CSS sets its border or border-collapse, or with
    ``border="0"``, keeps its own look."""
    def framed(tag: str) -> str:
        found = _TABLE_OPEN.fullmatch(tag.strip())
        if found is None:
            return tag
        attributes = found.group(1)
        style = STYLE_ATTRIBUTE.search(attributes)
        css = (style.group(1) or style.group(2) or "") if style else ""
        width = _BORDER_ATTRIBUTE.search(attributes)
        if _HAS_BORDER.search(css) or (width is not None and width.group(1) == "0"):
            return tag
        extra = ("" if width else ' border="1"') + \
            ("" if "cellpadding" in attributes.lower() else ' cellpadding="4"')
        if style is None:
            return f'<table{attributes}{extra} style="border-collapse:collapse">'
        merged = f'style="{css.rstrip("; ")}; border-collapse:collapse"'
        return f"<table{attributes[:style.start()]}{merged}{attributes[style.end():]}{extra}>"

    return [framed(tag) if tag[:6].lower() == "<table" else tag for tag in tags]


_BORDER_ATTRIBUTE = re.compile(r"""\bborder\s*=\s*["']?\s*(\d+)""", re.IGNORECASE)


_TABLE_PARAGRAPH = re.compile(
    "<p\\b[^>]*>\\s*(&lt;([\ue800-\uf8ff])&gt;(?:(?!</?p\\b).)*&lt;([\ue800-\uf8ff])&gt;)\\s*</p>",
    re.DOTALL)


def unwrapped_tables(html: str, tags: list[str]) -> str:
    """``html`` without the paragraph around a paragraph that is only a table (an HTML
    table, a div's box, a flex row): Qt put an empty line above a table inside a
    paragraph, so the table sat a line below where the element starts."""
    def unwrap(found: re.Match[str]) -> str:
        first, last = (tag_of(found.group(n), tags) for n in (2, 3))
        if first.lstrip()[:6].lower() == "<table" and last.rstrip().lower().endswith("</table>"):
            return found.group(1)
        return found.group(0)

    return _TABLE_PARAGRAPH.sub(unwrap, html) if "&lt;" in html else html


_TABLE_SPACE = re.compile(r"(</?(?:table|thead|tbody|tfoot|tr)\b[^>]*>|</t[dh]\s*>)\s+"
                          r"(?=</?(?:table|thead|tbody|tfoot|tr|td|th)\b)", re.IGNORECASE)


def tight_tables(html: str) -> str:
    """``html`` without white space between a table's own tags (pandas' ``to_html()``
    indents them): Qt made it a line of its own above the table, as a browser never does."""
    return _TABLE_SPACE.sub(r"\1", html)


_PIPE_TABLE = re.compile(r'<table border="1" style=" border-collapse:collapse;" cellpadding="4">')


def pipe_tables(html: str, line: str, gap: int) -> str:
    """``html`` (a Markdown document's, as Qt writes it) with its pipe tables drawn as in
    Streamlit: grid lines in ``line`` (a light grey; Qt drew them mid grey) and, after
    other text, ``gap`` above the table (Qt drops the paragraph's margin next to one)."""
    def drawn(found: re.Match[str]) -> str:
        start = html.rfind("<body>", 0, found.start())
        top = "" if start >= 0 and not html[start + 6:found.start()].strip() \
            else f" margin-top:{gap}px;"
        return (f'<table border="1" style=" border-collapse:collapse; border-style:solid; '
                f'border-color:{line};{top}" cellpadding="4">')

    return _PIPE_TABLE.sub(drawn, html)
