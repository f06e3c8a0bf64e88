"""Dialog-only reruns: an event from a widget inside the open dialog reruns just its function.

The rest of the page is the last full run's, unchanged; its widgets stay registered
(the run ends as not clean, so nothing outside the dialog is dropped); the dialog's own
widgets that this run did not draw are dropped, as after a fragment run.
"""

from __future__ import annotations

from rerunqt.core.context import RunContext
from rerunqt.core.dialogs import DIALOG_ROOT, DialogCall
from rerunqt.core.element import Element, walk
from rerunqt.core.kinds import KINDS
from rerunqt.core.overlay import OVERLAY_ROOT
from rerunqt.runner.requests import RerunRequest

_THIS_RUN = (DIALOG_ROOT, OVERLAY_ROOT)  # roots a dialog-only run draws anew


def widget_ids(tree: tuple[Element, ...]) -> frozenset[str]:
    """The ids of the widgets inside the tree's dialog (none if there is no dialog)."""
    for element in tree:
        if element.kind == DIALOG_ROOT:
            return frozenset(e.key for e in walk(element.children) if isinstance(e.key, str))
    return frozenset()


def is_dialog_event(dialog: DialogCall | None, request: RerunRequest) -> bool:
    """Whether every value and click of ``request`` comes from inside the open dialog."""
    if dialog is None or not request.widget_driven:
        return False
    ids = set(request.values)
    if request.click is not None:
        ids.add(request.click)
    return ids <= dialog.widget_ids


def run_function(ctx: RunContext, dialog: DialogCall) -> None:
    """Call the dialog's function again, as the call that opened it did (in its page's
    id scope: a dialog opened by a st.navigation page keeps its widgets' ids)."""
    previous, ctx.id_scopes = ctx.id_scopes, dialog.id_scopes
    try:
        dialog.function(*dialog.args, **dialog.kwargs)
    finally:
        ctx.id_scopes = previous
    ctx.state.drop_unseen(dialog.widget_ids)  # a dialog is a fragment: its hidden widgets go


def merge(last_tree: tuple[Element, ...], ctx: RunContext) -> tuple[Element, ...]:
    """The last full page with this run's dialog in place of the old one (or none).

    The overlay's events (toasts, balloons) are this run's too: a toast the dialog shows
    appears, and the last full run's toasts are not drawn again.
    """
    tree = ctx.tree()
    new = [e for e in tree if e.kind in _THIS_RUN]
    if not any(e.kind == DIALOG_ROOT for e in new) and ctx.root.children:
        # an error before the dialog was drawn
        page = tuple(e for e in tree if e.kind != OVERLAY_ROOT)
        new.append(Element(DIALOG_ROOT, (DIALOG_ROOT, 0), (), page))
    kept = [e for e in last_tree if e.kind not in _THIS_RUN]
    return _ordered(kept + new)


def with_events(tree: tuple[Element, ...], ctx: RunContext) -> tuple[Element, ...]:
    """``tree`` with this run's toasts and effects in place of the last run's, and the
    dialog this run opened, if any, in place of the last one (a fragment run: a button in
    a fragment may open a dialog)."""
    new = [e for e in ctx.tree() if e.kind == OVERLAY_ROOT or e.kind == DIALOG_ROOT]
    opened = any(e.kind == DIALOG_ROOT for e in new)
    kept = [e for e in tree if e.kind != OVERLAY_ROOT and not (opened and e.kind == DIALOG_ROOT)]
    return _ordered(kept + new)


def _ordered(elements: list[Element]) -> tuple[Element, ...]:
    """Page elements first, then the roots sorted by name (as RunContext.tree orders them)."""
    roots = sorted((e for e in elements if _is_root(e)), key=lambda e: e.kind)
    return tuple(e for e in elements if not _is_root(e)) + tuple(roots)


def _is_root(element: Element) -> bool:
    kind = KINDS.get(element.kind)
    return kind is not None and kind.role == "root"
