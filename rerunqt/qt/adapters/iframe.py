"""st.iframe / components.iframe / components.html and custom components, without a browser.

A web page cannot be shown in a native window, so its frame is a panel of the size the
script asked for, saying so, with the address and an "Open in browser" button (Tab
reaches it; it opens the system browser). HTML is rich text as st.html shows it, in a
box of the frame's height (scrolling when asked), with a note when scripts were left
out; so is a page that needs no server (a ``data:text/html`` address, a file of the
script's ``static`` folder), and a local picture is shown as one. A custom component is
an info box naming it and the value it returns.
"""

from __future__ import annotations

from html import escape as html_escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.core.extras import sanitize
from rerunqt.core.iframe import SCRIPTS_DROPPED, data_html
from rerunqt.qt.adapters import extras
from rerunqt.qt.adapters.alerts import _Box
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel, apply_width
from rerunqt.qt.focus import set_tab_rank
from rerunqt.qt.static_files import served_file

PAGE_TITLE = "This web page opens in your browser"
NO_SERVER = ("This address is a path on Streamlit's web server; a desktop app has none, so "
             "there is nothing to open.")


class PagePanel(QFrame):
    """A page's frame: what it is, its address, and the button that opens it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqIframe")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.title = WrapLabel()  # wraps in a narrow panel, and the panel grows for it
        self.title.setText(PAGE_TITLE)
        self.title.setObjectName("rqIframeTitle")
        self.address = QLabel()  # one line, elided in the middle when the panel is narrow
        self.address.setObjectName("rqIframeAddress")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton("Open in browser")
        self.button.setObjectName("rqIframeOpen")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self.open)
        self.note = QLabel(NO_SERVER)
        self.note.setObjectName("rqCaption")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # a narrow frame (components.iframe(width=200)) wraps it
        for widget in (self.title, self.address, self.note):
            layout.addWidget(widget)
        layout.insertWidget(3, self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.url = ""

    def show_page(self, url: str) -> None:
        self.url = url
        self.elide()
        self.address.setToolTip(url)
        local = url.startswith("/")  # Streamlit's relative URL: served by its web server
        self.button.setEnabled(not local)
        self.note.setVisible(local)
        self.button.setToolTip(f"Open {url} in the system's web browser")
        self.button.setAccessibleName(f"Open {url} in browser")

    def elide(self) -> None:
        room = max(self.address.width(), self.width() - 32, 40)
        self.address.setText(self.address.fontMetrics().elidedText(
            self.url, Qt.TextElideMode.ElideMiddle, room))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.elide()

    def open(self) -> None:
        if self.url:
            extras.open_url(self.url)


def web_stand_in(layout: QVBoxLayout, panel: PagePanel | None, url: str | None,
                 title: str) -> PagePanel | None:
    """An image's or a player's stand-in for media on the web, which is not downloaded:
    the page panel (its address and "Open in browser"), made at the first address, put
    first in ``layout`` and shown while there is an address. Returns the panel (or None)."""
    if url is not None and panel is None:
        panel = PagePanel()
        layout.insertWidget(0, panel)
    if panel is not None:
        panel.setVisible(url is not None)
        if url is not None:
            panel.title.setText(title)
            panel.show_page(url)
    return panel


_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp")


def without_server(props: dict[str, Any]) -> dict[str, Any]:
    """A page that needs no web server shown from here: a ``data:text/html`` address's HTML,
    a local picture (a browser shows it; so does Qt's rich text), and a file of the script's
    ``static`` folder (``/app/static/report.html``): an HTML file's text, a picture, any
    other file by its file address (which "Open in browser" can open)."""
    src = props["src"]
    if src is None:
        return props
    text = data_html(src)
    if text is None:
        served = served_file(src)
        if served is None and src.startswith("file://"):
            served = Path(QUrl(src).toLocalFile())
        if served is None:
            return props
        if served.suffix.lower() in _IMAGES:
            return {**props, "src": None, "html": f'<img src="{html_escape(str(served))}">',
                    "note": None}
        if served.suffix.lower() not in (".html", ".htm", ".xhtml"):
            return {**props, "src": served.as_uri()}
        try:
            text = served.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return props
    clean = sanitize(text)
    return {**props, "src": None, "html": clean, "note": SCRIPTS_DROPPED if clean != text else None}


class IframeView(QWidget):
    """One frame: the page panel, or the HTML box with its note."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.panel = PagePanel()
        self.html = WrapLabel()
        self.html.setObjectName("rqHtml")
        self.html.setTextFormat(Qt.TextFormat.RichText)
        self.html.setOpenExternalLinks(True)
        self.html.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.html.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.frame = QScrollArea()
        self.frame.setObjectName("rqIframeHtml")
        self.frame.setWidgetResizable(True)
        self.frame.setFrameShape(QFrame.Shape.NoFrame)
        self.frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frame.setWidget(self.html)
        self.note = WrapLabel()  # takes the height its text needs at the view's width
        self.note.setObjectName("rqCaption")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.panel, self.frame, self.note):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.props: dict[str, Any] = {}

    def set_props(self, props: dict[str, Any]) -> None:
        props = self.props = without_server(props)
        page = props["src"] is not None
        self.panel.setVisible(page)
        self.frame.setVisible(not page)
        self.note.setVisible(bool(props["note"]) and props["height"] != 0)  # 0: nothing seen
        self.note.set_text(str(props["note"] or ""))
        self.setAccessibleName(props["alt"] or "st.iframe")
        tab_index = props.get("tab_index")
        # tab_index=-1: no Tab stop, a click still focuses (HTML's tabindex="-1")
        tabbed = Qt.FocusPolicy.ClickFocus if tab_index == -1 else Qt.FocusPolicy.StrongFocus
        ranked = tab_index if isinstance(tab_index, int) and tab_index > 0 else None
        if page:
            self.panel.show_page(str(props["src"]))
            self.panel.button.setFocusPolicy(tabbed)
            set_tab_rank(self.panel.button, ranked)  # n > 0: before the rest (focus.py)
        else:
            body = str(props["html"])
            self.html.set_text(body)
            self.html.setFocusPolicy(tabbed if "<a " in body.lower() else Qt.FocusPolicy.NoFocus)
            set_tab_rank(self.html, ranked)
            self.frame.setVerticalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAsNeeded if props["scrolling"]
                else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit()

    def box_height(self) -> int:
        """The frame's height: the script's pixels; for "content" HTML, the text's own."""
        height = self.props["height"]
        if isinstance(height, int):
            return height
        if self.props["src"] is not None:
            return 400
        return max(self.html.heightForWidth(max(self.frame.viewport().width(), 1)),
                   self.html.sizeHint().height())

    def fit(self) -> None:
        if self.props:
            (self.panel if self.props["src"] is not None else self.frame).setFixedHeight(
                self.box_height())

    def sizeHint(self) -> QSize:
        """A pixel ``width`` is the frame's width (its column may make it narrower)."""
        hint = super().sizeHint()
        width = self.props.get("width")
        return QSize(width, hint.height()) if isinstance(width, int) else hint

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class IframeAdapter(Adapter):
    kind = "iframe"

    def create(self, element: Element, host: Host) -> QWidget:
        view = IframeView()
        self.update(view, element, element, frozenset(n for n, _ in element.props))
        return view

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, IframeView)
        widget.set_props(new.props_dict())
        apply_width(widget, new)  # pixels: at most that wide

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        assert isinstance(widget, IframeView)
        return [widget.panel.button] if widget.props.get("src") is not None else []

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, IframeView)
        return widget.panel.button if widget.props.get("src") is not None else widget.html


