"""``streamlit.runtime.scriptrunner.script_runner``: the names apps import from it."""

from __future__ import annotations

from rerunqt.compat.streamlit.runtime.scriptrunner_utils.exceptions import (
    RerunException,
    StopException,
)
from rerunqt.compat.streamlit.runtime.scriptrunner_utils.script_requests import RerunData

__all__ = ["RerunData", "RerunException", "StopException"]
