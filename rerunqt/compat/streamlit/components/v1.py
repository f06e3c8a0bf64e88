"""``streamlit.components.v1``: ``html`` shown as Qt rich text; browser components refused.

A desktop window has no web engine (rerunqt depends on PySide6-Essentials only), so
``html`` shows the markup Qt's rich-text subset understands (headings, paragraphs,
lists, tables, links, colours) and never runs JavaScript; ``iframe`` and
``declare_component`` need a web browser and raise a clear error.
"""

from __future__ import annotations

from typing import Any, NoReturn

from rerunqt.compat.unsupported import UnsupportedFeatureError
from rerunqt.core.extras import html as show_html


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> None:
    """Show ``html`` as ``st.html`` does: Qt's rich-text subset, scripts dropped, not run.

    ``height`` and ``scrolling`` size a browser frame; the rich text takes the height
    it needs instead.
    """
    if not isinstance(html, str):
        raise TypeError(f"components.html(html=...) expects a str of HTML, got {html!r}")
    show_html(html, width=width if isinstance(width, int) and width > 0 else "stretch")


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
