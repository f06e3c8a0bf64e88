"""``streamlit.connections``: the connection classes a script names in
``st.connection(..., type=SQLConnection)`` or subclasses for its own connection."""

from __future__ import annotations

from rerunqt.core.connection import (
    BaseConnection,
    SnowflakeCallersRightsConnection,
    SnowflakeConnection,
    SQLConnection,
)

ExperimentalBaseConnection = BaseConnection  # Streamlit 1.22-1.27's name, still exported

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection",
           "SnowflakeCallersRightsConnection", "SnowflakeConnection"]
