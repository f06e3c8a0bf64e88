"""``streamlit.runtime.scriptrunner_utils.script_run_context`` (the newer path)."""

from __future__ import annotations

from rerunqt.compat.streamlit.runtime.scriptrunner import (
    ScriptRunContext,
    add_script_run_ctx,
    get_script_run_ctx,
)

__all__ = ["ScriptRunContext", "add_script_run_ctx", "get_script_run_ctx"]
