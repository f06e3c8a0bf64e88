"""``streamlit.runtime.state.session_state_proxy``: the class of ``st.session_state``."""

from __future__ import annotations

from rerunqt.core.proxy import SessionStateProxy

__all__ = ["SessionStateProxy"]
