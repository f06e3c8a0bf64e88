"""A pandas Styler's ``set_table_styles`` rules, matched to st.table's cells as Streamlit's
static table matches them.

It exists because Streamlit 1.67 puts those rules in the page as ``#T_<uuid> <selector>``
CSS over its own HTML table: column headers are ``th.col_heading.level<n>.col<c>``, index
cells ``th.row_heading.level<n>.row<r>``, data cells ``td.data.row<r>.col<c>`` (the classes
``set_td_classes`` adds are not there). Only the selectors tables use are read: ``th``,
``td``, ``tr`` (with ``:nth-child(even|odd)``), ``thead`` / ``tbody`` before them and those
classes; a rule with another pseudo-class (``td:hover``) or element never applies here.
A table rule is more specific than a cell's own (``#T_x td`` over ``#T_x_row0_col0``),
so it wins where both set a property; a cell's rules win over its row's (``tr``), whose
background is under the cell; then the more classes, then the later rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

_COMPOUND = re.compile(r"^([a-z]*)((?:\.[\w-]+)*)((?::[\w-]+(?:\([^)]*\))?)*)$", re.IGNORECASE)
_PARITY = re.compile(r":nth-(?:child|of-type)\(\s*(even|odd|2n|2n\+1|2n\+0)\s*\)$", re.IGNORECASE)
_PARITIES = {"even": 0, "2n": 0, "2n+0": 0, "odd": 1, "2n+1": 1}  # (row + 1) % 2: rows count from 1


class TableRule(NamedTuple):
    """Where one rule applies: ``part`` "header" (column headers), "index" (index cells),
    "corner" (over the index) or "cells"; ``column`` / ``row`` a position or None for all;
    ``parity`` (row + 1) % 2 or None; ``rank`` orders rules as CSS would (row rules first,
    then by classes)."""

    rank: int
    part: str
    column: int | None
    row: int | None
    parity: int | None
    props: tuple[tuple[str, str], ...]


def _compound(text: str) -> tuple[str, set[str], str] | None:
    match = _COMPOUND.match(text)
    if match is None:
        return None
    tag, classes, pseudo = match.groups()
    return tag.lower(), {c for c in classes.split(".") if c}, pseudo


def _number(classes: set[str], prefix: str) -> int | None:
    for name in classes:
        if name.startswith(prefix) and name[len(prefix):].isdigit():
            return int(name[len(prefix):])
    return None


def _rules(selector: str, props: tuple[tuple[str, str], ...]) -> list[TableRule]:
    """The parts one selector (no commas) reaches; [] for a selector tables do not match."""
    parts = selector.split()
    if not parts:
        return []
    parity = None
    section = ""  # "thead" / "tbody" when the selector names one
    for ancestor in parts[:-1]:
        found = _compound(ancestor)
        if found is None or found[0] not in ("table", "thead", "tbody", "tr", ""):
            return []
        tag, _, pseudo = found
        if tag in ("thead", "tbody"):
            section = tag
        if pseudo:
            matched = _PARITY.match(pseudo)
            if tag != "tr" or matched is None:
                return []
            parity = _PARITIES[matched.group(1).lower()]
    found = _compound(parts[-1])
    if found is None:
        return []
    tag, classes, pseudo = found
    if pseudo:
        matched = _PARITY.match(pseudo)
        if tag != "tr" or matched is None:
            return []
        parity = _PARITIES[matched.group(1).lower()]
    column, row = _number(classes, "col"), _number(classes, "row")
    reached: list[str] = []
    if tag == "tr":  # a row's background is under its cells, its colour theirs
        if classes:
            return []
        reached = ["header"] if section == "thead" else ["index", "cells"]
        if section == "" and parity is None:
            reached = ["header", "index", "cells"]
    elif tag == "td" or (tag == "" and "data" in classes):
        reached = [] if section == "thead" or classes - {"data"} - {f"col{column}", f"row{row}"} \
            else ["cells"]
    elif tag in ("th", ""):
        if classes & {"blank", "index_name"}:
            reached = ["corner"]
        elif tag == "th" and section == "thead" and not classes:
            reached = ["header", "corner"]
        elif "col_heading" in classes:
            reached = ["header"]
        elif "row_heading" in classes or (tag == "th" and section == "tbody" and not classes):
            reached = ["index"]
        elif tag == "th" and not classes - {f"col{column}", f"row{row}"}:
            # plain th: every header; th.col<c> is a column header, th.row<r> its index cell
            reached = ["header"] if column is not None else ["index"] if row is not None \
                else ["header", "index", "corner"]
    if parity is not None:
        reached = [part for part in reached if part not in ("header", "corner")]
    rank = (0 if tag == "tr" else 100) + len(classes) + (parity is not None)
    return [TableRule(rank, part, column, row, parity, props) for part in reached]


def table_rules(table_styles: Iterable[Any] | None) -> tuple[TableRule, ...]:
    """A Styler's ``table_styles`` (dicts of selector and props) as rules, in order."""
    rules: list[TableRule] = []
    for style in table_styles or ():
        try:
            selector, props = style["selector"], style["props"]
        except (KeyError, TypeError):
            continue
        if isinstance(props, str):
            props = [tuple(p.split(":", 1)) for p in props.split(";") if ":" in p]
        try:
            pairs = tuple((str(k).strip().lower(), str(v).strip()) for k, v in props)
        except (TypeError, ValueError):  # (props a browser could not read either)
            continue
        for one in str(selector).split(","):
            rules.extend(_rules(one.strip(), pairs))
    return tuple(sorted(rules, key=lambda rule: rule.rank))  # (stable: later rules stay later)


def matching(rules: tuple[TableRule, ...], part: str, row: int | None, column: int | None,
             own: Iterable[Any] | None = None) -> list[Any]:
    """The CSS pairs of the rules that reach one cell of ``part``, in order (last wins), with
    the cell's ``own`` (a Styler's cell styles) over its row's and under its rules'."""
    found: list[Any] = []
    for rule in rules:
        if own is not None and rule.rank >= 100:
            found.extend(own)
            own = None
        if rule.part != part or (rule.column is not None and rule.column != column):
            continue
        if rule.row is not None and rule.row != row:
            continue
        if rule.parity is not None and (row is None or (row + 1) % 2 != rule.parity):
            continue
        found.extend(rule.props)
    if own is not None:
        found.extend(own)
    return found
