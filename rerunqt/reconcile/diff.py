"""diff(old, new) -> ops: widgets match by id, static elements by kind and order.

Matching never depends on position alone, so a line inserted above a text field does
not re-create the field the user is typing in; a matched element that moved becomes
one Move (the longest run of elements already in order stays put).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from rerunqt.core.element import Element, changed_props
from rerunqt.reconcile.ops import Create, Move, Op, Path, Remove, Update


def diff(old: tuple[Element, ...], new: tuple[Element, ...], parent: Path = ()) -> list[Op]:
    """The ops that turn the page showing ``old`` into one showing ``new``."""
    ops: list[Op] = []
    _diff_children(parent, old, new, ops)
    return ops


def _diff_children(parent: Path, old: tuple[Element, ...], new: tuple[Element, ...],
                   ops: list[Op]) -> None:
    if old is new:
        return
    if len(old) == len(new):
        # The common case, one pass: same keys in the same order, a few changed props.
        # Elements are tuples (kind, key, ...), so equal ones compare at C speed.
        changed: list[tuple[Element, Element]] = []
        for o, n in zip(old, new):
            if o is n or o == n:  # most are the last run's very objects: no compare at all
                continue
            if o[1] != n[1] or o[0] != n[0]:
                break
            changed.append((o, n))
        else:
            for o, n in changed:
                _update(parent, o, n, ops)
            return
    _diff_reordered(parent, old, new, ops)


def _diff_reordered(parent: Path, old: tuple[Element, ...], new: tuple[Element, ...],
                    ops: list[Op]) -> None:
    old_at: dict[Any, int] = {e.key: i for i, e in enumerate(old)}
    matched: list[int] = []
    for n in new:
        i = old_at.get(n.key, -1)
        matched.append(i if i >= 0 and old[i].kind == n.kind else -1)
    kept = set(matched)
    for i, o in enumerate(old):
        if i not in kept:
            ops.append(Remove((*parent, o.key), o))
    stable = _longest_increasing(matched)
    for index, (n, i) in enumerate(zip(new, matched)):
        if i < 0:
            ops.append(Create(parent, index, n))
            continue
        if i not in stable:
            ops.append(Move(parent, index, (*parent, n.key)))
        o = old[i]
        if o is not n and o != n:
            _update(parent, o, n, ops)


def _update(parent: Path, o: Element, n: Element, ops: list[Op]) -> None:
    path = (*parent, n.key)
    changed = changed_props(o, n)
    if o.stale != n.stale:
        changed = changed | {"stale"}
    if changed:
        ops.append(Update(path, o, n, changed))
    if o.children is not n.children and o.children != n.children:
        _diff_children(path, o.children, n.children, ops)


def _longest_increasing(seq: list[int]) -> set[int]:
    """Values (old indices >= 0) of a longest increasing subsequence: these need no move."""
    tails: list[int] = []
    tail_at: list[int] = []
    prev: list[int] = [-1] * len(seq)
    for pos, value in enumerate(seq):
        if value < 0:
            continue
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(pos)
        else:
            tails[k] = value
            tail_at[k] = pos
        prev[pos] = tail_at[k - 1] if k > 0 else -1
    out: set[int] = set()
    pos = tail_at[-1] if tail_at else -1
    while pos >= 0:
        out.add(seq[pos])
        pos = prev[pos]
    return out


def merge_partial(shown: tuple[Element, ...], partial: tuple[Element, ...]) -> tuple[Element, ...]:
    """A run still in progress: what it drew, then the old elements it has not reached, stale.

    Containers it reached merge recursively, so their unreached children stay too; an
    st.empty() slot it reached holds only what it holds now (emptied, as an ended spinner's
    slot is, it shows nothing, as Streamlit replaces the slot's content at once).
    """
    shown_at = {e.key: e for e in shown}
    reached = set()
    out: list[Element] = []
    for element in partial:
        reached.add(element.key)
        before = shown_at.get(element.key)
        if (before is not None and before.children and before.kind == element.kind
                and element.kind != "empty"):
            element = element._replace(children=merge_partial(before.children, element.children))
        out.append(element)
    for element in shown:
        if element.key not in reached:
            out.append(element if element.stale else element._replace(stale=True))
    return tuple(out)
