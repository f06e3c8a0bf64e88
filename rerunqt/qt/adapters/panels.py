"""Containers the user opens and closes: tabs and expanders (popovers: popover.py).

What the user chose (the selected tab, an opened expander, an open popover) lives in
the Qt widget, which the renderer reuses across reruns, so it survives every rerun.
A prop the script sets (``expanded``, ``default``) is applied when the widget is made
and when the script changes that prop, never on an unrelated rerun.

A tracked container (``on_change="rerun"``..., prop ``tracked`` = its widget id) also
reports each switch the user makes as a widget event: the tab's label, or True/False;
changes the script makes are applied quietly (no event echoes back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.container_box import BORDER_MARGIN, PAGE_SPACING
from rerunqt.qt.adapters.expander_look import Contents, Header, StepRail, apply_look
from rerunqt.qt.adapters.label_face import label_words, mnemonic_safe, with_icon
from rerunqt.qt.adapters.layout import Box, BoxAdapter, LayoutAdapter
from rerunqt.qt.adapters.option_markdown import needs_document, set_markdown, show_label_markdown
from rerunqt.qt.children import Children
from rerunqt.qt.flow import ROW_BASIS_TABS
from rerunqt.runner.requests import WidgetEvent


def header_text(label: str, icon: str | None) -> tuple[str, int]:
    """The text of an expander's or popover's header (``icon`` and the label's words, any
    "&" doubled for Qt) and the label's face."""
    words, face = label_words(label)
    return mnemonic_safe(with_icon(words, icon_text(icon))), face


def tab_text(label: str | None) -> str:
    """A tab's text: the label's words (a tab bar has one font: no face), "&" doubled."""
    return mnemonic_safe(label_words(label)[0]) if label else ""


def mark_tabs(tabs: QTabWidget, labels: tuple[str, ...]) -> None:
    """Tab labels with colours, code or emphasis (a whole label's bold, italic or strike
    too: the bar has one font): their Markdown drawn on the bar."""
    set_markdown(tabs.tabBar(), {label_words(label)[0]: label for label in labels  # a face
                                 if label and (needs_document(label) or label_words(label)[1])})


def _smart_minimum(page: QWidget) -> QSize:
    """What a layout gives a page at least: its minimum size, else its minimum hint."""
    hint = page.minimumSizeHint()
    return QSize(max(page.minimumWidth(), hint.width()), max(page.minimumHeight(), hint.height()))


class TabPages:
    """The children of a QTabWidget: each child widget is one tab page."""

    def __init__(self, tabs: Tabs) -> None:
        self.tabs = tabs

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        tabs = self.tabs
        tabs.quiet = True
        try:
            if tabs.indexOf(holder(widget)) >= 0:
                tabs.removeTab(tabs.indexOf(holder(widget)))
            if tabs.fixed_height and getattr(widget, "rq_tab_scroll", None) is None:
                widget.rq_tab_scroll = _scroller(widget)  # type: ignore[attr-defined]
            tabs.insertTab(index, holder(widget), tab_text(widget.property("rqLabel")))
            if tabs.pending_default is not None and tabs.count() > tabs.pending_default:
                tabs.setCurrentIndex(tabs.pending_default)
                tabs.pending_default = None
        finally:
            tabs.quiet = False
        tabs.fit_current()

    def remove(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(holder(widget))
        if index >= 0:
            self.tabs.quiet = True
            try:
                self.tabs.removeTab(index)
            finally:
                self.tabs.quiet = False

    def index_of(self, widget: QWidget) -> int:
        return self.tabs.indexOf(holder(widget))

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None


class Tabs(QTabWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqTabs")
        self.setDocumentMode(True)
        self.pending_default: int | None = 0
        self.pages = TabPages(self)
        self.quiet = False  # the script or the renderer is changing the tabs: no event
        self.tracked: str | None = None
        self.labels: tuple[str, ...] = ()
        self.fixed_height = 0  # height=<pixels>: this tall, the open page scrolls in it
        self.currentChanged.connect(self.fit_current)

    def fit_current(self) -> None:
        """As tall as the open tab, as in Streamlit (a QTabWidget is as tall as its tallest
        page): the size hints below measure the open page only; a switch re-measures."""
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._current_only(super().sizeHint(), QWidget.sizeHint)

    def minimumSizeHint(self) -> QSize:
        return self._current_only(super().minimumSizeHint(), _smart_minimum)

    def _current_only(self, whole: QSize, measure: Any) -> QSize:
        """QTabWidget's own hint, with the tallest page's height swapped for the open one's."""
        current = self.currentWidget()
        if current is None or self.count() < 2:
            return whole
        tallest = max(measure(self.widget(i)).height() for i in range(self.count()))
        return QSize(whole.width(), whole.height() - tallest + measure(current).height())

    def switched(self, index: int, host: Host) -> None:
        """The user chose tab ``index``: a tracked bar reports its label."""
        if self.tracked is not None and not self.quiet and 0 <= index < len(self.labels):
            host.emit(WidgetEvent(self.tracked, self.labels[index]))


class TabsAdapter(LayoutAdapter):
    kind = "tabs"

    def create(self, element: Element, host: Host) -> QWidget:
        tabs = Tabs()
        tabs.setProperty("rqBasis", ROW_BASIS_TABS)  # Streamlit's 14rem in a horizontal row
        tabs.pending_default = int(element.prop("default") or 0)
        tabs.tracked, tabs.labels = element.prop("tracked"), tuple(element.prop("labels"))
        mark_tabs(tabs, tabs.labels)
        height = element.prop("height")
        if isinstance(height, int) and not isinstance(height, bool):  # Streamlit 1.67: the tab
            tabs.fixed_height = height  # container is this tall; the open panel scrolls
            tabs.setFixedHeight(height)
        tabs.currentChanged.connect(lambda index: tabs.switched(index, host))
        return tabs

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, Tabs)
        widget.tracked, widget.labels = new.prop("tracked"), tuple(new.prop("labels"))
        if "labels" in changed:
            mark_tabs(widget, widget.labels)
            for index, label in enumerate(new.prop("labels")):
                if index < widget.count():
                    widget.setTabText(index, tab_text(label))
        if "default" in changed and int(new.prop("default")) < widget.count():
            widget.quiet = True
            try:
                widget.setCurrentIndex(int(new.prop("default")))
            finally:
                widget.quiet = False

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, Tabs)
        return widget.pages

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        """The tab bar is one Tab stop (arrows then switch tabs), as Streamlit's tab list."""
        assert isinstance(widget, Tabs)
        return [widget.tabBar()]


