"""The page's class and id rules put inline on the app's own HTML (Qt-free).

Apps write ``<div class="hero">...</div>`` in Markdown and style ``.hero`` in a ``<style>``
block. Qt's rich text has no page-wide style sheet, but rerunqt draws inline ``style``
attributes (boxes, colours, sizes: qt/html_boxes.py), so each rule whose selector is one
tag, class and id compound (``.hero``, ``div.card``, ``#corgi``, ``.badge.ok``, or a heading
tag ``h1``-``h6``, which qt/page_headings.py also gives Markdown's ``#`` headings) is copied
into the ``style`` of the elements it matches: by specificity, then source order, and the
element's own ``style`` last, so it wins as in a browser. Descendant selectors
(``.hero h1``), pseudo-classes and Streamlit's own classes are left to the browser-only
rest (core/page_css_map.py takes Streamlit's).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rerunqt.core.page_css import Declarations, parse_rules, split_top

_SIMPLE = re.compile(r"([a-z][a-z0-9]*)?((?:[.#][a-z_][\w-]*)+)", re.I)
_PART = re.compile(r"[.#][\w-]+")
_HEADING = re.compile(r"h[1-6]")
_START = re.compile(r"<([a-zA-Z][\w-]*)(\s[^<>]*?)?(/?)>")
_ATTRIBUTES = {name: re.compile(rf"\s{name}\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
               for name in ("class", "id", "style")}


class ClassRule(NamedTuple):
    """A rule for the app's own HTML: its tag (or ""), classes and id, and declarations."""

    tag: str
    classes: frozenset[str]
    ident: str
    declarations: Declarations

    def matches(self, tag: str, classes: set[str], ident: str) -> bool:
        return ((not self.tag or self.tag == tag) and self.classes <= classes
                and (not self.ident or self.ident == ident))

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (bool(self.ident), len(self.classes), bool(self.tag))


@functools.lru_cache(maxsize=16)
def class_rules(sheets: tuple[str, ...]) -> tuple[ClassRule, ...]:
    """The simple class / id rules of the page's style sheets, in source order."""
    out: list[ClassRule] = []
    for sheet in sheets:
        for selectors, declarations in parse_rules(sheet):
            for selector in split_top(selectors, ","):
                if _HEADING.fullmatch(selector.strip().lower()):  # h1-h6: Markdown's too
                    out.append(ClassRule(selector.strip().lower(), frozenset(), "", declarations))
                    continue
                match = _SIMPLE.fullmatch(selector.strip())
                if match is None:
                    continue
                parts = _PART.findall(match.group(2))
                idents = [part[1:] for part in parts if part[0] == "#"]
                classes = frozenset(part[1:] for part in parts if part[0] == ".")
                if len(idents) > 1 or any(name.startswith("st") and name[2:3].isupper() for name in classes):
                    continue  # two ids match nothing; .stButton is Streamlit's, not the app's
                out.append(ClassRule((match.group(1) or "").lower(), classes,
                                     idents[0] if idents else "", declarations))
    return tuple(out)


def inline_classes(html: str, rules: tuple[ClassRule, ...]) -> str:
    """``html`` with each start tag that ``rules`` match given their declarations inline,
    before its own ``style``."""
    tags = {rule.tag for rule in rules if not rule.classes and not rule.ident}
    if not rules or ("class" not in html and "id" not in html and not tags):
        return html

    def one(match: re.Match[str]) -> str:
        attributes = match.group(2) or ""
        classes = set(_value(attributes, "class").split())
        ident = _value(attributes, "id")
        tag = match.group(1).lower()
        if not classes and not ident and tag not in tags:
            return match.group(0)
        found = sorted((rule for rule in rules if rule.matches(tag, classes, ident)),
                       key=lambda rule: rule.specificity)
        if not found:
            return match.group(0)
        style = "; ".join(f"{name}: {value}" for rule in found for name, value in rule.declarations)
        own = _value(attributes, "style")
        if own:
            attributes = _ATTRIBUTES["style"].sub("", attributes)
            style = f"{style}; {own}"
        style = style.replace('"', "'")
        return f'<{match.group(1)}{attributes} style="{style}"{match.group(3)}>'

    return _START.sub(one, html)


def _value(attributes: str, name: str) -> str:
    found = _ATTRIBUTES[name].search(attributes)
    return found.group(1).strip("\"'") if found else ""
