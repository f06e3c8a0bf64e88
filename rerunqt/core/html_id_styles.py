"""A page's ``<style>`` rules for the ids of tables and their cells (``#T_ab12_row0_col0``)
and for a table's ``th`` / ``td`` cells (``#T_ab12 th``), written into the ``style`` of the
table tags they reach.

It exists because ``st.markdown(styler.to_html(), unsafe_allow_html=True)`` (how apps show a
pandas Styler as an HTML table) puts the Styler's colours in a ``<style>`` block that the
browser applies to the page in Streamlit, while rerunqt's Markdown drops ``<style>`` blocks
(page CSS it cannot apply) and reads only a tag's own ``style``. Other selectors are left
alone. A ``#table th`` rule is more specific than an id rule, and a tag's own style wins.
"""

from __future__ import annotations

import re

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_ID = re.compile(r"#([\w-]+)$")
_TABLE_CELL = re.compile(r"#([\w-]+)\s+(th|td)$", re.IGNORECASE)
_TAG = re.compile(r"<(table|th|td)\b([^>]*)>", re.IGNORECASE)
_ID_ATTR = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_STYLE_ATTR = re.compile(r"""\bstyle\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


def _rules(text: str) -> tuple[dict[str, list[str]], dict[tuple[str, str], list[str]]]:
    """(id -> declarations, (table id, "th"/"td") -> declarations) of the style blocks."""
    by_id: dict[str, list[str]] = {}
    by_cell: dict[tuple[str, str], list[str]] = {}
    for block in _STYLE.findall(text):
        for selectors, body in _RULE.findall(_COMMENT.sub("", block)):
            declarations = " ".join(body.split()).strip().strip(";")
            if not declarations:
                continue
            for selector in selectors.split(","):
                selector = " ".join(selector.split())
                found = _ID.fullmatch(selector)
                if found is not None:
                    by_id.setdefault(found.group(1), []).append(declarations)
                    continue
                cell = _TABLE_CELL.fullmatch(selector)
                if cell is not None:
                    by_cell.setdefault((cell.group(1), cell.group(2).lower()), []).append(declarations)
    return by_id, by_cell


def inline_id_styles(html: str) -> str:
    """``html`` with its style blocks' id and table-cell rules written into the tags."""
    if "<style" not in html.lower() or "#" not in html:
        return html
    by_id, by_cell = _rules(html)
    if not by_id and not by_cell:
        return html
    table = ""

    def tagged(found: re.Match[str]) -> str:
        nonlocal table
        name, attributes = found.group(1).lower(), found.group(2)
        ident = _ID_ATTR.search(attributes)
        if name == "table":
            table = ident.group(1) if ident else ""
        declarations = [*by_id.get(ident.group(1), ())] if ident else []
        if name != "table":
            declarations += by_cell.get((table, name), ())
        if not declarations:
            return found.group(0)
        own = _STYLE_ATTR.search(attributes)
        style = "; ".join([*declarations, *([own.group(2)] if own else [])])
        rest = attributes[:own.start()] + attributes[own.end():] if own else attributes
        return f'<{found.group(1)} style="{style.replace(chr(34), chr(39))}"{rest.rstrip()}>'

    return _TAG.sub(tagged, html)
