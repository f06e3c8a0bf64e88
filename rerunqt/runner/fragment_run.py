"""Fragment-only runs: an event from a fragment's widgets reruns just its function.

The rest of the page is the last full run's, unchanged: the fragment's new container
replaces its old one where it was (found by the keys of the containers around it).
"""

from __future__ import annotations

from rerunqt.core import fragments
from rerunqt.core.context import RunContext
from rerunqt.core.element import Element, walk
from rerunqt.core.fragments import FragmentCall
from rerunqt.runner import dialog_run
from rerunqt.runner.requests import RerunRequest


def pick(known: dict[str, FragmentCall], request: RerunRequest) -> FragmentCall | None:
    """The fragment ``request`` reruns alone: named by it, or holding all its widgets."""
    if not known:  # the usual app: no fragment
        return None
    if request.fragment is not None:
        return known.get(request.fragment)
    if not request.widget_driven or request.clear_state:
        return None
    ids = set(request.values)
    if request.click is not None:
        ids.add(request.click)
    holding = [call for call in known.values() if call.widget_ids and ids <= call.widget_ids]
    return min(holding, key=lambda call: len(call.widget_ids), default=None)  # the innermost


def run(ctx: RunContext, call: FragmentCall, last_tree: tuple[Element, ...]) -> None:
    """Call the fragment again, drawing into a fresh container keyed as the old one."""
    old = find(last_tree, call.path)
    if old is not None:
        ctx.root.previous = {old.key: old}  # unchanged children are reused, not rebuilt
    ctx.fragment_only = True
    fragments.draw(ctx, call)


def splice(last_tree: tuple[Element, ...], call: FragmentCall,
           ctx: RunContext) -> tuple[Element, ...] | None:
    """The last page with the fragment's new container in place; None if it is gone."""
    new = next((e for e in ctx.tree() if e.key == call.key), None)
    if new is None:
        return None
    spliced = _replace(last_tree, call.path, new)
    return None if spliced is None else dialog_run.with_events(spliced, ctx)


def collect(ctx: RunContext, tree: tuple[Element, ...]) -> dict[str, FragmentCall]:
    """After a full run: its fragments, each with the ids of the widgets it holds."""
    out: dict[str, FragmentCall] = {}
    for fid, call in ctx.fragments.items():
        element = find(tree, call.path)
        if element is not None:
            call.widget_ids = frozenset(
                e.key for e in walk(element.children) if isinstance(e.key, str))
            out[fid] = call
    return out


def find(tree: tuple[Element, ...], path: tuple[object, ...]) -> Element | None:
    level: tuple[Element, ...] = tree
    element = None
    for key in path:
        element = next((e for e in level if e.key == key), None)
        if element is None:
            return None
        level = element.children
    return element


def _replace(tree: tuple[Element, ...], path: tuple[object, ...],
             new: Element) -> tuple[Element, ...] | None:
    if not path:
        return None
    out = list(tree)
    for i, element in enumerate(out):
        if element.key != path[0]:
            continue
        if len(path) == 1:
            out[i] = new
        else:
            children = _replace(element.children, path[1:], new)
            if children is None:
                return None
            out[i] = element._replace(children=children)
        return tuple(out)
    return None
