"""The element spec: an immutable description of one thing the script drew.

An ``Element`` is a ``NamedTuple`` rather than a frozen dataclass: it is just as
immutable (safe to hand from the script thread to the GUI thread), but equality is
C-level tuple comparison, which keeps the per-rerun diff of 1000 elements well inside
the performance budget (DESIGN.md).
"""

from __future__ import annotations

from typing import Any, NamedTuple

Props = tuple[tuple[str, Any], ...]
"""A kind's properties as ``(name, value)`` pairs, always in the same order for a kind."""



class Element(NamedTuple):
    """One node of the page tree.

    ``key`` is what the reconciler matches on: the widget id for a widget (its user
    key, or an auto id starting with ``$$ID``), or ``(kind, n)`` for the n-th static
    element of that kind in its container.
    """

    kind: str
    key: Any
    props: Props
    children: tuple[Element, ...] = ()
    stale: bool = False

    def prop(self, name: str, default: Any = None) -> Any:
        """The value of one property, or ``default``."""
        for prop_name, value in self.props:
            if prop_name == name:
                return value
        return default

    def props_dict(self) -> dict[str, Any]:
        """All properties as a dict (for adapters and AppTest)."""
        return dict(self.props)


def changed_props(old: Element, new: Element) -> frozenset[str]:
    """Names of the properties whose values differ between two specs of one kind."""
    if old.props == new.props:
        return frozenset()
    if len(old.props) != len(new.props):
        return frozenset(name for name, _ in old.props) | frozenset(name for name, _ in new.props)
    return frozenset(
        new_name
        for (old_name, old_value), (new_name, new_value) in zip(old.props, new.props)
        if old_name != new_name or old_value != new_value
    )


def walk(elements: tuple[Element, ...]) -> list[Element]:
    """Every element in page order (depth first)."""
    out: list[Element] = []
    stack = list(reversed(elements))
    while stack:
        element = stack.pop()
        out.append(element)
        if element.children:
            stack.extend(reversed(element.children))
    return out
