"""Scroll anchoring of the page across a rerun, as a browser does for Streamlit's page.

A browser keeps what the user looks at in place when content above it grows or shrinks
(CSS scroll anchoring): a line a fragment tick adds above, an element a rerun inserts.
Qt keeps the scroll bar's number instead, so the field being typed in slid down the
screen, or out of view. The anchor is the focused widget when it is in view (the
browser's priority candidate), else the element at the top of the view; a view at its
very top anchors nothing (it stays at its top), as in a browser. The page, the sidebar
and every scrolling ``st.container(height=...)`` (``track``) are anchored; a view that
follows its end (a chat, qt/follow.py) is left to follow it.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from rerunqt.qt.follow import Follower

Anchor = tuple[QWidget, int]
_TRACKED: weakref.WeakSet[QScrollArea] = weakref.WeakSet()
_LAYOUT_ROUNDS = 3  # a nested container's layout pass posts its parent's
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def track(area: QScrollArea) -> None:
    """A scrolling container's view is anchored too (the page and sidebar always are)."""
    _TRACKED.add(area)


def capture_all(page: QScrollArea, sidebar: QScrollArea,
                elements: Iterable[QWidget]) -> list[tuple[QScrollArea, Anchor]]:
    """The anchors of every scrolled view of a window, the innermost first (restoring a
    container moves what the page anchors on, so the page goes last)."""
    window = page.window()
    areas = []
    for area in list(_TRACKED):
        if not shiboken6.isValid(area):  # deleted with its container
            _TRACKED.discard(area)
        elif area.isVisible() and area.window() is window:
            areas.append(area)
    scrolled = [a for a in (*areas, sidebar, page) if a.verticalScrollBar().value() > 0]
    shown = {id(widget) for widget in elements} if scrolled else set()  # none: no cost
    found = []
    for area in scrolled:
        follower = area.findChild(Follower, options=_DIRECT)
        if follower is not None and follower.pinned and follower.wanted():
            continue
        anchor = capture(area, shown)
        if anchor is not None:
            found.append((area, anchor))
    return found


def restore_all(anchors: list[tuple[QScrollArea, Anchor]]) -> None:
    for area, anchor in anchors:
        restore(area, anchor)


def capture(area: QScrollArea, shown: set[int]) -> Anchor | None:
    """The widget to keep in place, and its top in the view (None: nothing to keep)."""
    content, viewport = area.widget(), area.viewport()
    if content is None or area.verticalScrollBar().value() <= 0:
        return None
    focused = QApplication.focusWidget()
    if focused is not None and focused.isVisible() and content.isAncestorOf(focused):
        top = focused.mapTo(viewport, QPoint(0, 0)).y()
        if top < viewport.height() and top + focused.height() > 0:
            return focused, top
    found = _element_at(content, content.mapFrom(viewport, QPoint(0, 0)).y(), shown)
    return None if found is None else (found, found.mapTo(viewport, QPoint(0, 0)).y())


def _element_at(content: QWidget, y: int, shown: set[int]) -> QWidget | None:
    """The innermost element crossing the line ``y`` of ``content`` (or the first below it)."""
    node, found = content, None
    while True:
        line = node.mapFrom(content, QPoint(0, y)).y()
        below = [child for child in node.findChildren(QWidget, options=_DIRECT)
                 if child.isVisible() and not child.isWindow() and child.geometry().bottom() >= line]
        if not below:
            return found
        node = min(below, key=lambda child: child.geometry().top())
        if id(node) in shown:
            found = node


def restore(area: QScrollArea, anchor: Anchor | None) -> None:
    """Lay the page out now and scroll so the anchor's top is where it was."""
    if anchor is None:
        return
    widget, top = anchor
    content = area.widget()
    if content is None or not shiboken6.isValid(widget) or not content.isAncestorOf(widget):
        return  # the anchor went with the rerun
    for _ in range(_LAYOUT_ROUNDS):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if not widget.isVisible():
        return
    moved = widget.mapTo(area.viewport(), QPoint(0, 0)).y() - top
    if moved:
        bar = area.verticalScrollBar()
        bar.setValue(bar.value() + moved)
