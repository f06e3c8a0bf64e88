"""``streamlit.components.v1`` without a web browser: frames and components shown natively.

A desktop window has no web engine (rerunqt depends on PySide6-Essentials only), so
``html`` is shown as ``st.html`` shows it (Qt's rich-text subset, in a box of the frame's
height; scripts dropped, with a note), ``iframe`` is a panel of its size with the page's
address and an "Open in browser" button, and a ``declare_component`` component is a note
naming it that returns its ``default``. None of them stops the script.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rerunqt.core.custom_component import CustomComponent, declare_component
from rerunqt.core.iframe import _check_tab_index, add_frame, frame_size

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> ElementHandle:
    """``html`` in a box ``height`` pixels high (150 by default), as ``st.html`` shows it:
    Qt's rich-text subset, scripts and event handlers left out (a note says so)."""
    if not isinstance(html, str):
        raise TypeError(f"components.html(html=...) expects a str of HTML, got {html!r}")
    _check_tab_index("components.html", tab_index)
    shown_width, shown_height = frame_size("components.html", width, height)
    return add_frame(None, html, shown_width, shown_height, scrolling, None, tab_index)


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False, *, tab_index: int | None = None) -> ElementHandle:
    """A panel ``height`` pixels high (150 by default) with ``src`` and an "Open in browser"
    button: the page itself needs a web browser."""
    if not isinstance(src, str):
        raise TypeError(f"components.iframe(src=...) expects a URL string, got {src!r}")
    _check_tab_index("components.iframe", tab_index)
    shown_width, shown_height = frame_size("components.iframe", width, height)
    return add_frame(src, None, shown_width, shown_height, scrolling, None, tab_index)


__all__ = ["CustomComponent", "declare_component", "html", "iframe"]
