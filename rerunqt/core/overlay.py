"""Events shown over the page: toasts, balloons, snow.

Toasts go to the run's ``overlay`` root, which the window places over the page, not in
the page's flow; balloons and snow are elements where they were called (add_effect).
Each is keyed by the run that drew it, so it is an event, not a page element: drawing
the same toast in two runs shows two toasts, and a toast stays on screen until its time
is up even if the next run does not draw it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context
from rerunqt.core.element import Element, Props
from rerunqt.core.registration import check_icon
from rerunqt.core.status import clean_text
from rerunqt.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

if TYPE_CHECKING:
    from rerunqt.core.context import ContainerBuilder, RunContext
    from rerunqt.core.handles import ElementHandle

OVERLAY_ROOT = "overlay"
DURATIONS = {"short": 4, "long": 10, "infinite": None}


def toast_duration(duration: Any) -> int | None:
    """Seconds on screen: "short" 4, "long" 10, an int > 0; None for "infinite"."""
    if isinstance(duration, str) and duration in DURATIONS:
        return DURATIONS[duration]
    if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        return duration
    if isinstance(duration, bool):  # Streamlit's message field refuses it: a TypeError
        raise TypeError("Field Toast.duration: Expected an int, got a boolean.")
    raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])


def add_event(ctx: RunContext, kind: str, props: Props) -> tuple[ContainerBuilder, int]:
    """Add an event element to the overlay root (or to the slot of a handle on one)."""
    overlay = ctx.open_root(OVERLAY_ROOT)
    target = ctx.container
    if not (target.single and target.parent is overlay):  # not `toast_handle.toast(...)`
        target = overlay
    n = overlay.counters.get(kind, 0)
    overlay.counters[kind] = n + 1
    ctx.enter(target)
    try:
        ctx.add_widget(kind, (kind, ctx.state.run_serial, n), props)
    finally:
        ctx.leave(target)
    return target, len(target.children) - 1


def toast(body: str, *, icon: str | None = None,
          duration: Literal["short", "long", "infinite"] | int = "short") -> ElementHandle:
    """A short message in the window's bottom-right corner that goes away by itself.

    Call ``.toast(...)`` on what it returns to change that toast in place.
    """
    if str(body) == "":
        raise StreamlitMissingRequiredParameterError(
            "The `body` parameter is required. Please provide a message.")
    check_icon("toast", icon)
    props = (("body", clean_text(body)), ("icon", icon), ("duration", toast_duration(duration)))
    ctx = context.current()
    target, index = add_event(ctx, "toast", props)
    from rerunqt.core.handles import ElementHandle  # handles build on blocks

    return ElementHandle(ctx, target, index)


def balloons() -> None:
    """Balloons float up over the window for a moment (it never blocks input)."""
    add_effect(context.current(), "balloons")


def snow() -> None:
    """Snowflakes fall over the window for a moment (it never blocks input)."""
    add_effect(context.current(), "snow")


def add_effect(ctx: RunContext, kind: str) -> None:
    """Balloons or snow: an element where it was called, as in Streamlit (AppTest lists it
    there, in ``at.main`` or a column), whose widget plays the effect over the window.

    Keyed by the run that drew it, so each run that calls it plays it again; a run that
    keeps the last run's page (a dialog or fragment run) does not."""
    counters = ctx.container.counters
    slot = f"{kind} effect"
    n = counters.get(slot, 0)
    counters[slot] = n + 1
    ctx.add_widget(kind, (kind, ctx.state.run_serial, n), ())


def events_of(tree: tuple[Element, ...]) -> tuple[Element, ...]:
    """The events (toasts, balloons, snow) a run's ``tree`` drew, in order."""
    return next((root.children for root in tree if root.kind == OVERLAY_ROOT), ())


def with_events(tree: tuple[Element, ...], events: tuple[Element, ...]) -> tuple[Element, ...]:
    """``tree`` with ``events`` first in its overlay root: a toast drawn just before
    ``st.rerun()`` shows after the rerun, as in Streamlit (its run's page is dropped)."""
    if not events:
        return tree
    for index, root in enumerate(tree):
        if root.kind == OVERLAY_ROOT:
            merged = root._replace(children=events + root.children)
            return tree[:index] + (merged,) + tree[index + 1:]
    return tree + (Element(OVERLAY_ROOT, (OVERLAY_ROOT, 0), (), events),)
