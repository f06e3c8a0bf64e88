"""``streamlit.runtime``: ``exists()`` is true while a script runs under rerunqt."""

from __future__ import annotations

from rerunqt.core.context import current_or_none


def exists() -> bool:
    """Whether this code runs inside an app's script run (a window or an AppTest)."""
    return current_or_none() is not None


__all__ = ["exists"]
