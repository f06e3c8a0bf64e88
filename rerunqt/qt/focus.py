"""Keyboard focus in the window: Tab in page order with wrap-around, and scroll into view.

Qt's own focus chain is one circle over every widget of a window, in creation order,
so after the last element Tab went on to whatever was created next (the middle of the
page after a rerun). The window asks ``step`` instead: the next Tab stop of the page
(one per widget, in page order; the renderer keeps the list), wrapping at both ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

TAB_INDEX = "rqTabIndex"  # a widget's positive tabindex (st.iframe tab_index=), else unset


def by_tab_index(chain: list[QWidget]) -> list[QWidget]:
    """HTML's tabindex order: stops with a positive index first, ascending (page order
    among equals), then the rest in page order."""
    def rank(widget: QWidget) -> int:
        value = widget.property(TAB_INDEX)
        return value if isinstance(value, int) and value > 0 else 0

    return sorted((w for w in chain if rank(w)), key=rank) + [w for w in chain if not rank(w)]


def step(chain: list[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    """The Tab stop after (or before) the one holding ``current``; None if there is none."""
    stops = [w for w in chain if w.isVisibleTo(w.window()) and w.isEnabled()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not stops:
        return None
    index = _index_of(stops, current)
    if index is None:
        return stops[0] if forward else stops[-1]
    return stops[(index + (1 if forward else -1)) % len(stops)]


def _index_of(stops: list[QWidget], current: QWidget | None) -> int | None:
    """Where ``current`` is: a stop itself, or inside one (a spin box's line edit)."""
    node = current
    while node is not None:
        if node in stops:
            return stops.index(node)
        node = node.parentWidget()
    return None


def scroll_into_view(old: QWidget | None, new: QWidget | None) -> None:
    """A widget that gets the keyboard focus is scrolled into view in its scroll area."""
    if new is None:
        return
    node = new.parentWidget()
    while node is not None:
        if isinstance(node, QScrollArea) and node.objectName() in ("rqScroll", "rqSidebar"):
            node.ensureWidgetVisible(new, 0, 24)
            return
        node = node.parentWidget()


def install_scroll_into_view() -> None:
    """Once per application: every window's focused widget comes into view."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property("rqScrollIntoView"):
        app.setProperty("rqScrollIntoView", True)
        app.focusChanged.connect(scroll_into_view)
