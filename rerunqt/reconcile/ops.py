"""The operations a renderer applies: create, update changed props, move, remove.

A path is the tuple of match keys from the page root down to an element. Ops print
readably, so most reconciler tests assert on ops with no widgets at all. They are
NamedTuples, not dataclasses: a rerun makes one per changed element, and a frozen
dataclass costs more to create (and ~1 ms per class to define at start-up).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rerunqt.core.element import Element

Path = tuple[Any, ...]


class Create(NamedTuple):
    """Build ``element`` (and its children) at ``position`` of the container at ``parent``."""

    parent: Path
    position: int  # not "index": that is a tuple method
    element: Element

    def __repr__(self) -> str:
        return f"Create({self.element.kind} {self.element.key!r} at {self.parent!r}[{self.position}])"


class Update(NamedTuple):
    """Set the ``changed`` props of the widget at ``path`` from ``new``."""

    path: Path
    old: Element
    new: Element
    changed: frozenset[str]

    def __repr__(self) -> str:
        return f"Update({self.path!r} {sorted(self.changed)})"


class Move(NamedTuple):
    """Move the existing widget at ``path`` to ``position`` of its container (focus stays).

    Semantics a renderer must follow: every moved widget is first taken out of its
    layout (before any op of the list is applied), then Creates and Moves insert at
    their index in list order; the elements that stay put are already in order.
    """

    parent: Path
    position: int  # not "index": that is a tuple method
    path: Path

    def __repr__(self) -> str:
        return f"Move({self.path!r} to {self.parent!r}[{self.position}])"


class Remove(NamedTuple):
    """Delete the widget at ``path`` and everything inside it."""

    path: Path
    element: Element

    def __repr__(self) -> str:
        return f"Remove({self.path!r})"


Op = Create | Update | Move | Remove
