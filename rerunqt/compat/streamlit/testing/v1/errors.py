"""``streamlit.testing.v1.errors``: the one AppTestError class rerunqt's AppTest raises."""

from __future__ import annotations

from rerunqt.testing.errors import AppTestError

__all__ = ["AppTestError"]
