"""The sidebar panel: where ``st.sidebar``'s content goes, left of the page.

A ``QSplitter`` holds the panel and the page, so the user drags its width; a toolbar
action (Ctrl+Shift+B) collapses and expands it. Both are kept across reruns, because
the panel and its content widget are reused. The panel is hidden while the script
draws nothing into the sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from rerunqt.qt.page_widget import Page

SIDEBAR_WIDTH = 300
AUTO_COLLAPSE_BELOW = 768  # the sidebar starts collapsed in a narrower window ("auto")


class SidebarPanel(QScrollArea):
    """The scrolling side panel; implements the children protocol for the sidebar root."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqSidebar")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = Page("rqSidebarPage")
        self.holder_layout = QVBoxLayout(holder)
        self.holder_layout.setContentsMargins(20, 24, 20, 24)
        self.holder_layout.addStretch(1)  # the page list and the content sit at the top
        self.setWidget(holder)
        self.content: QWidget | None = None
        self.navigation: QWidget | None = None  # the page list, above the content (qt/navigation.py)
        self.logo: QWidget | None = None  # st.logo, above the page list (adapters/logo.py)
        self.collapsed = False
        self.started = False  # the start state is decided once (set_page_config, or "auto")
        self.toggle_action = QAction("Sidebar", self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(True)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.toggle_action.setToolTip("Show or hide the sidebar (Ctrl+Shift+B)")
        self.toggle_action.setVisible(False)
        self.toggle_action.toggled.connect(self.set_expanded)
        self.hide()

    # ----- children protocol (one child: the sidebar's content) -----
    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        if self.content is not None and self.content is not widget:
            self.remove(self.content)
        if not self.styleSheet():  # the sidebar theme, once it has content
            self.restyle()
        self.content = widget
        self.holder_layout.insertWidget(self._header_count(), widget)
        widget.show()
        self._refresh()

    def restyle(self) -> None:
        """Its own stylesheet: the sidebar theme (inputs on the page's background, the
        panel on the secondary one; [theme.sidebar]). Set with the first content, so a
        window without a sidebar never parses it; again on each theme or zoom change."""
        from rerunqt.qt.app import sidebar_stylesheet

        self.setStyleSheet(sidebar_stylesheet())

    def remove(self, widget: QWidget) -> None:
        if widget is self.content:
            self.holder_layout.removeWidget(widget)
            self.content = None
            self._refresh()

    def set_navigation(self, widget: QWidget | None) -> None:
        """Show the page list (or none) above the sidebar's content."""
        if widget is self.navigation:
            return
        if self.navigation is not None:
            self.holder_layout.removeWidget(self.navigation)
        self.navigation = widget
        if widget is not None:
            if not self.styleSheet():
                self.restyle()
            self.holder_layout.insertWidget(1 if self.logo is not None else 0, widget)
            widget.show()
        self._refresh()

    def set_logo(self, widget: QWidget | None, leaving: QWidget | None = None) -> None:
        """Show st.logo's picture (or none) at the very top, above the page list; with
        ``leaving``, only if that one is still the logo shown (a newer one may have come)."""
        if widget is self.logo or (leaving is not None and leaving is not self.logo):
            return
        if self.logo is not None:
            self.holder_layout.removeWidget(self.logo)
            self.logo.hide()
        self.logo = widget
        if widget is not None:
            self.holder_layout.insertWidget(0, widget)
            self.holder_layout.setAlignment(widget, Qt.AlignmentFlag.AlignLeft)
            widget.show()

    def _header_count(self) -> int:
        """How many header widgets (logo, page list) sit above the content."""
        return (self.logo is not None) + (self.navigation is not None)

    def _refresh(self) -> None:
        """Shown while it holds a page list or content (and the user has not collapsed it)."""
        filled = self.content is not None or self.navigation is not None
        if filled and not self.started:  # "auto": a narrow window starts collapsed
            self.started = True
            window = self.window()
            if window is not None and window.width() < AUTO_COLLAPSE_BELOW:
                self.set_expanded(False)
        self.toggle_action.setVisible(filled)
        self.setVisible(filled and not self.collapsed)

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget is self.content else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None

    # ----- collapse -----
    def set_expanded(self, expanded: bool) -> None:
        self.collapsed = not expanded
        if self.toggle_action.isChecked() != expanded:
            self.toggle_action.setChecked(expanded)
        self.setVisible(expanded and (self.content is not None or self.navigation is not None))


def split(panel: SidebarPanel, page: QWidget) -> QSplitter:
    """The window's central widget: the sidebar (draggable width) and the page."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("rqSplitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(panel)
    splitter.addWidget(page)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([SIDEBAR_WIDTH, 10_000])
    panel.setMinimumWidth(180)
    return splitter
