"""``streamlit.runtime.scriptrunner``: the run context, as far as rerunqt has one.

``get_script_run_ctx()`` is an object while a script runs on this thread, None
otherwise. ``add_script_run_ctx`` is accepted and does nothing: st.* calls from a
thread the script started draw nothing in rerunqt (hand results back to the script).
``raise RerunException(RerunData())`` and ``raise StopException()`` rerun and stop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from rerunqt.compat.streamlit.runtime.scriptrunner_utils.exceptions import (
    RerunException,
    StopException,
)
from rerunqt.compat.streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from rerunqt.core.context import current_or_none

T = TypeVar("T")


@dataclass(frozen=True)
class ScriptRunContext:
    """What a script can learn about its run; ``session_id`` is stable per session."""

    session_id: str
    query_string: str = ""
    page_script_hash: str = ""


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The running script's context, or None outside a run (never a warning)."""
    ctx = current_or_none()
    if ctx is None:
        return None
    return ScriptRunContext(session_id=f"{id(ctx.state):x}")


def add_script_run_ctx(thread: T, ctx: Any = None) -> T:
    """A no-op returning ``thread`` (rerunqt does not attach runs to other threads)."""
    return thread


__all__ = ["RerunData", "RerunException", "ScriptRunContext", "StopException",
           "add_script_run_ctx", "get_script_run_ctx"]
