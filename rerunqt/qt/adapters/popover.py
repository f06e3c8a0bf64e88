"""st.popover: a button that opens a popup panel holding a column of elements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.menu_button import menu_icon_label
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.container_box import BORDER_MARGIN, PAGE_SPACING
from rerunqt.qt.adapters.label_face import label_words, with_icon
from rerunqt.qt.adapters.layout import LayoutAdapter
from rerunqt.qt.adapters.option_markdown import show_label_markdown
from rerunqt.qt.adapters.panels import header_text, report
from rerunqt.qt.children import Children
from rerunqt.qt.column import Column
from rerunqt.qt.focus import install_enter_clicks


class PopoverPanel(QFrame):
    """The panel a popover button opens: a popup window with a column of children."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(button, Qt.WindowType.Popup)
        self.setObjectName("rqPopover")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BORDER_MARGIN, BORDER_MARGIN, BORDER_MARGIN, BORDER_MARGIN)
        layout.setSpacing(PAGE_SPACING)
        layout.addStretch(1)
        self.column = Column(layout)
        self.setMinimumWidth(240)
        install_enter_clicks(self)  # a popup window: Enter on its buttons, as on the page's


    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed()

    def closed(self) -> None:
        """Set by the popover: the panel was closed (a click outside, Escape)."""
        return None


CHEVRON = "  \u25be"


class Popover(QPushButton):
    """The popover's button: its label, then a chevron when there is room for both (in a
    narrow column, such as a "⋮" menu beside a button, the label alone: centring both
    cut them both off)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqPopoverButton")
        self.panel = PopoverPanel(self)
        self.clicked.connect(self.open_panel)
        self.tracked: str | None = None
        self.quiet = False
        self.words = ""
        self.chevron = CHEVRON  # none after a lone menu icon (Streamlit's "☰" / "⋮" menus)

    def show_words(self, words: str) -> None:
        self.words = words
        self.setText(words + self.chevron)
        self._fit()

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _fit(self) -> None:
        full = self.words + self.chevron
        pad = super().sizeHint().width() - self._advance(self.text())
        shown = full if self.width() >= pad + self._advance(full) else self.words
        if shown != self.text():
            self.setText(shown)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # for the text shown now: ask for the label and chevron
        return QSize(hint.width() - self._advance(self.text()) + self._advance(self.words + self.chevron),
                     hint.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def open_panel(self) -> None:
        self.panel.adjustSize()
        self.panel.move(self.mapToGlobal(QPoint(0, self.height() + 4)))
        self.panel.show()

    def set_open(self, open_: bool) -> None:
        self.quiet = True
        try:
            if open_ and not self.panel.isVisible() and self.isVisible():
                self.open_panel()
            elif not open_ and self.panel.isVisible():
                self.panel.hide()
        finally:
            self.quiet = False


class PopoverAdapter(LayoutAdapter):
    kind = "popover"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        button = Popover()
        self.update(button, element, element, frozenset(n for n, _ in element.props))
        button.clicked.connect(lambda: report(button, True, host))
        button.panel.closed = lambda: report(button, False, host)  # type: ignore[method-assign]
        return button

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, Popover)
        props = new.props_dict()
        widget.tracked = props.get("tracked")
        if "expanded" in changed and widget.tracked is not None:
            widget.set_open(bool(props.get("expanded")))
        if changed & {"label", "icon"}:
            label, icon = props["label"], icon_text(props["icon"])
            text, face = header_text(label, props["icon"])
            widget.chevron = "" if menu_icon_label(label, props["icon"]) else CHEVRON
            widget.show_words(text)
            show_label_markdown(widget, label, with_icon(label_words(label)[0], icon) + widget.chevron,
                                with_icon(label, icon) + widget.chevron, face)
            widget.setAccessibleName(props["label"])
        widget.setToolTip(props["help"] or "")
        widget.setEnabled(not props["disabled"])
        widget.setProperty("kind", props["type"])

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, Popover)
        return widget.panel.column

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]



POPOVER_ADAPTERS: list[Adapter] = [PopoverAdapter()]
