"""``streamlit.runtime.scriptrunner.script_run_context`` (the older path of the same names)."""

from __future__ import annotations

from rerunqt.compat.streamlit.runtime.scriptrunner import (
    ScriptRunContext,
    add_script_run_ctx,
    get_script_run_ctx,
)

__all__ = ["ScriptRunContext", "add_script_run_ctx", "get_script_run_ctx"]
