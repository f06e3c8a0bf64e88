"""st.set_page_config in the window: title, icon, page width, sidebar start, Help menu.

The config element is a root of the tree; its (invisible) widget is put in the
``PageConfigPlace``, which applies the props to the window whenever they change.
"centered" keeps the page at Streamlit's readable width (736 px of content) in the
middle of a wide window; "wide" uses the whole window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QScrollArea, QWidget

from rerunqt.core.app_name import window_title
from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.sidebar import AUTO_COLLAPSE_BELOW

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from rerunqt.qt.window import AppWindow

CENTERED_WIDTH = 736  # Streamlit's centered content width (46rem)
SIDE_MARGIN = 32
NARROW_MARGIN, NARROW_WIDTH = 16, 640  # phones-width windows: Streamlit drops to 1rem too


class PageConfigWidget(QWidget):
    """Holds the config's props; never shown."""

    def __init__(self) -> None:
        super().__init__()
        self.hide()
        self.props: dict[str, Any] = {}
        self.apply: Callable[[dict[str, Any]], None] | None = None

    def set_props(self, props: dict[str, Any]) -> None:
        self.props = props
        if self.apply is not None:
            self.apply(props)


class PageConfigAdapter(Adapter):
    kind = "page_config"

    def create(self, element: Element, host: Host) -> QWidget:
        widget = PageConfigWidget()
        widget.set_props(element.props_dict())
        return widget

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, PageConfigWidget)
        widget.set_props(new.props_dict())


class PageConfigPlace:
    """The children protocol for the config root: applies the config to the window."""

    def __init__(self, window: AppWindow) -> None:
        self.window = window
        self.widget: PageConfigWidget | None = None
        self.width_filter = CenteredWidth(window)
        self.menu_actions: list[QAction] = []

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        assert isinstance(widget, PageConfigWidget)
        widget.setParent(self.window)
        widget.hide()
        self.widget = widget
        widget.apply = self.apply
        self.apply(widget.props)

    def remove(self, widget: QWidget) -> None:
        if widget is self.widget:  # the last config stays in force (Streamlit keeps it)
            self.widget = None

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget is self.widget else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None

    def apply(self, props: dict[str, Any]) -> None:
        window = self.window
        window.setWindowTitle(window_title(props.get("page_title"), window.script_path.name))
        icon = props.get("page_icon")
        if icon:
            window.setWindowIcon(icon_for(icon))
        self.width_filter.set_wide(props.get("layout") == "wide")
        state = props.get("initial_sidebar_state")
        if state is not None:
            window.sidebar.set_locked(state == "locked")
        if state is not None and not window.sidebar.started:
            window.sidebar.started = True
            expanded = state != "collapsed" and not (
                state == "auto" and window.width() < AUTO_COLLAPSE_BELOW)
            window.sidebar.set_expanded(expanded)
            if isinstance(state, int) and not isinstance(state, bool):
                set_sidebar_width(window.sidebar, state)  # Streamlit 1.67: the start width
        self._menu(props.get("menu_items"))

    def _menu(self, items: tuple[tuple[str, str | None], ...] | None) -> None:
        menu = self.window.help_menu
        before = self.window.menus.help_separator  # page entries go above About rerunqt
        for action in self.menu_actions:
            menu.removeAction(action)
        self.menu_actions = []
        for name, value in items or ():
            if value is None:
                continue
            action = QAction(name if name != "About" else "About this app", self.window)
            if name == "About":
                action.triggered.connect(lambda _=False, text=value: _about(self.window, text))
            else:
                action.triggered.connect(lambda _=False, url=value: _open_url(url))
            menu.insertAction(before, action)
            self.menu_actions.append(action)
        before.setVisible(bool(self.menu_actions))


def _open_url(url: str) -> None:
    from PySide6.QtCore import QUrl  # these classes (and their enums): only when used
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl(url))


