"""How many ``<style>`` blocks scripts have drawn in this process, so far.

Page CSS (qt/page_css.py) finds a page's style blocks by walking its whole tree after
each run: ~40 µs on a 100-element page, paid by every app although few draw CSS. The
calls that can draw one (st.markdown / st.caption with ``unsafe_allow_html=True``,
st.html) count here, and a window with no CSS walks again only when the count moved.
"""

from __future__ import annotations

_drawn = 0


def note(body: object) -> None:
    """Count ``body`` if it holds a ``<style>`` block (any case)."""
    global _drawn
    if isinstance(body, str) and "<style" in body.lower():
        _drawn += 1


def drawn() -> int:
    """The number of style blocks drawn so far (it only grows)."""
    return _drawn
