"""``streamlit.connections``: the connection classes a script names in
``st.connection(..., type=SQLConnection)`` or subclasses for its own connection."""

from __future__ import annotations

from rerunqt.core.connection import BaseConnection, SQLConnection

__all__ = ["BaseConnection", "SQLConnection"]
