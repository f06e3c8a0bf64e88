"""``streamlit.runtime.scriptrunner_utils.exceptions``: the exceptions that end a run.

Apps written before ``st.rerun`` existed raise ``RerunException(RerunData())`` to rerun
and ``StopException()`` to stop; here they are rerunqt's own interrupts, so raising them
reruns or stops the script as ``st.rerun()`` / ``st.stop()`` do.
"""

from __future__ import annotations

from typing import Any

from rerunqt.compat.streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from rerunqt.errors import RerunInterrupt, ScriptControl, StopInterrupt

ScriptControlException = ScriptControl  # Streamlit's base of both


class StopException(StopInterrupt):
    """Silently stop the script here, as ``st.stop()``."""


class RerunException(RerunInterrupt):
    """Silently stop and run the script again from the top, as ``st.rerun()``."""

    def __init__(self, rerun_data: Any = None) -> None:
        super().__init__(requested_by_script=True)
        self.rerun_data = RerunData() if rerun_data is None else rerun_data


__all__ = ["RerunException", "ScriptControlException", "StopException"]
