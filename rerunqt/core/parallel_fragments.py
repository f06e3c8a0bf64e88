"""``@st.fragment(parallel=True)``: in a full run, the fragment's body runs on a thread.

As in Streamlit 1.67, the fragment's container is placed on the script thread (so the
page keeps the order of the calls) and its function runs on a worker thread while the
script goes on; the run ends when the script and every worker have ended. Slow,
independent parts of a page (a query, a download, a model) then load side by side.

A worker draws only into its own container: writing into a container made outside it,
``st.sidebar`` included, is Streamlit's layout error; so are ``@st.dialog`` and
``st.switch_page`` in a worker. Reruns of the fragment alone, after a widget of it
changed, run on the script thread as other fragments do (the layout rule holds there
too). ``st.rerun()`` or ``st.stop()`` in a worker ends the whole run; an error shows in
the fragment's container and the rest of the page runs on.

Each worker sees the run through its own ``ParallelContext``: its own container stack,
fragment stack and id scopes; the page, the session state and everything else are the
run's. At most ``runner.parallelMaxWorkers`` workers run at once (default: as Python's
thread pools, ``min(32, cpu count + 4)``).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.core.worker_context import WorkerContext
from rerunqt.errors import (
    FragmentHandledException,
    RerunInterrupt,
    ScriptControl,
    StopInterrupt,
    StreamlitInvalidLayoutContextError,
)

if TYPE_CHECKING:
    from rerunqt.core.fragments import FragmentCall

T = TypeVar("T")
DRAIN_GRACE = 2.0  # s a cancelled worker has to reach its next st.* call; then it is left
_POLL = 0.05  # s between the script thread's looks at its own yield point while it waits

OUTSIDE_ERROR = (
    "Writing to a container created outside a parallel fragment, including `st.sidebar` "
    "and `st.bottom`, is not supported on a full app run or a later fragment rerun.\n\n"
    "To fix this, move the element inside the fragment body.")


class Pool:
    """The workers of one run: started by ``dispatch``, waited for by ``finish``."""

    def __init__(self, max_workers: int | None) -> None:
        self.slots = threading.BoundedSemaphore(max_workers or min(32, (os.cpu_count() or 1) + 4))
        self.threads: list[threading.Thread] = []
        self.cancelled = threading.Event()
        self.control: ScriptControl | None = None  # a worker's st.rerun()/st.stop(): first wins
        self.lock = threading.Lock()

    def check(self) -> None:
        """A worker's yield point: a cancelled run ends the worker at its next st.* call."""
        if self.cancelled.is_set():
            raise StopInterrupt()

    def end_run(self, control: ScriptControl, run: RunContext) -> None:
        """A worker's st.rerun()/st.stop(): the script ends at its next st.* call, too."""
        with self.lock:
            if self.control is None:
                self.control = control
        self.cancelled.set()
        script_check = run.check

        def ended() -> None:
            script_check()
            raise control

        run.check = ended


class ParallelContext(WorkerContext):
    """The run as a parallel fragment's worker sees it (see the module's docstring)."""

    LOCAL = frozenset(("_stack", "base", "check", "fragment_stack", "id_scopes", "cache_entered",
                       "in_cached_function", "dialog"))
    is_parallel_worker = True

    def __init__(self, caller: RunContext, builder: ContainerBuilder, pool: Pool) -> None:
        super().__init__(caller.base)
        object.__setattr__(self, "_stack", list(reversed(builder.lineage())))
        object.__setattr__(self, "check", pool.check)
        # the fragments the call is inside of (the script's, or a worker's when nested)
        object.__setattr__(self, "fragment_stack", list(caller.fragment_stack))
        object.__setattr__(self, "id_scopes", caller.id_scopes)
        object.__setattr__(self, "cache_entered", None)
        object.__setattr__(self, "in_cached_function", 0)
        object.__setattr__(self, "dialog", None)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self.LOCAL:
            object.__setattr__(self, name, value)
        else:
            setattr(object.__getattribute__(self, "_run"), name, value)


def can_dispatch(ctx: RunContext) -> bool:
    """Whether a parallel fragment called now runs on a worker: in a full run of the
    script (not a fragment's or a dialog's rerun), outside a cached function's body."""
    return ctx.base.parallel_ok and not ctx.fragment_only and not ctx.in_cached_function


