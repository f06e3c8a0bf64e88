"""The run as a thread the script started sees it (``add_script_run_ctx``).

Streamlit keeps the container stack per thread: a worker's ``st.write`` goes to the
page's main area even while the script thread sits in ``with st.sidebar:`` waiting for
it. ``WorkerContext`` is the script's ``RunContext`` with its own container stack; every
other attribute, read or written, is the run's own (the page, session state, the live
view's ``generation``), so what the worker draws is on the same page.
"""

from __future__ import annotations

import threading
from typing import Any

from rerunqt.core.context import RunContext, _no_check


class WorkerContext(RunContext):
    """``run`` for another thread: the same run, a fresh container stack (the page)."""

    def __init__(self, run: RunContext) -> None:  # no super().__init__: nothing of its own
        object.__setattr__(self, "_run", run)
        object.__setattr__(self, "base", run.base)
        object.__setattr__(self, "_stack", [run.root])
        object.__setattr__(self, "by_method", [])
        # a rerun the user asks for ends the script's run at its next st.* call; a worker
        # is not the script: it runs on, and what it draws now is on no page
        object.__setattr__(self, "check", _no_check)

    def __getattr__(self, name: str) -> Any:
        return getattr(object.__getattribute__(self, "_run"), name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("_stack", "by_method", "base", "check"):
            object.__setattr__(self, name, value)
        else:
            setattr(object.__getattribute__(self, "_run"), name, value)


def _run_attribute(name: str) -> property:
    """RunContext's class-level defaults would hide the run's own values from
    ``__getattr__``: read them from the run."""
    return property(lambda self: getattr(object.__getattribute__(self, "_run"), name))


for _name in ("parallel_ok", "parallel_pool", "parallel_ids"):
    setattr(WorkerContext, _name, _run_attribute(_name))


def attach_to_thread(thread: threading.Thread, run: RunContext) -> None:
    """Make ``run`` the run of ``thread``'s st.* calls (``core.context.current_or_none``
    finds it there when the thread has no run of its own)."""
    thread._rerunqt_run = WorkerContext(run.base)  # type: ignore[attr-defined]
