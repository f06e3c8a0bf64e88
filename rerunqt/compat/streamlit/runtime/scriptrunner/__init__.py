"""``streamlit.runtime.scriptrunner``: the run context, as far as rerunqt has one.

``get_script_run_ctx()`` is an object while a script runs on this thread, None
otherwise. ``add_script_run_ctx(thread)`` gives a thread the script starts the script's
run, as in Streamlit: its st.* calls (``placeholder.progress(...)`` from a worker) draw on
the page while the run lasts. ``raise RerunException(RerunData())`` and
``raise StopException()`` rerun and stop.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from rerunqt.compat.streamlit.runtime.runtime import session_id
from rerunqt.compat.streamlit.runtime.scriptrunner_utils.exceptions import (
    RerunException,
    StopException,
)
from rerunqt.compat.streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from rerunqt.core.context import current_or_none
from rerunqt.core.worker_context import attach_to_thread

T = TypeVar("T")


@dataclass(frozen=True)
class ScriptRunContext:
    """What a script can learn about its run; ``session_id`` is stable per session."""

    session_id: str
    query_string: str = ""
    page_script_hash: str = ""
    run: Any = field(default=None, compare=False, repr=False)  # rerunqt's RunContext


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The running script's context, or None outside a run (never a warning)."""
    ctx = current_or_none()
    if ctx is None:
        return None
    return ScriptRunContext(session_id=session_id(ctx.state), run=ctx)


def add_script_run_ctx(thread: T | None = None, ctx: ScriptRunContext | None = None) -> T:
    """Give ``thread`` (the current one when None) the run of ``ctx`` (this thread's run
    when None), so its st.* calls draw on that run's page; returns ``thread``.

    As in Streamlit the run is kept on the thread object, so a thread already started
    (a ``ThreadPoolExecutor``'s) gets it too. What a worker draws after its run ended is
    on no page."""
    run = ctx.run if ctx is not None else current_or_none()
    target: Any = threading.current_thread() if thread is None else thread
    if run is not None and isinstance(target, threading.Thread):
        attach_to_thread(target, run)
    return cast(T, target)


__all__ = ["RerunData", "RerunException", "ScriptRunContext", "StopException",
           "add_script_run_ctx", "get_script_run_ctx"]
