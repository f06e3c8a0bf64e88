"""st.pagination in the window: < 1 ... 4 5 6 ... 20 > as one Tab stop.

The numbered buttons come from ``core.pagination.visible_pages``; Left/Right (or the
arrow buttons) move one page, Home/End jump to the first/last, and each move sends
the new page number (one run).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.core.pagination import visible_pages
from rerunqt.qt.adapters.base import Adapter, Host, apply_width
from rerunqt.runner.requests import WidgetEvent

PREVIOUS, NEXT = "\u2039", "\u203a"  # single angle quotation marks


def fit_width(button: QPushButton) -> None:
    """As wide as its number (bold, as the current page shows it) and at least square:
    Qt's push buttons are never narrower than 80 px, Streamlit's page buttons are compact."""
    button.ensurePolished()
    bold = QFont(button.font())
    bold.setBold(True)
    text = QFontMetrics(bold).horizontalAdvance(button.text())
    button.setFixedWidth(max(32, text + 18))


class PaginationBar(QWidget):
    """The row of buttons; ``page`` is the selected page as shown."""

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__()
        self.host, self.widget_id = host, widget_id
        self.setObjectName("rqPagination")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Pagination")
        self.page, self.num_pages = 1, 1
        self.cap: int | None = 7
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.buttons: dict[int, QPushButton] = {}  # page number -> its button
        self.prev = self._button(PREVIOUS, "Previous page")
        self.next = self._button(NEXT, "Next page")
        self.prev.clicked.connect(lambda: self.go(self.page - 1))
        self.next.clicked.connect(lambda: self.go(self.page + 1))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("rqPageButton")  # not "rqPage": that is the page column's name
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the bar is the one Tab stop
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        fit_width(button)
        return button

    def show_page(self, page: int, num_pages: int, cap: int | None) -> None:
        self.page, self.num_pages, self.cap = page, num_pages, cap
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.prev, self.next):
                widget.deleteLater()
        self.buttons = {}
        self.row.addWidget(self.prev)
        for number in visible_pages(page, num_pages, cap):
            if number is None:
                gap = QLabel("…")
                gap.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.row.addWidget(gap)
                continue
            button = self._button(str(number), f"Page {number}")
            button.setCheckable(True)
            button.setChecked(number == page)
            button.clicked.connect(lambda _=False, n=number: self.go(n))
            self.row.addWidget(button)
            self.buttons[number] = button
        self.row.addWidget(self.next)
        self.prev.setEnabled(page > 1)
        self.next.setEnabled(page < num_pages)
        self.setAccessibleDescription(f"page {page} of {num_pages}")

    def go(self, page: int) -> None:
        """The user asked for ``page`` (a click, an arrow, a key)."""
        page = max(1, min(self.num_pages, page))
        if not self.isEnabled() or page == self.page:
            self.show_page(self.page, self.num_pages, self.cap)  # undo a button's own toggle
            return
        self.show_page(page, self.num_pages, self.cap)
        self.host.emit(WidgetEvent(self.widget_id, page))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: self.page - 1, Qt.Key.Key_Right: self.page + 1,
                 Qt.Key.Key_Home: 1, Qt.Key.Key_End: self.num_pages}
        target = moves.get(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
        else:
            self.go(target)


class PaginationAdapter(Adapter):
    kind = "pagination"

    def create(self, element: Element, host: Host) -> QWidget:
        bar = PaginationBar(host, element.key)
        self.update(bar, element, element, frozenset(n for n, _ in element.props))
        return bar

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, PaginationBar)
        props = new.props_dict()
        if changed & {"value", "num_pages", "max_visible_pages", "set_by_code"}:
            widget.show_page(int(props["value"]), int(props["num_pages"]), props["max_visible_pages"])
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "width" in changed:
            stretch = props["width"] == "stretch"
            widget.setSizePolicy(QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Fixed,
                                 QSizePolicy.Policy.Fixed)
            apply_width(widget, new)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


PAGINATION_ADAPTERS: list[Adapter] = [PaginationAdapter()]
