"""``streamlit.testing.v1``: rerunqt's AppTest, with Streamlit's API."""

from __future__ import annotations

from rerunqt.testing import AppTest, AppTestError

__all__ = ["AppTest", "AppTestError"]
