"""``streamlit.runtime.state.session_state``: a module in Streamlit too (apps that import
it by mistake for ``st.session_state`` get a module there as here)."""

from __future__ import annotations

from rerunqt.core.state import SessionState

__all__ = ["SessionState"]