def _about(window: QWidget, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only when asked for

    box = QMessageBox(window)
    box.setWindowTitle("About")
    box.setTextFormat(Qt.TextFormat.MarkdownText)
    box.setText(text)
    box.open()


def set_sidebar_width(panel: QWidget, width: int) -> None:
    """Open the sidebar ``width`` pixels wide (within the splitter's limits); the user's
    drags change it afterwards."""
    from PySide6.QtWidgets import QSplitter

    splitter = panel.parentWidget()
    if isinstance(splitter, QSplitter):
        total = sum(splitter.sizes()) or splitter.width()
        width = max(panel.minimumWidth(), min(width, total - 200)) if total > 400 else width
        splitter.setSizes([width, max(1, total - width)])


def icon_text(icon: str) -> str | None:
    """The character(s) a page icon draws: an emoji as given, or the one a short code
    names (":shark:", ":material/home:", as Streamlit resolves them); None for a file."""
    from rerunqt.core.md_symbols import EMOJI, MATERIAL_SYMBOLS, emoji_by_name

    shown = icon.strip()
    if shown == "random":  # Streamlit picks an emoji at random
        import random

        return random.choice(list(EMOJI.values()))
    if len(shown) > 2 and shown.startswith(":") and shown.endswith(":"):
        name = shown[1:-1]
        if name.startswith("material/"):
            return MATERIAL_SYMBOLS.get(name[len("material/"):])
        return EMOJI.get(name) or emoji_by_name(name)
    return shown if len(shown) <= 8 and "." not in shown and "/" not in shown else None


def icon_for(icon: str) -> QIcon:
    """An emoji drawn into an icon, or an image file's icon."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap

    text = icon_text(icon)
    if text:
        icon = text
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        font = QFont()
        font.setPixelSize(52)
        painter.setFont(font)
        painter.drawText(QRect(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, icon)
        painter.end()
        return QIcon(pixmap)
    return QIcon(icon)


class PageScroll(QScrollArea):
    """The page's scroll area, which says when its viewport changes size.

    It replaces an event filter on the viewport, which ran Python for every event the
    viewport got (each paint of the page): while a script ran, the GUI thread then
    waited for the script thread to drop the GIL before it could paint a clicked
    widget, and applied the run's result that much later. A scroll area gets its
    viewport's resize events in ``resizeEvent``, and only those.
    """

    resized = Signal()
    # The viewport's width, from its resize events: ``viewport()`` returns a QWidget
    # made in C++, and PySide6, to find its Python type, creates the types (and enums)
    # of many QWidget subclasses: 42 enums, several ms, on the way to the first paint.
    viewport_width = 0

    def resizeEvent(self, event: Any) -> None:
        self.viewport_width = event.size().width()
        self.resized.emit()  # first, as the filter did: the page is resized with its new margins
        super().resizeEvent(event)


class CenteredWidth(QObject):
    """Keeps the page's content at CENTERED_WIDTH in the middle of the viewport ("centered")."""

    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wide = False
        # the app's CSS (qt/page_css.py): ``.block-container``'s max-width (0: none) and
        # side padding, in pixels; None keeps the layout's
        self.css_width: int | None = None
        self.css_side: int | None = None
        window.page_scroll.resized.connect(self.fit)
        self.fit()

    def set_wide(self, wide: bool) -> None:
        if wide != self.wide:
            self.wide = wide
            self.fit()

    def fit(self) -> None:
        layout = self.window.page.layout()
        if layout is None:
            return
        width = self.window.page_scroll.viewport_width
        least = NARROW_MARGIN if width < NARROW_WIDTH else SIDE_MARGIN
        if self.css_side is not None:
            least = self.css_side
        cap = (None if self.wide else CENTERED_WIDTH) if self.css_width is None else self.css_width
        side = least if not cap else max(least, (width - cap) // 2)
        margins = layout.contentsMargins()
        if margins.left() != side:
            layout.setContentsMargins(side, margins.top(), side, margins.bottom())
        self.window.bottom.set_side(side)


PAGE_CONFIG_ADAPTERS: list[Adapter] = [PageConfigAdapter()]