class TabAdapter(BoxAdapter):
    """One tab's page; its label is shown by the tab bar."""

    kind = "tab"
    object_name = "rqTab"

    def create(self, element: Element, host: Host) -> QWidget:
        page = super().create(element, host)
        assert isinstance(page, Box)
        page.box_layout.setContentsMargins(0, BORDER_MARGIN, 0, 0)
        page.setProperty("rqLabel", element.prop("label"))
        return page

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        widget.setProperty("rqLabel", new.prop("label"))

    def click_target(self, widget: QWidget) -> tuple[QWidget, QPoint] | None:
        tabs = _tab_widget(widget)
        if tabs is None:
            return None
        bar = tabs.tabBar()
        return bar, bar.tabRect(tabs.indexOf(holder(widget))).center()


def holder(page: QWidget) -> QWidget:
    """What the tab bar holds for ``page``: the page, or the scroll area it sits in."""
    return getattr(page, "rq_tab_scroll", None) or page


def _scroller(page: QWidget) -> QScrollArea:
    """A frameless scroll area for a page of fixed-height tabs (it scrolls down only)."""
    area = QScrollArea()
    area.setObjectName("rqContainerScroll")  # a scrolling container's look (layout.*.qss)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def _tab_widget(page: QWidget) -> QTabWidget | None:
    parent = page.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


class Expander(QFrame):
    """A header that shows or hides a column of children (its look: expander_look.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqExpander")
        layout = self.frame_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header()
        self.header.setObjectName("rqExpanderHeader")
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.toggled.connect(self.set_open)
        layout.addWidget(self.header)
        self.body = QWidget()
        self.body.setObjectName("rqExpanderBody")
        body_layout = self.body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(BORDER_MARGIN, 4, BORDER_MARGIN, BORDER_MARGIN)
        body_layout.setSpacing(PAGE_SPACING)
        body_layout.addStretch(1)
        self.column = Contents(body_layout, self)
        layout.addWidget(self.body)
        self.tracked: str | None = None
        self.quiet = True
        self.step: StepRail | None = None
        self.header.has_content = False
        self.set_open(False)
        self.quiet = False

    def set_open(self, open_: bool) -> None:
        if self.header.isChecked() != open_:
            self.header.setChecked(open_)  # comes back here through toggled
            return
        self.header.refresh()
        self.body.setVisible(open_)

    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_look(self, look: str, icon: str | None, state: str | None = None) -> None:
        """Streamlit's ``type`` (default, compact, step) with ``icon`` (or a state)."""
        apply_look(self, look, icon, state)

    def content_changed(self) -> None:
        """Children came or went: a step without content is a plain row that ends the line."""
        has = len(self.column) > 0
        if has != self.header.has_content:
            self.header.has_content = has
            self.header.refresh()
            if self.step is not None:
                self.step.sync()


class ExpanderAdapter(LayoutAdapter):
    kind = "expander"

    def create(self, element: Element, host: Host) -> QWidget:
        box = Expander()
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        box.header.toggled.connect(lambda checked: report(box, bool(checked), host))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, Expander)
        widget.tracked = new.prop("tracked")
        if changed & {"label", "icon", "type"}:
            label = new.prop("label")
            text, face = header_text(label, None)
            widget.header.setText(text)
            show_label_markdown(widget.header, label, label_words(label)[0], label, face, fit=False)
            widget.header.fit_lines()  # its Markdown (if any) wraps as drawn
            widget.header.setAccessibleName(new.prop("label"))
            widget.set_look(new.prop("type", "default"), new.prop("icon"))
        if "expanded" in changed:
            widget.quiet = True
            try:
                widget.set_open(bool(new.prop("expanded")))
            finally:
                widget.quiet = False

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, Expander)
        return widget.column

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, Expander)
        return widget.header

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        assert isinstance(widget, Expander)
        return [widget.header]


def report(widget: Any, open_: bool, host: Host) -> None:
    """A tracked expander or popover the user opened or closed reports its new state."""
    if widget.tracked is not None and not widget.quiet:
        host.emit(WidgetEvent(widget.tracked, open_))



PANEL_ADAPTERS: list[Adapter] = [TabsAdapter(), TabAdapter(), ExpanderAdapter()]
