"""``streamlit.delta_generator``: ``DeltaGenerator`` is rerunqt's Block, for type hints."""

from __future__ import annotations

from rerunqt.core.blocks import Block as DeltaGenerator

__all__ = ["DeltaGenerator"]
