"""Links in text: "#anchor" scrolls to that heading of the page, "/page" shows that page of
the app; anything else opens outside.

Streamlit gives each heading an anchor (``anchor=`` or one made from its words), and a
Markdown link to ``#that-anchor`` scrolls the page there: sidebars of "Contents" links
rely on it. A page's address is its URL path under the app's root, so apps link pages
with ``[Settings](/settings)`` or ``st.link_button("Go", "/page2")``. Qt's own link
opening would hand "#install" or "/settings" to the desktop as a file.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QPoint, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

HEADINGS = ("title", "header", "subheader")
_NOT_WORD = re.compile(r"[\W_]+")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARKUP = re.compile(r"[*_`~]|:[a-z]+(?:-background)?\[|\]|\[|\(.*?\)")
TOP_MARGIN = 16  # pixels above a heading scrolled to


def anchor_of(text: str) -> str:
    """The anchor Streamlit makes from a heading's words: lower case, runs of anything
    that is not a letter or digit as one "-" ("Getting started!" -> "getting-started")."""
    return "-".join(part for part in _NOT_WORD.split(_MARKUP.sub(" ", text).lower()) if part)


def follow(widget: QWidget, href: str) -> None:
    """A link clicked in ``widget``: "#anchor" scrolls its window's page, "/page" shows
    that page, the rest opens."""
    if href.startswith("#"):
        if scroll_to_anchor(widget.window(), href[1:]):
            return
    if in_app(widget, href):
        return
    QDesktopServices.openUrl(QUrl(href))


def in_app(widget: QWidget, href: str) -> bool:
    """``href`` is an address in the app ("/", "/page2", "/page2?a=1#part"): show the page
    with that URL path (hidden pages too, as Streamlit opens them by address); one the app
    does not have shows the default page and "Page not found", as Streamlit does. False
    for other links."""
    if not href.startswith("/") or href.startswith("//"):
        return False
    parts = urlsplit(href)
    url_path = unquote(parts.path).strip("/")
    window = widget.window()
    places = getattr(getattr(window, "renderer", None), "places", {})
    navigation = getattr(places["navigation"], "widget", None) if "navigation" in places else None
    if navigation is None:
        return True
    applied = getattr(window, "applied", None)
    if parts.fragment and applied is not None:  # "/page2#part": scroll there once it is shown
        def shown(_run: int) -> None:
            applied.disconnect(shown)  # once laid out (the page's height is known then)
            QTimer.singleShot(0, lambda: scroll_to_anchor(window, unquote(parts.fragment)))

        applied.connect(shown)
    navigation.choose(url_path)
    return True


def scroll_to_anchor(window: Any, anchor: str) -> bool:
    """Scroll ``window``'s page so the heading with ``anchor`` is at the top; False if none."""
    renderer = getattr(window, "renderer", None)
    scroll = getattr(window, "page_scroll", None)
    if renderer is None or scroll is None or not anchor:
        return False
    for record in renderer.find():
        element = record.element
        if element.kind not in HEADINGS and element.kind != "markdown":
            continue
        if _anchor(element) != anchor:
            continue
        page = scroll.widget()
        if page is None or not page.isAncestorOf(record.widget):
            return False  # a heading in the sidebar or a dialog: nothing to scroll
        top = record.widget.mapTo(page, QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(max(0, top - TOP_MARGIN))
        return True
    return False


def _anchor(element: Any) -> str | None:
    body = str(element.prop("body") or "")
    if element.kind == "markdown":
        heading = _MARKDOWN_HEADING.match(body) if "\n" not in body.strip() else None
        return anchor_of(heading.group(1)) if heading else None
    given = element.prop("anchor")
    if given is False:
        return None
    return given if isinstance(given, str) and given else anchor_of(body)
