"""The page's class and id rules put inline on the app's own HTML (Qt-free).

Apps write ``<div class="hero">...</div>`` in Markdown and style ``.hero`` in a ``<style>``
block. Qt's rich text has no page-wide style sheet, but rerunqt draws inline ``style``
attributes (boxes, colours, sizes: qt/html_boxes.py), so each rule whose selector is one
tag, class and id compound (``.hero``, ``div.card``, ``#corgi``, ``.badge.ok``, or a heading
tag ``h1``-``h6``, which qt/page_headings.py also gives Markdown's ``#`` headings) is copied
into the ``style`` of the elements it matches, and so is a descendant rule of two such
compounds (``.hero h1``, ``.card > .title``, read as descendant): by specificity, then
source order, and the element's own ``style`` last, so it wins as in a browser. Longer
chains, pseudo-classes and Streamlit's own classes are left out (core/page_css_map.py
takes Streamlit's).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rerunqt.core.page_css import Declarations, parse_rules, split_top

_SIMPLE = re.compile(r"([a-z][a-z0-9]*)?((?:[.#][a-z_][\w-]*)*)", re.I)
_PART = re.compile(r"[.#][\w-]+")
_HEADING = re.compile(r"h[1-6]")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)(\s[^<>]*?)?(/?)>")
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area",
                   "base", "embed", "param", "track"})
_ATTRIBUTES = {name: re.compile(rf"\s{name}\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
               for name in ("class", "id", "style")}

Compound = tuple[str, frozenset[str], str]
"""One simple selector: its tag (or ""), classes and id (or "")."""


class ClassRule(NamedTuple):
    """A rule for the app's own HTML: its tag (or ""), classes and id, the compound an
    ancestor must match (``.hero`` of ``.hero h1``) if any, and declarations."""

    tag: str
    classes: frozenset[str]
    ident: str
    declarations: Declarations
    ancestor: Compound | None = None

    def matches(self, tag: str, classes: set[str], ident: str,
                ancestors: list[tuple[str, set[str], str]]) -> bool:
        return _fits((self.tag, self.classes, self.ident), tag, classes, ident) and (
            self.ancestor is None or any(_fits(self.ancestor, *up) for up in ancestors))

    @property
    def specificity(self) -> tuple[int, int, int]:
        up = self.ancestor or ("", frozenset(), "")
        return (bool(self.ident) + bool(up[2]), len(self.classes) + len(up[1]),
                bool(self.tag) + bool(up[0]))


def _fits(compound: Compound, tag: str, classes: set[str], ident: str) -> bool:
    want_tag, want_classes, want_id = compound
    return (not want_tag or want_tag == tag) and want_classes <= classes and (
        not want_id or want_id == ident)


def _compound(text: str) -> Compound | None:
    """A simple selector of a tag, classes and an id; None for anything else, two ids,
    or Streamlit's own classes (``.stButton``: not the app's HTML)."""
    match = _SIMPLE.fullmatch(text)
    if match is None or not text:
        return None
    parts = _PART.findall(match.group(2))
    idents = [part[1:] for part in parts if part[0] == "#"]
    classes = frozenset(part[1:] for part in parts if part[0] == ".")
    if len(idents) > 1 or any(name.startswith("st") and name[2:3].isupper() for name in classes):
        return None
    return (match.group(1) or "").lower(), classes, idents[0] if idents else ""


@functools.lru_cache(maxsize=16)
def class_rules(sheets: tuple[str, ...]) -> tuple[ClassRule, ...]:
    """The page's rules for the app's HTML, in source order: one compound with a class or
    id (``.hero``, ``div.card``), a heading tag, or an ancestor compound with a class or id
    then a compound (``.hero h1``, ``.card > .title``)."""
    out: list[ClassRule] = []
    for sheet in sheets:
        for selectors, declarations in parse_rules(sheet):
            for selector in split_top(selectors, ","):
                words = selector.replace(">", " ").split()
                if len(words) == 1 and _HEADING.fullmatch(words[0].lower()):  # Markdown's too
                    out.append(ClassRule(words[0].lower(), frozenset(), "", declarations))
                    continue
                compounds = [_compound(word) for word in words]
                if not 1 <= len(compounds) <= 2 or None in compounds:
                    continue
                target, up = compounds[-1], compounds[0] if len(compounds) == 2 else None
                assert target is not None
                if not (target[1] or target[2]) and (up is None or not (up[1] or up[2])):
                    continue  # a bare tag (``div``, ``p``): Streamlit's page is full of them
                out.append(ClassRule(*target, declarations, up))
    return tuple(out)


def inline_classes(html: str, rules: tuple[ClassRule, ...]) -> str:
    """``html`` with each start tag that ``rules`` match given their declarations inline,
    before its own ``style``; an ancestor is an element still open around the tag."""
    tags = {rule.tag for rule in rules if not rule.classes and not rule.ident}
    if not rules or ("class" not in html and "id" not in html and not tags):
        return html
    stack: list[tuple[str, set[str], str]] = []

    def one(match: re.Match[str]) -> str:
        closing, name, empty = match.group(1), match.group(2), match.group(4)
        attributes = match.group(3) or ""
        tag = name.lower()
        if closing:
            for index in range(len(stack) - 1, -1, -1):
                if stack[index][0] == tag:
                    del stack[index:]
                    break
            return match.group(0)
        classes = set(_value(attributes, "class").split())
        ident = _value(attributes, "id")
        found = sorted((rule for rule in rules if rule.matches(tag, classes, ident, stack)),
                       key=lambda rule: rule.specificity)
        if tag not in _VOID and not empty:
            stack.append((tag, classes, ident))
        if not found:
            return match.group(0)
        style = "; ".join(f"{key}: {value}" for rule in found for key, value in rule.declarations)
        own = _value(attributes, "style")
        if own:
            attributes = _ATTRIBUTES["style"].sub("", attributes)
            style = f"{style}; {own}"
        style = style.replace('"', "'")
        return f'<{name}{attributes} style="{style}"{empty}>'

    return _TAG.sub(one, html)


def _value(attributes: str, name: str) -> str:
    found = _ATTRIBUTES[name].search(attributes)
    return found.group(1).strip("\"'") if found else ""
