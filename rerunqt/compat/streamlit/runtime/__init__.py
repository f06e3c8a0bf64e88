"""``streamlit.runtime``: ``exists()`` is true while a script runs under rerunqt;
``get_instance()`` is the runtime then (runtime/runtime.py)."""

from __future__ import annotations

from rerunqt.compat.streamlit.runtime.runtime import Runtime, get_instance
from rerunqt.core.context import current_or_none


def exists() -> bool:
    """Whether this code runs inside an app's script run (a window or an AppTest)."""
    return current_or_none() is not None


__all__ = ["Runtime", "exists", "get_instance"]