def dispatch(ctx: RunContext, record: FragmentCall) -> None:
    """Place the fragment's container here and start its function on a worker."""
    from rerunqt.core import fragments

    run = ctx.base
    with run.lock:
        pool = run.parallel_pool
        if pool is None:
            pool = run.parallel_pool = Pool(_max_workers(run.option("runner.parallelMaxWorkers")))
    builder = fragments.open_own(ctx, record)
    worker = ParallelContext(ctx, builder, pool)

    def body() -> None:
        thread = threading.current_thread()
        with pool.slots:
            thread._rerunqt_run = worker  # type: ignore[attr-defined]
            try:
                if not pool.cancelled.is_set():
                    fragments.run_inside(worker, record, builder)
            except RerunInterrupt as control:
                pool.end_run(control, run)
            except StopInterrupt as control:
                pool.end_run(control, run)
            except (ScriptControl, FragmentHandledException):
                pass  # cancelled, or an error already shown in the fragment
            except SystemExit:
                pool.end_run(StopInterrupt(), run)
            finally:
                del thread._rerunqt_run  # type: ignore[attr-defined]

    thread = threading.Thread(target=body, name=f"rerunqt-fragment-{record.id}", daemon=True)
    pool.threads.append(thread)
    thread.start()


def run_body(ctx: RunContext, body: Callable[[], T]) -> T:
    """Run the script's body (a full run) with its parallel fragments on workers, and
    end when they have all ended."""
    ctx.parallel_ok = True
    try:
        result = body()
    except BaseException:
        finish(ctx, failed=True)
        raise
    finish(ctx, failed=False)
    return result


def finish(ctx: RunContext, failed: bool) -> None:
    """After the script's body: wait for the workers. The script thread keeps its yield
    point while it waits (a new event still interrupts the run). A worker's st.rerun() or
    st.stop() is raised here. ``failed``: the body raised; cancel the workers, raise
    nothing."""
    pool = ctx.parallel_pool
    ctx.parallel_pool, ctx.parallel_ok = None, False
    if pool is None or not pool.threads:
        return
    if failed:
        _drain(pool)
        return
    try:
        while True:  # a worker may start another (a parallel fragment nested in it)
            alive = [thread for thread in pool.threads if thread.is_alive()]
            if not alive:
                break
            alive[0].join(_POLL)
            ctx.check()
    except BaseException:
        _drain(pool)
        raise
    if pool.control is not None:
        raise pool.control


def check_outside(ctx: RunContext, target: ContainerBuilder | None) -> None:
    """Streamlit's layout error for a parallel fragment writing into ``target``, a
    container made outside it (None: a root such as st.sidebar)."""
    parallel = ctx.parallel_ids
    for fid in ctx.fragment_stack:
        if fid in parallel and (target is None or not _within(target, fid)):
            raise StreamlitInvalidLayoutContextError(OUTSIDE_ERROR)


def worker_error(api_name: str) -> StreamlitInvalidLayoutContextError:
    """Streamlit's error for an API that a parallel fragment's worker cannot call (the
    caller raises it when ``ctx.is_parallel_worker``)."""
    return StreamlitInvalidLayoutContextError(
        f"`{api_name}` cannot be called from a parallel fragment during the initial "
        f"page load, because parallel fragments run concurrently on separate threads "
        f"where `{api_name}` is not safe.\n\nTo fix this, gate the call behind a widget "
        f"interaction (e.g., `if st.button(...):`) so it runs during a sequential "
        f"fragment rerun instead.")


def _within(builder: ContainerBuilder, fragment_id: str) -> bool:
    key = ("fragment", fragment_id)
    return any(b.key == key for b in builder.lineage())


def _drain(pool: Pool) -> None:
    pool.cancelled.set()
    end = time.perf_counter() + DRAIN_GRACE
    for thread in list(pool.threads):
        thread.join(max(0.0, end - time.perf_counter()))


def _max_workers(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(
            f"runner.parallelMaxWorkers must be None or a positive integer, got {value!r}")
    return value
