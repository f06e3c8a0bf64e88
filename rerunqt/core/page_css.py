"""Page CSS: the ``<style>`` blocks community apps inject, read as rules (Qt-free).

Apps style Streamlit's page with ``st.markdown("<style>...</style>", unsafe_allow_html=True)``
or ``st.html("<style>...")``. A browser applies such rules to the whole page, whichever
element carried them, for as long as that element is drawn. Here ``style_sheets`` collects
them from the tree a run drew and ``parse_rules`` reads them into plain rules;
``core/page_css_map.py`` keeps the subset rerunqt knows, and ``qt/page_css.py`` applies it.

Reading is forgiving, as a browser's is: comments, ``@media`` / ``@keyframes`` / ``@import``
/ ``@font-face`` are skipped, ``!important`` is dropped, custom properties (``--x: ...``,
wherever declared) fill ``var(--x, fallback)``; nothing here raises on bad CSS.
"""

from __future__ import annotations

import re

from rerunqt.core.element import Element

Declarations = tuple[tuple[str, str], ...]
"""``(property, value)`` pairs of one rule, properties lower-case, in source order."""

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)")
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.I)
_HTML_KINDS = frozenset({"markdown", "caption", "html"})


def css_key(key: object) -> str | None:
    """The user key of an element as Streamlit 1.67's ``st-key-`` class writes it (lower
    case here, as selectors are read), or None for an element made without ``key=``."""
    if isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], str) and key[1].startswith("key:"):
        key = key[1][4:]  # a keyed container or static element: (kind, "key:<key>")
    elif not isinstance(key, str) or key.startswith("$$ID"):
        return None
    return re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip()).lower()


def style_sheets(tree: tuple[Element, ...]) -> tuple[str, ...]:
    """The text of every ``<style>`` block the page shows, in page order: in st.markdown /
    st.caption with ``unsafe_allow_html=True`` and in st.html (the overlay's events too)."""
    sheets: list[str] = []
    stack = list(reversed(tree))
    while stack:  # depth first, in page order (a later sheet wins), no list of all elements
        element = stack.pop()
        if element.children:
            stack.extend(reversed(element.children))
        if element.kind not in _HTML_KINDS:
            continue
        if element.kind != "html" and not element.prop("unsafe_allow_html"):
            continue
        body = element.prop("body")
        if isinstance(body, str) and "<style" in body.lower():
            sheets.extend(match.group(1) for match in _STYLE.finditer(body))
    return tuple(sheets)


def parse_rules(css: str) -> list[tuple[str, Declarations]]:
    """``(selector list, declarations)`` of each plain rule of ``css``; at-rules skipped.

    Custom properties are resolved over the whole text (the last declaration of a name
    wins, as for ``:root`` in practice), so a rule may use a variable declared anywhere.
    """
    raw = list(_blocks(_COMMENT.sub("", css)))
    variables: dict[str, str] = {}
    for _, declarations in raw:
        for name, value in declarations:
            if name.startswith("--"):
                variables[name] = value
    out: list[tuple[str, Declarations]] = []
    for selector, declarations in raw:
        kept = tuple((name, resolve(value, variables)) for name, value in declarations
                     if not name.startswith("--"))
        if kept:
            out.append((selector, kept))
    return out


def resolve(value: str, variables: dict[str, str], depth: int = 0) -> str:
    """``value`` with each ``var(--name, fallback)`` replaced (a few levels deep)."""
    if "var(" not in value or depth > 8:
        return value

    def one(match: re.Match[str]) -> str:
        found = variables.get(match.group(1))
        return found if found is not None else (match.group(2) or "").strip()

    return resolve(_VAR.sub(one, value), variables, depth + 1)


def _blocks(css: str) -> list[tuple[str, Declarations]]:
    """Top-level rules of ``css`` (braces balanced by hand: no regex can nest them)."""
    out: list[tuple[str, Declarations]] = []
    at, size = 0, len(css)
    while at < size:
        brace, semi = css.find("{", at), css.find(";", at)
        if brace < 0:
            break
        if 0 <= semi < brace and css[at:semi].strip().startswith("@"):
            at = semi + 1  # @import url(...); @charset "...";
            continue
        end = _closing(css, brace)
        prelude = css[at:brace].strip()
        if prelude and not prelude.startswith("@"):
            out.append((prelude, declarations(css[brace + 1:end])))
        at = end + 1
    return out


def _closing(css: str, brace: int) -> int:
    """Where the block opened at ``brace`` ends (the text's end if never closed)."""
    depth = 0
    for index in range(brace, len(css)):
        char = css[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return len(css)


def declarations(body: str) -> Declarations:
    """``prop: value; ...`` as pairs; ``;`` inside brackets (``url(data:...;base64,...)``)
    does not end a declaration."""
    out: list[tuple[str, str]] = []
    for part in split_top(body, ";"):
        name, colon, value = part.partition(":")
        name = name.strip().lower() if not name.strip().startswith("--") else name.strip()
        value = _IMPORTANT.sub("", value.strip())
        if colon and name and value:
            out.append((name, value))
    return tuple(out)


def split_top(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside brackets and quotes (selector lists,
    declarations, gradient stops)."""
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]
