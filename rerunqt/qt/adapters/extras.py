"""badge, space, html, latex and link_button as Qt widgets (a badge is a Markdown label;
st.help: help_box.py).

A formula is drawn by matplotlib's mathtext when matplotlib is installed (imported only
when a formula is shown); without it the source is shown in code type with a one-line
note saying what to install, so nothing is silently lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.page_css_inline import inline_classes
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel
from rerunqt.qt.adapters.button import ButtonAdapter
from rerunqt.qt.adapters.help_box import HelpAdapter
from rerunqt.qt.adapters.hscroll import HScroll
from rerunqt.qt.adapters.shortcuts import with_shortcut
from rerunqt.qt.adapters.text import LabelAdapter
from rerunqt.qt.adapters.wrap_label import NO_LIMIT
from rerunqt.qt.flow import FlowLayout
from rerunqt.qt.formula import formula_pixmap, has_mathtext
from rerunqt.runner.requests import WidgetEvent

NO_MATHTEXT = "Shown as LaTeX source: install matplotlib (pip install matplotlib) to draw formulas."
UNDRAWABLE = ("Shown as LaTeX source: this formula uses LaTeX that matplotlib's mathtext "
              "(which draws formulas here) cannot read.")


class BadgeAdapter(LabelAdapter):
    """st.badge is Markdown, as in Streamlit: ``:blue-badge[:material/star: New]``, so it
    looks the same as a badge written in st.markdown."""

    kind = "badge"

    def __init__(self) -> None:
        super().__init__("badge", True, "rqBadge")

    def text_of(self, element: Element) -> str:
        icon = element.prop("icon")
        label = str(element.prop("label")).replace("[", "\\[").replace("]", "\\]")
        return f":{element.prop('color')}-badge[{icon + ' ' if icon else ''}{label}]"

    def icon_of(self, element: Element) -> str:
        return ""  # inside the badge (text_of)

    def create(self, element: Element, host: Host) -> QWidget:
        label = super().create(element, host)
        assert isinstance(label, WrapLabel)
        label.natural = True  # as wide as its words (Qt's guess wrapped a short badge)
        label.setAccessibleName(str(element.prop("label")))
        return label

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        super().update(widget, old, new, changed)
        widget.setAccessibleName(str(new.prop("label")))

    def left_aligned(self, element: Element) -> bool:
        return element.prop("width") != "stretch"


class SpaceBox(QWidget):
    """st.space's gap: tall in a column, wide (and no taller than its row) in a horizontal
    container, as Streamlit's space follows its container's direction."""

    amount: int | str = 0  # px, or "stretch"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self.fit()
        return super().event(event)

    def in_row(self) -> bool:
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        return isinstance(layout, (QHBoxLayout, FlowLayout))

    def fit(self) -> None:
        if self.amount == "stretch":  # grows in a horizontal container (and in a vertical one)
            self.setMinimumSize(0, 0)
            self.setMaximumSize(NO_LIMIT, NO_LIMIT)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            return
        size = int(self.amount)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        if self.in_row():
            self.setMaximumHeight(NO_LIMIT)
            self.setFixedSize(size, 0)
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(NO_LIMIT)
            self.setFixedHeight(size)


class SpaceAdapter(Adapter):
    kind = "space"

    def create(self, element: Element, host: Host) -> QWidget:
        gap = SpaceBox()
        gap.setObjectName("rqSpace")
        self.update(gap, element, element, frozenset({"size"}))
        return gap

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, SpaceBox)
        widget.amount = new.prop("size")
        widget.fit()


class HtmlLabel(WrapLabel):
    """st.html's label: at ``width="content"`` exactly as wide as its text. A <div> is drawn
    as a full-width table (html_boxes.py), for which QLabel's own guess is arbitrary."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # with natural set, this measured the text (cached)
        if not self.natural:
            return hint
        margins = self.contentsMargins()
        return QSize(self._natural[1] + margins.left() + margins.right(), hint.height())


