"""The navigation element's widget: a page list (sidebar) or a bar of pages and section
menus (top, rerunqt/qt/adapters/top_nav.py).

``NavigationPlace`` (rerunqt/qt/navigation.py) puts it where its ``position`` says.
Choosing a page (a click, Enter or Space on the list, an entry of the top bar or of its
menus, Ctrl+PgUp / Ctrl+PgDn) sends one event: the page's url_path. A web page
(``st.Page("https://...")``) opens in the browser instead, as Streamlit opens it in a new
tab; the page shown stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.core.navigation import NAVIGATION_ID, clicked_page
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.inline_markdown import has_markup
from rerunqt.qt.adapters.label_face import label_words
from rerunqt.qt.adapters.links import open_link
from rerunqt.qt.adapters.top_nav import Target, TopNav, entry_text
from rerunqt.runner.requests import WidgetEvent

SHOWN_COLLAPSED = 10  # Streamlit: pages a collapsed list shows (expanded=False)
COLLAPSE_MARGIN = 2  # collapsed only when more than this many pages would be hidden
_PAGE = Qt.ItemDataRole.UserRole
_SOURCE = Qt.ItemDataRole.UserRole + 1  # a title's Markdown, drawn in place of its words
_TITLE = Qt.ItemDataRole.UserRole + 2  # the title as written (QtPilot.click finds it so too)


def collapsed_count(expanded: object) -> int | None:
    """How many pages the collapsed list shows (None: never collapsed): ``expanded=True``
    never collapses, a positive int is its count (Streamlit 1.67), else 10."""
    if expanded is True:
        return None
    if isinstance(expanded, int) and not isinstance(expanded, bool) and expanded > 0:
        return expanded
    return SHOWN_COLLAPSED


class MarkdownRows(QStyledItemDelegate):
    """Draws a row's title as Markdown (Streamlit renders page and section titles: bold,
    colours, :material/...: icons); rows without Markdown are drawn as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        source = index.data(_SOURCE)
        if not source:
            super().paint(painter, option, index)
            return
        from rerunqt.qt.adapters.option_markdown import draw_markdown, is_dark

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None or widget is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # the margin Qt leaves before a row's plain text, so both kinds of row line up
        rect.adjust(style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1,
                    0, 0, 0)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        painter.save()
        painter.setFont(opt.font)
        draw_markdown(painter, QPointF(rect.left(), rect.top()), rect.height(), str(source),
                      widget.palette().color(group, QPalette.ColorRole.Text), is_dark(widget))
        painter.restore()


def _markdown_row(item: QListWidgetItem, title: str, icon: str | None) -> None:
    """Show ``title``'s words on ``item``, its Markdown drawn when it has any."""
    item.setData(_TITLE, title)
    if not has_markup(title):
        return
    item.setText(entry_text(label_words(title)[0], icon))
    item.setData(_SOURCE, entry_text(title, icon))


