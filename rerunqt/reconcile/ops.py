"""The operations a renderer applies: create, update changed props, move, remove.

A path is the tuple of match keys from the page root down to an element. Ops print
readably, so most reconciler tests assert on ops with no widgets at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rerunqt.core.element import Element

Path = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Create:
    """Build ``element`` (and its children) at ``index`` of the container at ``parent``."""

    parent: Path
    index: int
    element: Element

    def __repr__(self) -> str:
        return f"Create({self.element.kind} {self.element.key!r} at {self.parent!r}[{self.index}])"


@dataclass(frozen=True, slots=True)
class Update:
    """Set the ``changed`` props of the widget at ``path`` from ``new``."""

    path: Path
    old: Element
    new: Element
    changed: frozenset[str]

    def __repr__(self) -> str:
        return f"Update({self.path!r} {sorted(self.changed)})"


@dataclass(frozen=True, slots=True)
class Move:
    """Move the existing widget at ``path`` to ``index`` of its container (focus stays).

    Semantics a renderer must follow: every moved widget is first taken out of its
    layout (before any op of the list is applied), then Creates and Moves insert at
    their index in list order; the elements that stay put are already in order.
    """

    parent: Path
    index: int
    path: Path

    def __repr__(self) -> str:
        return f"Move({self.path!r} to {self.parent!r}[{self.index}])"


@dataclass(frozen=True, slots=True)
class Remove:
    """Delete the widget at ``path`` and everything inside it."""

    path: Path
    element: Element

    def __repr__(self) -> str:
        return f"Remove({self.path!r})"


Op = Create | Update | Move | Remove