class HtmlAdapter(Adapter):
    kind = "html"
    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit

    def create(self, element: Element, host: Host) -> QWidget:
        label = HtmlLabel()
        label.setObjectName("rqHtml")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.update(label, element, element, frozenset({"body", "width"}))
        return label

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, WrapLabel)
        if "width" in changed:  # "content": as wide as its text (Qt's guess is arbitrary)
            widget.natural = new.prop("width") == "content"
            widget.updateGeometry()
        if "body" in changed:
            from rerunqt.core.extras import sanitize
            from rerunqt.qt.html_boxes import boxed_html

            body = sanitize(str(new.prop("body")))  # no scripts or on...= handlers: no browser
            body = inline_classes(body, widget.page_classes)  # the page's .class / #id rules
            widget.set_text(boxed_html(body))
            has_link = "<a " in body.lower()
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.NoFocus)


class LatexAdapter(Adapter):
    kind = "latex"
    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit

    def create(self, element: Element, host: Host) -> QWidget:
        box = QWidget()
        box.setObjectName("rqLatex")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        box.formula = QLabel()  # type: ignore[attr-defined]
        box.formula.setAlignment(Qt.AlignmentFlag.AlignCenter)  # type: ignore[attr-defined]
        box.note = QLabel(NO_MATHTEXT)  # type: ignore[attr-defined]
        box.note.setObjectName("rqCaption")  # type: ignore[attr-defined]
        # a formula wider than the page scrolls sideways in its block (Streamlit's KaTeX
        # overflow-x: auto) instead of widening the column and unwrapping every paragraph
        box.scroller = HScroll(box.formula)  # type: ignore[attr-defined]
        box.formula.setAlignment(Qt.AlignmentFlag.AlignCenter)  # type: ignore[attr-defined]
        layout.addWidget(box.scroller)  # type: ignore[attr-defined]
        layout.addWidget(box.note)  # type: ignore[attr-defined]
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.update(box, element, element, frozenset({"body", "help"}))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        formula: QLabel = widget.formula  # type: ignore[attr-defined]
        source = str(new.prop("body"))
        colour = widget.palette().color(widget.foregroundRole()).name()
        pixmap = formula_pixmap(source, colour)
        if pixmap is not None and not pixmap.isNull():
            formula.setPixmap(pixmap)
            formula.setObjectName("rqFormula")
        else:
            formula.setText(source)
            formula.setObjectName("rqCode")
        if pixmap is None:
            widget.note.setText(UNDRAWABLE if has_mathtext() else NO_MATHTEXT)  # type: ignore[attr-defined]
        widget.note.setVisible(pixmap is None)  # type: ignore[attr-defined]
        formula.setAccessibleName(source)
        if new.prop("help") or getattr(formula, "rq_help_icon", None) is not None:
            from rerunqt.qt.adapters.help_icon import set_help  # "?" after the formula

            set_help(formula, new.prop("help"), widget)
        widget.scroller.refit()  # type: ignore[attr-defined]


def open_url(url: str) -> bool:
    """Open ``url`` in the system browser (a test may replace this)."""
    return QDesktopServices.openUrl(QUrl(url))


class LinkButtonAdapter(ButtonAdapter):
    kind = "link_button"

    def create(self, element: Element, host: Host) -> QWidget:
        button = super().create(element, host)
        assert isinstance(button, QPushButton)
        button.clicked.disconnect()  # a plain click only opens the link
        widget_id = element.key

        def clicked() -> None:
            from rerunqt.qt.adapters.page_links import in_app  # "/page": a page of the app

            url = str(button.property("url"))
            if not in_app(button, url):
                open_url(url)
            if button.property("reruns"):
                host.emit(WidgetEvent(widget_id, True, click=True))

        button.clicked.connect(clicked)
        return button

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        super().update(widget, old, new, changed)
        widget.setProperty("url", new.prop("url"))
        widget.setProperty("reruns", bool(new.prop("reruns")))
        widget.setToolTip(with_shortcut(new.prop("help") or str(new.prop("url")),
                                        new.prop("shortcut")))


EXTRAS_ADAPTERS: list[Adapter] = [BadgeAdapter(), SpaceAdapter(), HtmlAdapter(), LatexAdapter(),
                                  LinkButtonAdapter(), HelpAdapter()]
