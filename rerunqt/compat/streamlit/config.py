"""``streamlit.config``: ``get_option`` as ``st.get_option``; its ``set_option`` takes any
option (Streamlit's internal setter), not only the ``client.*`` ones ``st.set_option`` takes."""

from __future__ import annotations

from rerunqt.compat.options import config_set_option as set_option
from rerunqt.compat.options import get_option

__all__ = ["get_option", "set_option"]
