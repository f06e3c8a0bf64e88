"""Fragment-only runs: an event from a fragment's widgets reruns just its function.

The rest of the page is the last full run's, unchanged: the fragment's new container
replaces its old one where it was (found by the keys of the containers around it), and
so does each of its parts of containers made outside it (core/fragment_parts.py). The
parts are opened empty before the function runs, so a part it writes nothing into this
time is cleared, and its writes replace what it drew there before (nothing
accumulates). A fragment nested in this one redraws its outside parts too.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core import fragment_parts, fragments
from rerunqt.core.context import RunContext
from rerunqt.core.element import Element, walk
from rerunqt.core.fragment_parts import Part
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


def run(ctx: RunContext, call: FragmentCall, last_tree: tuple[Element, ...],
        known: dict[str, FragmentCall]) -> None:
    """Call the fragment again, drawing into a fresh container keyed as the old one and
    into fresh parts keyed as its old parts."""
    old = find(last_tree, call.path)
    if old is not None:
        ctx.root.previous = {old.key: old}  # unchanged children are reused, not rebuilt
    ctx.fragment_only = True
    if fragment_parts.in_sidebar(call.path):  # drawn at the page's root here
        ctx.sidebar_tops.append(ctx.root)
    for owner, place, part in redrawn_parts(call, known):
        fragment_parts.reopen(ctx, owner.id, place, part, find(last_tree, part.path))
    fragments.draw(ctx, call)
    ctx.state.drop_unseen(call.widget_ids)  # reached only when the fragment ran to its end


def splice(last_tree: tuple[Element, ...], call: FragmentCall, ctx: RunContext,
           known: dict[str, FragmentCall]) -> tuple[Element, ...] | None:
    """The last page with the fragment's new container and parts in place; None if the
    fragment is gone from it (a part that is gone is skipped)."""
    new = next((e for e in ctx.tree() if e.key == call.key), None)
    if new is None:
        return None
    spliced = _replace(last_tree, call.path, new)
    if spliced is None:
        return None
    for owner, place, part in redrawn_parts(call, known):
        builder = ctx.fragment_parts.get((owner.id, place))
        if builder is not None:
            spliced = _replace(spliced, part.path, builder.to_element()) or spliced
    return dialog_run.with_events(spliced, ctx)


def redrawn_parts(call: FragmentCall,
                  known: dict[str, FragmentCall]) -> list[tuple[FragmentCall, Any, Part]]:
    """The parts a rerun of ``call`` redraws in place: its own and those of fragments
    nested in it, except any inside the fragment or inside another of them (the rerun
    draws those anew with what holds them)."""
    found = [(owner, place, part) for owner in _nested(call, known)
             for place, part in owner.parts.items()]
    if not found:
        return found
    holders = [call.path] + [part.path for _, _, part in found]
    return [(owner, place, part) for owner, place, part in found
            if not any(len(p) < len(part.path) and part.path[:len(p)] == p for p in holders)]


def collect(ctx: RunContext, tree: tuple[Element, ...]) -> dict[str, FragmentCall]:
    """After a full run: its fragments, each with its parts and the ids of the widgets
    it holds (in its container, its parts and those of fragments nested in it)."""
    out: dict[str, FragmentCall] = {}
    parts = fragment_parts.recorded(ctx) if ctx.fragment_parts else {}
    for fid, call in ctx.fragments.items():
        if find(tree, call.path) is not None:
            call.parts = parts.get(fid, {})
            out[fid] = call
    hold(out, tree)
    return out


def hold(known: dict[str, FragmentCall], tree: tuple[Element, ...]) -> None:
    """Set the ids of the widgets each fragment holds in ``tree``; also after a
    fragment-only run, whose widgets may be new (drawn first by it, or with changed
    parameters) and must rerun the fragment too, not the whole script."""
    for call in known.values():
        paths = [call.path] + [p.path for owner in _nested(call, known) for p in owner.parts.values()]
        call.widget_ids = frozenset(
            e.key for path in paths for e in walk(_children(tree, path)) if isinstance(e.key, str))


def _nested(call: FragmentCall, known: dict[str, FragmentCall]) -> list[FragmentCall]:
    """``call`` and the known fragments drawn inside its container."""
    depth = len(call.path)
    return [call] + [other for other in known.values()
                     if other is not call and other.path[:depth] == call.path]


def _children(tree: tuple[Element, ...], path: tuple[object, ...]) -> tuple[Element, ...]:
    element = find(tree, path)
    return () if element is None else element.children


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
