"""st.page_link: a link-styled button; a page of the app, or a web page in the browser."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.label_face import label_words, mnemonic_safe, with_icon
from rerunqt.qt.adapters.option_markdown import show_label_markdown
from rerunqt.runner.requests import WidgetEvent


class PageLinkAdapter(Adapter):
    kind = "page_link"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        link = QPushButton()
        link.setObjectName("rqPageLink")
        link.setAutoDefault(False)
        link.setFlat(True)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        widget_id = element.key

        def clicked() -> None:
            url = link.property("rqUrl")
            if url:  # a web page: the system browser, no rerun
                QDesktopServices.openUrl(QUrl(str(url)))
            else:
                host.emit(WidgetEvent(widget_id, True, click=True))

        link.clicked.connect(clicked)
        self.update(link, element, element, frozenset(n for n, _ in element.props))
        return link

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, QPushButton)
        props = new.props_dict()
        if changed & {"label", "icon", "icon_position", "url"}:
            label = props["label"]
            words, face = label_words(label)  # its Markdown as words and a face
            arrow = " \u2197" if props.get("url") else ""  # leaves the app
            icon, right = icon_text(props.get("icon")), props.get("icon_position") == "right"
            text = with_icon(words + arrow, icon, right)
            widget.setText(mnemonic_safe(text))  # "&" shown, not a shortcut
            # colours, code, part emphasis: the Markdown drawn over the words
            show_label_markdown(widget, label, text, with_icon(label + arrow, icon, right), face)
            widget.setAccessibleName(props["label"])
            widget.setAccessibleDescription(
                f"Opens {props['url']} in the browser" if props.get("url") else "Opens this page")
            widget.setProperty("rqUrl", props.get("url"))
        if "current" in changed:  # a link to the page shown is shaded, as Streamlit's
            widget.setProperty("current", bool(props.get("current")))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if "help" in changed:
            widget.setToolTip(props.get("help") or "")
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "current" in changed:  # a link to the page shown is shaded, as in Streamlit
            widget.setProperty("current", bool(props.get("current")))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if "width" in changed:
            width = props["width"]
            if isinstance(width, int):
                widget.setFixedWidth(width)
            else:
                widget.setMinimumWidth(0)
                widget.setMaximumWidth(16_777_215)
                policy = (QSizePolicy.Policy.Expanding if width == "stretch"
                          else QSizePolicy.Policy.Fixed)
                widget.setSizePolicy(policy, QSizePolicy.Policy.Fixed)

    def left_aligned(self, element: Element) -> bool:
        return element.prop("width") != "stretch"

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


PAGE_LINK_ADAPTERS: list[Adapter] = [PageLinkAdapter()]
