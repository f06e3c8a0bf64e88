"""``streamlit.components.v1``: ``html`` shown as Qt rich text; browser components refused.

A desktop window has no web engine (rerunqt depends on PySide6-Essentials only), so
``html`` shows the markup Qt's rich-text subset understands (headings, paragraphs,
lists, tables, links, colours) and never runs JavaScript; ``iframe`` and
``declare_component`` need a web browser and raise a clear error.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

from rerunqt.compat.unsupported import UnsupportedFeatureError
from rerunqt.core.text import markdown

_NOT_SHOWN = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> None:
    """Show ``html`` with Qt's rich-text subset; scripts and styles are dropped, not run."""
    if not isinstance(html, str):
        raise TypeError(f"components.html(html=...) expects a str of HTML, got {html!r}")
    body = _NOT_SHOWN.sub("", html)
    # Flush lines and no blank ones: markdown must see one HTML block, not code blocks.
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines:
        markdown("\n".join(lines), unsafe_allow_html=True)


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False, *, tab_index: int | None = None) -> NoReturn:
    """Refused: an iframe needs a web browser."""
    raise UnsupportedFeatureError(
        f"components.iframe({src!r}) is not supported in rerunqt: it needs a web browser, "
        "and a rerunqt app is a native window. Link to the page instead: "
        f"st.markdown('[Open]({src})').")


def declare_component(name: str, path: Any = None, url: Any = None) -> NoReturn:
    """Refused: a custom component is a web page and needs a web browser."""
    raise UnsupportedFeatureError(
        f"components.declare_component({name!r}) is not supported in rerunqt: it needs a "
        "web browser (a custom component is a web page, HTML and JavaScript), and a "
        "rerunqt app is a native window. Build the part from st.* elements instead.")


__all__ = ["declare_component", "html", "iframe"]
