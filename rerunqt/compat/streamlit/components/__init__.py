"""``streamlit.components``: ``v1`` is the part rerunqt provides."""

from __future__ import annotations

from rerunqt.compat.streamlit.components import v1

__all__ = ["v1"]
