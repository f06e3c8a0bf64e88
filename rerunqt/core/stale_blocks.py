"""A widget callback writing into a container of the last run (one passed in ``args``).

Streamlit 1.67 runs callbacks at the start of the next run, and such a container still
names its place on the page: the callback's output joins the container as the new run
draws it again, after the new run's own elements, and lasts that run. A single-slot
container (``st.empty()``) is written again by the new run, which replaces what the
callback put there. Outside a callback a container of an earlier run stays an error.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.core.element import Element

TAIL = "callback"  # the key prefix of what a callback wrote: unique beside the run's own


def _path(builder: ContainerBuilder) -> tuple[Any, ...]:
    return tuple((b.kind, b.key) for b in builder.lineage())


def target(current: RunContext, builder: ContainerBuilder) -> ContainerBuilder | None:
    """Where a callback's write into ``builder`` of the last run goes; None outside one."""
    if current.callback_fragments is None:
        return None
    path = _path(builder)
    tails = current.stale_tails
    tail = tails.get(path)
    if tail is None:
        tail = tails[path] = ContainerBuilder(builder.kind, (TAIL, builder.key), builder.props,
                                              form=builder.form)
        if not builder.single:  # st.empty(): the new run's own write replaces it
            current.on_finish(_adopt)
    return tail


def entered(current: RunContext, builder: ContainerBuilder) -> ContainerBuilder | None:
    """The tail that ``with builder:`` entered in a callback, if that is what it did."""
    tail = current.stale_tails.get(_path(builder)) if current.stale_tails else None
    return tail if tail is not None and tail is current.container else None


def _adopt(ctx: RunContext, clean: bool) -> None:
    """After the run: each tail goes to the end of its container as the run drew it."""
    if not ctx.stale_tails:
        return
    pending = {path: tail for path, tail in ctx.stale_tails.items() if tail.children}
    if not pending:
        return
    stack = [ctx.root, *ctx.roots.values()]
    while stack and pending:
        builder = stack.pop()
        tail = pending.pop(_path(builder), None)
        if tail is not None and not builder.single:
            builder.children.extend(_rekeyed(e) for e in tail.freeze())
        stack.extend(c for c in builder.children if isinstance(c, ContainerBuilder))


def _rekeyed(element: Element) -> Element:
    key = element.key
    return element._replace(key=(TAIL, key)) if isinstance(key, tuple) else element


def is_tail(element: Element) -> bool:
    """Whether a callback wrote ``element`` into a container of the last run."""
    key = element.key
    return type(key) is tuple and len(key) == 2 and key[0] == TAIL


def arrival_order(elements: tuple[Element, ...]) -> tuple[Element, ...]:
    """The tree with what callbacks wrote first in its container: Streamlit's AppTest
    lists elements in the order they reached it (``at.markdown``), and a callback runs
    before the script; the page keeps them last, where the browser shows them."""
    out: list[Element] = []
    changed = False
    for element in elements:
        children = element.children
        if children:
            ordered = arrival_order(children)
            tails = tuple(c for c in ordered if is_tail(c))
            if tails:
                ordered = tails + tuple(c for c in ordered if not is_tail(c))
            if ordered != children:
                element = element._replace(children=ordered)
                changed = True
        out.append(element)
    return tuple(out) if changed else elements
