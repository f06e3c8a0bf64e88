"""A keyed widget that moves to another container keeps its Qt widget (and its focus).

The reconciler matches elements within one container, so a widget moved from the page
into a column (or out of the sidebar) arrives as a Remove in one place and a Create in
another. Before the ops are applied, ``take`` detaches each such widget from its old
container (so removing that container cannot delete it); ``_create`` then re-inserts
it instead of building a new one. Only widgets (keyed by their id) with the same kind
and the same host move; a widget entering or leaving a form is rebuilt, because its
events must go to a different host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QWidget

from rerunqt.core.element import Element
from rerunqt.qt.column import focus_inside
from rerunqt.reconcile import Create, Op, Remove
from rerunqt.reconcile.ops import Path

if TYPE_CHECKING:
    from rerunqt.qt.renderer import Record, Renderer


class Taken(NamedTuple):
    record: Record
    focused: QWidget | None


def _widgets(path: Path, element: Element, out: dict[str, tuple[Path, Element]]) -> None:
    """Every leaf element keyed by a widget id under ``element`` (itself included)."""
    if element.children:
        for child in element.children:
            _widgets((*path, child.key), child, out)
    elif isinstance(element.key, str):
        out[element.key] = (path, element)


def take(renderer: Renderer, ops: list[Op]) -> dict[str, Taken]:
    """Detach the widgets that leave one container and enter another in ``ops``."""
    leaving: dict[str, tuple[Path, Element]] = {}
    entering: dict[str, tuple[Path, Element]] = {}
    for op in ops:
        if isinstance(op, Remove):
            _widgets(op.path, op.element, leaving)
        elif isinstance(op, Create):
            _widgets((*op.parent, op.element.key), op.element, entering)
    taken: dict[str, Taken] = {}
    for key in leaving.keys() & entering.keys():
        path, old = leaving[key]
        if entering[key][1].kind != old.kind:
            continue
        record = renderer.records.get(path)
        if record is None or record.failed:
            continue
        if renderer.failures and renderer._blocked(path[:-1]):
            continue
        focused = focus_inside(record.widget)
        renderer._column(path[:-1], old.kind).remove(record.widget)
        record.widget.setParent(None)  # survives its old container's removal
        del renderer.records[path]
        taken[key] = Taken(record, focused)
    return taken


def drop(renderer: Renderer, taken: dict[str, Taken]) -> None:
    """Delete widgets taken but not re-inserted (their new place needed a new widget)."""
    for item in taken.values():
        record = item.record
        record.host.set_pending(record.widget, None)
        record.host.forget(record.element.key)
        record.widget.deleteLater()
    taken.clear()
