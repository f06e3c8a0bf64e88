"""``streamlit.hello.utils.show_code``, so Streamlit's hello demos run unchanged.

Written for rerunqt after the behaviour of Streamlit 1.67's helper: a "Show code" sidebar
checkbox (on by default) and, when it is on, the demo function's body under a heading.
"""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Callable
from typing import Any

import rerunqt as st


def show_code(demo: Callable[..., Any]) -> None:
    """The source of ``demo`` (without its ``def`` line) as a code block, if asked for."""
    if st.sidebar.checkbox("Show code", True):
        st.markdown("## Code")
        lines, _ = inspect.getsourcelines(demo)
        st.code(textwrap.dedent("".join(lines[1:])))


__all__ = ["show_code"]
