"""``streamlit.navigation.page``: the class of what ``st.Page`` returns.

Apps import ``StreamlitPage`` to annotate their page lists and helpers; here it is
rerunqt's page class, so annotations and ``isinstance`` checks hold.
"""

from __future__ import annotations

from rerunqt.core.pages import Page

StreamlitPage = Page

__all__ = ["Page", "StreamlitPage"]
