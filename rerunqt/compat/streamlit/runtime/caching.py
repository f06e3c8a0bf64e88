"""``streamlit.runtime.caching``: the cache decorators where Streamlit's own code keeps them.

Custom connection classes (``BaseConnection`` subclasses, copied from Streamlit's
connection tutorial) write ``from streamlit.runtime.caching import cache_data``; they are
``st.cache_data`` and ``st.cache_resource``.
"""

from __future__ import annotations

from rerunqt.core.cache.api import cache_data, cache_resource

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"

__all__ = ["CACHE_DOCS_URL", "cache_data", "cache_resource"]
