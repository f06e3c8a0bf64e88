"""Message boxes (info, success, warning, error) and the exception panel."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.hscroll import HScroll


class _Box(QFrame):
    def __init__(self, level: str) -> None:
        super().__init__()
        self.setObjectName("rqAlert")
        self.setProperty("level", level)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(6)

    def add_label(self, markdown: bool, object_name: str) -> WrapLabel:
        label = WrapLabel(markdown=markdown)
        label.setObjectName(object_name)
        if not markdown:
            label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)
        return label


class AlertAdapter(Adapter):
    """A coloured box with markdown text and an optional icon."""

    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit
    def __init__(self, kind: str) -> None:
        self.kind = kind

    def create(self, element: Element, host: Host) -> QWidget:
        box = _Box(self.kind)
        box.body = box.add_label(True, "rqAlertBody")  # type: ignore[attr-defined]
        box.setAccessibleName(self.kind)
        self.update(box, element, element, frozenset({"body"}))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        icon = icon_text(new.prop("icon"))
        body = str(new.prop("body", ""))
        title = new.prop("title")
        if title:  # Streamlit 1.67's title: a bold first line
            body = f"**{title}**\n\n{body}"
        widget.body.set_text(f"{icon}  {body}" if icon else body)  # type: ignore[attr-defined]


class ExceptionAdapter(Adapter):
    """The error panel: the type in bold and the message, then the user's traceback frames."""

    kind = "exception"
    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit

    def create(self, element: Element, host: Host) -> QWidget:
        box = _Box("exception")
        box.head = box.add_label(False, "rqExceptionHead")  # type: ignore[attr-defined]
        box.head.setTextFormat(Qt.TextFormat.RichText)  # type: ignore[attr-defined]
        box.body = box.add_label(True, "rqExceptionBody")  # type: ignore[attr-defined]
        trace = WrapLabel()
        trace.setObjectName("rqExceptionTrace")
        trace.setTextFormat(Qt.TextFormat.PlainText)
        trace.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        trace.setWordWrap(False)
        trace.set_text("")
        box.trace = trace  # type: ignore[attr-defined]
        box.trace_block = HScroll(trace)  # type: ignore[attr-defined]
        box.layout_.addWidget(box.trace_block)  # type: ignore[attr-defined]
        box.links = _links(box)  # type: ignore[attr-defined]
        self.update(box, element, element, frozenset({"type"}))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        props = new.props_dict()
        warns = bool(props.get("is_warning"))  # Streamlit's CachedWidgetWarning: a warning box
        if warns != (widget.property("level") == "warning"):
            widget.setProperty("level", "warning" if warns else "exception")
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            for label in (widget.head, widget.body):  # type: ignore[attr-defined]
                label.style().unpolish(label)
                label.style().polish(label)
        kind, message = props["type"], props["message"]
        head = ": ".join(part for part in (kind, message) if part)  # a type may be withheld
        marked = bool(props.get("is_markdown"))  # an API error, the CachedWidgetWarning
        widget.head.set_text("" if marked else _head_html(kind, message))  # type: ignore[attr-defined]
        body = (f"**{kind}**: {message}" if kind else message) if marked else ""
        widget.body.set_text(body)  # type: ignore[attr-defined]
        widget.head.setVisible(not marked)  # type: ignore[attr-defined]
        widget.body.setVisible(marked)  # type: ignore[attr-defined]
        widget.setAccessibleName(head)
        frames = props.get("traceback") or ()
        trace = "Traceback:\n" + "\n".join(frames) if frames else ""
        widget.trace_block.set_text(trace)  # type: ignore[attr-defined]
        widget.trace_block.setVisible(bool(trace))  # type: ignore[attr-defined]
        rows = "\n".join(str(frame).strip() for frame in frames)  # Streamlit's rows, stripped
        widget.copied = f"{kind}: {message}\n\n{rows}"  # type: ignore[attr-defined]


class _Link(QLabel):
    """One of the box's text links: underlined words in the box's colour; a click acts."""

    def __init__(self, words: str, act: Any) -> None:
        super().__init__(words)
        self.setObjectName("rqExceptionLink")
        self.act = act
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.act()


def _links(box: QFrame) -> QWidget:
    """Streamlit 1.67's row under an error box (client.showErrorLinks "auto" or true: a
    local app shows it): Copy the error, Ask Google about it, Ask ChatGPT."""
    from urllib.parse import quote

    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QSizePolicy

    from rerunqt.compat import streamlit_only

    def text() -> str:
        return str(getattr(box, "copied", ""))

    def ask(url: str) -> None:
        from PySide6.QtCore import QUrl

        QDesktopServices.openUrl(QUrl(url))

    row = QWidget()
    row.setObjectName("rqExceptionLinks")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 4, 0, 0)
    line.setSpacing(12)
    line.addStretch(1)
    for words, act in (
            ("Copy", lambda: QGuiApplication.clipboard().setText(text())),
            ("Ask Google", lambda: ask("https://www.google.com/search?q="
                                       + quote(text().split("\n\n", 1)[0], safe=""))),
            ("Ask ChatGPT", lambda: ask("https://chatgpt.com/?q=" + quote(text(), safe="")))):
        line.addWidget(_Link(words, act))
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    row.setVisible(streamlit_only.value("client.showErrorLinks") not in (False, "false", "False"))
    box.layout_.addWidget(row)  # type: ignore[attr-defined]
    return row


def _head_html(kind: str, message: str) -> str:
    """Streamlit's plain exception line: the type in bold, then ": " and the message as
    written (its line breaks and spaces kept, nothing read as Markup)."""
    text = html.escape(message).replace("\n", "<br>")
    shown = f'<span style="white-space: pre-wrap">{text}</span>' if message else ""
    return f"<b>{html.escape(kind)}</b>{': ' if kind else ''}{shown}" if kind else shown


ALERT_ADAPTERS: list[Adapter] = [
    AlertAdapter("info"),
    AlertAdapter("success"),
    AlertAdapter("warning"),
    AlertAdapter("error"),
    ExceptionAdapter(),
]
