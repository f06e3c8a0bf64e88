"""The garbage collector can start inside ``ContextVar.set``/``reset``: the guard that
keeps finalizers' output off a later run must not touch the variable then.

The guard used to set the run's ContextVar to None in the collector's callback. A
collection triggered by the allocation inside ``activated``'s own ``set``/``reset``
then changed the variable under the interrupted call: here a LookupError at the reset,
and in the full suite a rare segfault at the same line.
"""

from __future__ import annotations

import contextvars
import gc

from rerunqt.core import context
from rerunqt.core.state import SessionState


def _activate_under_gc_pressure(rounds: int) -> list[bool]:
    others = [contextvars.ContextVar(f"other{i}") for i in range(50)]
    for var in others:  # a larger mapping: each set/reset allocates more
        var.set(1)
    ctx = context.RunContext(SessionState())
    seen: list[bool] = []
    junk: list[list[list[int]]] = []
    for _ in range(rounds):
        with context.activated(ctx):
            junk.append([[] for _ in range(3)])  # allocations: collections mid-block
            if len(junk) > 100:
                junk.clear()
            seen.append(context.current_or_none() is ctx)
        seen.append(context.current_or_none() is None)
    return seen


def test_activating_a_run_survives_collections_inside_the_context_var_calls() -> None:
    thresholds = gc.get_threshold()
    gc.set_threshold(1, 1, 1)  # a collection at nearly every allocation
    try:
        seen = contextvars.copy_context().run(_activate_under_gc_pressure, 2000)
    finally:
        gc.set_threshold(*thresholds)
    assert all(seen)


def test_a_finalizer_run_by_the_collector_sees_no_run() -> None:
    ctx = context.RunContext(SessionState())
    found: list[object] = []

    class Finalized:
        def __del__(self) -> None:
            found.append(context.current_or_none())

    def body() -> None:
        with context.activated(ctx):
            cycle = Finalized()
            cycle.self = cycle  # type: ignore[attr-defined]  # freed only by the collector
            del cycle
            gc.collect()
            found.append(context.current_or_none())  # after the collection: the run again

    contextvars.copy_context().run(body)
    assert found == [None, ctx]
