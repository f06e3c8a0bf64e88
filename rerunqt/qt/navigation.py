"""Where the page navigation goes: atop the sidebar, in a bar above the page, or nowhere.

The navigation element (``st.navigation``, or the ``pages/`` folder) is a root of the
tree; its widget (rerunqt/qt/adapters/navigation.py) is placed here where its
``position`` says, and moved when that changes. Ctrl+PgUp / Ctrl+PgDn step through pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from rerunqt.qt.adapters.navigation import NavigationWidget
    from rerunqt.qt.adapters.top_nav import Target
    from rerunqt.qt.window import AppWindow

__all__ = ["NavigationPlace", "navigation_target"]


class NavigationPlace:
    """The children protocol for the navigation root: the sidebar, a bar on top, or nowhere."""

    def __init__(self, window: AppWindow) -> None:
        self.window = window
        self.widget: NavigationWidget | None = None
        self.bar: QToolBar | None = None
        self._holder: QWidget | None = None
        self.previous_action = self._action("Previous page", "Ctrl+PgUp", -1)
        self.next_action = self._action("Next page", "Ctrl+PgDown", 1)

    def _action(self, text: str, keys: str, delta: int) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)
        action.triggered.connect(lambda: self.widget.step(delta) if self.widget else None)
        self.window.addAction(action)
        return action

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        # Imported here: a page without navigation never loads the widget's module.
        from rerunqt.qt.adapters.navigation import NavigationWidget

        assert isinstance(widget, NavigationWidget)
        if self.widget is not None and self.widget is not widget:
            self.remove(self.widget)
        self.widget = widget
        widget.relocate = self.locate
        self.locate(widget)

    def remove(self, widget: QWidget) -> None:
        if widget is not self.widget:
            return
        self._detach(widget)
        self.widget = None
        self.previous_action.setEnabled(False)
        self.next_action.setEnabled(False)

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget is self.widget else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None

    def _detach(self, widget: QWidget) -> None:
        if self.window.sidebar.navigation is widget:
            self.window.sidebar.set_navigation(None)
        if self.bar is not None and widget.parent() is self._holder:
            self._holder_layout.removeWidget(widget)
            self.bar.hide()

    def locate(self, widget: NavigationWidget) -> None:
        """Put the navigation where its position says."""
        self._detach(widget)
        if widget.position == "sidebar":
            self.window.sidebar.set_navigation(widget)
        elif widget.position == "top":
            bar = self._top_bar()
            self._holder_layout.addWidget(widget)
            widget.show()
            bar.show()
        else:
            widget.setParent(self.window)
            widget.hide()
        enabled = widget.position != "hidden" and len(widget.pages) > 1
        self.previous_action.setEnabled(enabled)
        self.next_action.setEnabled(enabled)

    def _top_bar(self) -> QToolBar:
        if self.bar is None:
            bar = QToolBar("Pages")
            bar.setObjectName("rqPagesBar")
            bar.setMovable(False)
            bar.toggleViewAction().setVisible(False)
            self._holder = QWidget()
            # the whole width: the top bar moves what does not fit into its "N more" menu
            self._holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._holder_layout = QVBoxLayout(self._holder)
            self._holder_layout.setContentsMargins(16, 0, 16, 0)
            bar.addWidget(self._holder)
            self.window.addToolBarBreak()
            self.window.addToolBar(bar)
            self.bar = bar
        return self.bar


def navigation_target(window: AppWindow, title: str) -> Target | None:
    """Where to click to open the page ``title`` in ``window`` (None: no such entry); a page
    in a menu of the top bar is the menu's button, then the menu's entry."""
    place = window.renderer.places.get("navigation")
    if isinstance(place, NavigationPlace) and place.widget is not None:
        return place.widget.target(title)
    return None
