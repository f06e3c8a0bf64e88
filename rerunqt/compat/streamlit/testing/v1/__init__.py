"""``streamlit.testing.v1``: rerunqt's AppTest, with Streamlit's API.

A package, as Streamlit's, so test files' ``from streamlit.testing.v1.errors import
AppTestError`` and ``from streamlit.testing.v1.element_tree import Button`` import.
"""

from __future__ import annotations

from rerunqt.testing import AppTest, AppTestError

__all__ = ["AppTest", "AppTestError"]
