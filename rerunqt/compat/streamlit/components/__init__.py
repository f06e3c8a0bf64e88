"""``streamlit.components``: ``v1`` and ``v2``, shown natively (no web engine)."""

from __future__ import annotations

from rerunqt.compat.streamlit.components import v1, v2

__all__ = ["v1", "v2"]