def component_text(name: str, source: Any, default: Any) -> str:
    where = f" (from `{source}`)" if source else ""
    return (f"**Custom component `{name}`**{where} is a web page and needs a web browser, so "
            f"it is not shown in this desktop window. It returns its default value: "
            f"`{default!r}`.")


class ComponentAdapter(Adapter):
    kind = "component_instance"

    def create(self, element: Element, host: Host) -> QWidget:
        box = _Box("info")
        box.body = box.add_label(True, "rqAlertBody")  # type: ignore[attr-defined]
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        widget.body.set_text(component_text(new.prop("name"), new.prop("source"),  # type: ignore[attr-defined]
                                            new.prop("default")))
        widget.setAccessibleName(f"Custom component {new.prop('name')}")


def bidi_component_text(name: str, state: Any) -> str:
    shown = f" Its state: `{state!r}`." if state else ""
    return (f"**Component `{name}`** (`st.components.v2`) is HTML and JavaScript and needs a "
            f"web browser, so it is not shown in this desktop window.{shown}")


class BidiComponentAdapter(ComponentAdapter):
    """A v2 component: the same note, with its state values instead of a default."""

    kind = "bidi_component"

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        widget.body.set_text(bidi_component_text(new.prop("name"), new.prop("value")))  # type: ignore[attr-defined]
        widget.setAccessibleName(f"Component {new.prop('name')}")


IFRAME_ADAPTERS: list[Adapter] = [IframeAdapter(), ComponentAdapter(), BidiComponentAdapter()]
