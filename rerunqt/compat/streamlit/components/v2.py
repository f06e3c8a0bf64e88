"""``streamlit.components.v2`` without a web browser: each mount is a note in the window
whose state values live in session state (see ``rerunqt.core.component_v2``)."""

from __future__ import annotations

from rerunqt.core.component_v2 import ComponentResult, component

__all__ = ["ComponentResult", "component"]
