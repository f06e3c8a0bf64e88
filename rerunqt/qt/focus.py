"""Keyboard focus in the window: Tab in page order with wrap-around, and scroll into view.

Qt's own focus chain is one circle over every widget of a window, in creation order,
so after the last element Tab went on to whatever was created next (the middle of the
page after a rerun). The window asks ``step`` instead: the next Tab stop of the page
(one per widget, in page order; the renderer keeps the list), wrapping at both ends.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QToolButton, QWidget

_RANKED: weakref.WeakKeyDictionary[QWidget, int] = weakref.WeakKeyDictionary()


def set_tab_rank(widget: QWidget, rank: int | None) -> None:
    """HTML's positive tabindex for a Tab stop (st.iframe ``tab_index=``), or None. Kept
    here, not on every widget, so a page without one orders its chain at no cost."""
    if rank is not None and rank > 0:
        _RANKED[widget] = rank
    else:
        _RANKED.pop(widget, None)


def by_tab_index(chain: list[QWidget]) -> list[QWidget]:
    """HTML's tabindex order: stops with a positive index first, ascending (page order
    among equals), then the rest in page order."""
    if not _RANKED:
        return chain
    ranked = sorted((w for w in chain if w in _RANKED), key=_RANKED.__getitem__)
    return ranked + [w for w in chain if w not in _RANKED] if ranked else chain


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


class EnterClicks(QObject):
    """Enter on a focused button clicks it, as in a browser (Qt's buttons take only Space
    outside a dialog). Watches the window, where a key a button ignored arrives."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        button = QApplication.focusWidget()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(button, (QPushButton, QToolButton)) and button.isEnabled()
                and button.window() is watched):
            button.click()
            return True
        return False


def install_enter_clicks(window: QWidget) -> None:
    """Enter clicks the focused button of ``window`` (a filter kept as its child)."""
    window.installEventFilter(EnterClicks(window))
