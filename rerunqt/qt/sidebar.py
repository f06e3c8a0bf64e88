"""The sidebar panel: where ``st.sidebar``'s content goes, left of the page.

A ``QSplitter`` holds the panel and the page, so the user drags its width; a toolbar
action (Ctrl+Shift+B) collapses and expands it. Both are kept across reruns, because
the panel and its content widget are reused. The panel is hidden while the script
draws nothing into the sidebar; a sidebar holding only st.logo is hidden too, and the
logo sits at the toolbar's left, as Streamlit shows it in the app's upper-left corner
(there, and while the sidebar is collapsed, its ``icon_image``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.actions import text_action
from rerunqt.qt.page_widget import Page

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

SIDEBAR_WIDTH = 300
HEADER_LOGO_MAX = 28  # px: the logo in the toolbar stays within its height


class HeaderLogo(QLabel):
    """st.logo at the toolbar's left while the sidebar is not shown; a click opens its link."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqHeaderLogo")
        self.setAccessibleName("Logo")
        self.setContentsMargins(4, 0, 8, 0)
        self.link: str | None = None

    def mouseReleaseEvent(self, event: Any) -> None:
        if self.link and event.button() == Qt.MouseButton.LeftButton:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(self.link))
        super().mouseReleaseEvent(event)


def logo_only(tree: tuple[Element, ...]) -> bool:
    """Whether the sidebar of ``tree`` holds st.logo and nothing else."""
    for element in tree:
        if element.kind == "sidebar":
            return bool(element.children) and all(child.kind == "logo" for child in element.children)
    return False


def has_elements(tree: tuple[Element, ...]) -> bool:
    """Whether the sidebar of ``tree`` holds elements besides st.logo (Streamlit's
    ``hasElements``: only then does a long page list collapse to "View N more")."""
    for element in tree:
        if element.kind == "sidebar":
            return any(child.kind != "logo" for child in element.children)
    return False


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
        self.logo_only = False  # the content is the logo alone: no panel, the logo up top
        self.header_logo = HeaderLogo()
        self.header_action: QAction | None = None  # the toolbar's (qt/window.py)
        self.collapsed = False
        self.started = False  # the start state is decided once (set_page_config, or "auto")
        self.locked = False  # initial_sidebar_state="locked": open, with no way to collapse it
        self.css_hidden = False  # the app's CSS hides it (``[data-testid="stSidebar"] {display: none}``)
        self.nav_hidden = False  # ... or its page list (``[data-testid="stSidebarNav"]``)
        self.nav_rule_hidden = False  # ... or the rule under it (``stSidebarNavSeparator``)
        self.toggle_action = text_action("Sidebar", self)
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

    def set_page_css(self, qss: str, hidden: bool, nav_hidden: bool = False,
                     nav_rule_hidden: bool = False) -> None:
        """The app's CSS (qt/page_css.py) as the content holder's own sheet, which wins over
        the panel's theme sheet as a page's CSS wins over Streamlit's; ``hidden`` hides the
        panel and its toggle, as ``display: none`` does in a browser."""
        holder = self.widget()
        if holder is not None and holder.styleSheet() != qss:
            holder.setStyleSheet(qss)
        if nav_rule_hidden != self.nav_rule_hidden:
            self.nav_rule_hidden = nav_rule_hidden
            _hide_rule(self.navigation, nav_rule_hidden)
        if (hidden, nav_hidden) != (self.css_hidden, self.nav_hidden):
            self.css_hidden, self.nav_hidden = hidden, nav_hidden
            if self.navigation is not None:
                self.navigation.setVisible(not nav_hidden)
            self._refresh()

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
            widget.setVisible(not self.nav_hidden)
            _hide_rule(widget, self.nav_rule_hidden)
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
        self.sync_header()

    def set_logo_only(self, only: bool) -> None:
        if only != self.logo_only:
            self.logo_only = only
            self._refresh()

    def filled(self) -> bool:
        """Whether the panel has something to show (a page list, content besides the logo)."""
        if self.css_hidden:
            return False
        return (self.navigation is not None and not self.nav_hidden) or (
            self.content is not None and not self.logo_only)

    def sync_header(self) -> None:
        """The toolbar's logo: shown while there is a logo and the panel is not shown."""
        logo = self.logo
        shown = logo is not None and not (self.filled() and not self.collapsed)
        if self.header_action is not None:
            self.header_action.setVisible(shown)
        if logo is not None and shown:
            icon: QIcon = logo.icon  # type: ignore[attr-defined]  # a LogoLabel (adapters/logo.py)
            height = min(logo.height(), HEADER_LOGO_MAX)
            self.header_logo.setPixmap(icon.pixmap(QSize(height * 6, height)))
            self.header_logo.link = getattr(logo, "link", None)
            self.header_logo.setToolTip(self.header_logo.link or "")

    def _header_count(self) -> int:
        """How many header widgets (logo, page list) sit above the content."""
        return (self.logo is not None) + (self.navigation is not None)

    def _refresh(self) -> None:
        """Shown while it holds a page list or content (and the user has not collapsed it)."""
        filled = self.filled()
        if filled and not self.started and not self.locked:  # "auto": narrow starts collapsed
            self.started = True
            window = self.window()
            if window is not None and window.width() < AUTO_COLLAPSE_BELOW:
                self.set_expanded(False)
        self.toggle_action.setVisible(filled and not self.locked)
        self.setVisible(filled and not self.collapsed)
        self.sync_header()

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget is self.content else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None

    # ----- collapse -----
    def set_locked(self, locked: bool) -> None:
        """Streamlit 1.67's "locked" sidebar: expanded, its collapse control (the toolbar's
        Sidebar action, the View menu's, Ctrl+Shift+B) hidden and disabled."""
        self.locked = locked
        self.toggle_action.setEnabled(not locked)
        if locked:
            self.set_expanded(True)
        self.toggle_action.setVisible(self.filled() and not locked)

    def set_expanded(self, expanded: bool) -> None:
        if self.locked and not expanded:
            self.toggle_action.setChecked(True)
            return
        self.collapsed = not expanded
        if self.toggle_action.isChecked() != expanded:
            self.toggle_action.setChecked(expanded)
        self.setVisible(expanded and self.filled())
        self.sync_header()


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


def _hide_rule(navigation: QWidget | None, hidden: bool) -> None:
    """Tell the page list (qt/adapters/navigation.py) whether page CSS hides its rule."""
    hide = getattr(navigation, "hide_rule", None)
    if hide is not None:
        hide(hidden)