class PageList(QListWidget):
    """The sidebar's list of pages: arrows move, Enter / Space / a click opens the page."""

    def __init__(self, choose: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("rqPageList")
        self.setAccessibleName("Pages")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._choose = choose
        self.itemClicked.connect(self._chosen)
        self.setItemDelegate(MarkdownRows(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.currentItem()
            if item is not None:
                self._chosen(item)
            return
        super().keyPressEvent(event)

    def _chosen(self, item: QListWidgetItem) -> None:
        page = item.data(_PAGE)
        if page is not None:
            self._choose(str(page))

    def fit(self) -> None:
        """As tall as its visible rows: the sidebar scrolls, not the list."""
        rows = [i for i in range(self.count()) if not self.isRowHidden(i)]
        height = sum(max(self.sizeHintForRow(i), 0) for i in rows) + 2 * self.frameWidth() + 4
        self.setFixedHeight(height)


class NavigationWidget(QWidget):
    """The navigation of one run: its pages, the current one, where it is shown."""

    def __init__(self, emit: Callable[[WidgetEvent], None]) -> None:
        super().__init__()
        self.setObjectName("rqNavigation")
        self._emit = emit
        self.props: dict[str, Any] = {}
        self.position = "sidebar"
        self.relocate: Callable[[NavigationWidget], None] | None = None  # set by the place
        self.more = False  # "View more" pressed
        # Streamlit collapses a long list only above other sidebar content (a logo is none)
        self.sidebar_elements = False
        self.asked: str | None = None  # a page chosen and not yet shown (fast Ctrl+PgDn presses)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        self.list = PageList(self.choose)
        self.more_button = QPushButton()
        self.more_button.setObjectName("rqPageListMore")
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self._toggle_more)
        self.top = TopNav(self.choose)
        # Streamlit draws a rule under the list when the sidebar has elements of its own
        self.separator = QFrame()
        self.separator.setObjectName("rqPageListSeparator")
        self.separator.setFixedHeight(17)  # 1rem above a 1 px line
        self.separator.hide()
        self.rule_hidden = False  # page CSS: [data-testid="stSidebarNavSeparator"] {display: none}
        for part in (self.list, self.more_button, self.separator, self.top):
            layout.addWidget(part)

    # ----- props -----
    @property
    def pages(self) -> list[tuple[Any, ...]]:
        """(url_path, title, icon, section, help, visible, external_url) of the pages listed."""
        return [entry for entry in self.props.get("pages", ()) if entry[5]]

    @property
    def current(self) -> str:
        return str(self.props.get("current", ""))

    def set_props(self, props: dict[str, Any]) -> None:
        self.props = props
        self.asked = None
        moved = props.get("position", "sidebar") != self.position
        self.position = props.get("position", "sidebar")
        self._fill_list()
        self.top.set_pages(self.pages, self.current)
        self.list.setVisible(self.position == "sidebar")
        self.top.setVisible(self.position == "top")
        if moved and self.relocate is not None:
            self.relocate(self)

    def set_sidebar_elements(self, present: bool) -> None:
        """Whether the sidebar holds elements under the list (the window says, each run)."""
        if present != self.sidebar_elements:
            self.sidebar_elements = present
            self._fill_list()

    def _fill_list(self) -> None:
        listing = self.list
        with QSignalBlocker(listing):
            listing.clear()
            section = ""
            current_row = -1
            for url_path, title, icon, page_section, help_text, *_ in self.pages:
                if page_section and page_section != section:
                    header = QListWidgetItem(page_section)
                    header.setFlags(Qt.ItemFlag.NoItemFlags)
                    font = QFont(listing.font())
                    font.setBold(True)
                    header.setFont(font)
                    _markdown_row(header, page_section, None)
                    header.setData(Qt.ItemDataRole.AccessibleTextRole,
                                   f"Section {label_words(page_section)[0]}")
                    listing.addItem(header)
                section = page_section
                item = QListWidgetItem(entry_text(title, icon))
                _markdown_row(item, title, icon)
                item.setData(_PAGE, url_path)
                chosen = url_path == self.current
                words = label_words(title)[0]
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"{words}, current page" if chosen else words)
                if help_text:
                    item.setToolTip(help_text)
                listing.addItem(item)
                if chosen:
                    current_row = listing.count() - 1
            listing.setCurrentRow(current_row)
        shown = collapsed_count(self.props.get("expanded"))
        many = (self.sidebar_elements and shown is not None
                and len(self.pages) > shown + COLLAPSE_MARGIN)
        page_rows = [i for i in range(listing.count()) if listing.item(i).data(_PAGE) is not None]
        cut = page_rows[shown] if many and shown is not None and not self.more else listing.count()
        for row in range(listing.count()):
            listing.setRowHidden(row, row >= cut and row != current_row)
        self.more_button.setVisible(many and self.position == "sidebar")
        self.separator.setVisible(self.sidebar_elements and self.position == "sidebar"
                                  and not self.rule_hidden)
        hidden = len(page_rows) - (shown or 0)
        self.more_button.setText("View less" if self.more else f"View {hidden} more")
        listing.fit()

    def hide_rule(self, hidden: bool) -> None:
        self.rule_hidden = hidden
        self.separator.setVisible(self.sidebar_elements and self.position == "sidebar"
                                  and not hidden)

    def _toggle_more(self) -> None:
        self.more = not self.more
        self._fill_list()

    # ----- choosing -----
    def choose(self, url_path: str) -> None:
        external = next((_web(entry) for entry in self.pages if entry[0] == url_path), None)
        if external is not None:  # a web page: the browser, and the current page stays marked
            open_link(external)
            self._fill_list()
            self.top.set_pages(self.pages, self.current)
            return
        self.asked = url_path
        self._emit(WidgetEvent(NAVIGATION_ID, clicked_page(url_path)))

    def step(self, delta: int) -> None:
        """The previous / next page (Ctrl+PgUp / Ctrl+PgDn), wrapping around."""
        paths = [entry[0] for entry in self.pages if _web(entry) is None]
        if len(paths) < 2:
            return
        shown = self.asked if self.asked is not None else self.current
        index = paths.index(shown) if shown in paths else 0
        self.choose(paths[(index + delta) % len(paths)])

    def target(self, label: str) -> Target | None:
        """Where a user clicks to open the page titled ``label`` (QtPilot.click)."""
        if self.position == "sidebar":
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item.data(_PAGE) is not None and label in (_title(item.text()),
                                                              item.data(_TITLE)):
                    return Target(self.list.viewport(), self.list.visualItemRect(item).center())
        elif self.position == "top":
            return self.top.target(label)
        return None

    def focus_widgets(self) -> list[QWidget]:
        if self.position == "sidebar":
            return [self.list]
        return self.top.focus_widgets() if self.position == "top" else []


def _web(entry: tuple[Any, ...]) -> str | None:
    """A web page's address (st.Page("https://...")), None for a page of the app."""
    return entry[6] if len(entry) > 6 else None


def _title(text: str) -> str:
    return text.split("  ", 1)[1] if "  " in text else text


class NavigationAdapter(Adapter):
    kind = "navigation"

    def create(self, element: Element, host: Host) -> QWidget:
        widget = NavigationWidget(host.emit)
        widget.set_props(element.props_dict())
        return widget

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, NavigationWidget)
        widget.set_props(new.props_dict())

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        assert isinstance(widget, NavigationWidget)
        return widget.focus_widgets()


NAVIGATION_ADAPTERS: list[Adapter] = [NavigationAdapter()]

