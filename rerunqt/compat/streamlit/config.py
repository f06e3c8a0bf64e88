"""``streamlit.config``: ``get_option`` and ``set_option``, as ``st.get_option`` does."""

from __future__ import annotations

from rerunqt.compat.options import get_option, set_option

__all__ = ["get_option", "set_option"]
