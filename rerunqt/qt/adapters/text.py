"""Static text elements: headings, markdown, text, caption, code, divider, json."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_LINKS = Qt.TextInteractionFlag.TextBrowserInteraction


class LabelAdapter(Adapter):
    """One QLabel whose text is the element's ``body`` (markdown or plain)."""

    def __init__(self, kind: str, markdown: bool, object_name: str) -> None:
        self.kind = kind
        self.markdown = markdown
        self.object_name = object_name

    def text_of(self, element: Element) -> str:
        return str(element.prop("body", ""))

    def create(self, element: Element, host: Host) -> QWidget:
        label = WrapLabel(markdown=self.markdown)
        label.setObjectName(self.object_name)
        if not self.markdown:
            label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(_LINKS if self.markdown else _SELECTABLE)
        label.setOpenExternalLinks(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.update(label, element, element, frozenset({"body", "help"}))
        return label

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, WrapLabel)
        if changed - {"help"}:
            widget.set_text(self.text_of(new))
            widget.setAccessibleName(self.text_of(new)[:200])
        if "help" in changed:
            widget.setToolTip(new.prop("help") or "")


class CodeAdapter(LabelAdapter):
    def __init__(self) -> None:
        super().__init__("code", markdown=False, object_name="rqCode")

    def text_of(self, element: Element) -> str:
        body = str(element.prop("body", ""))
        if element.prop("line_numbers"):
            lines = body.splitlines() or [""]
            width = len(str(len(lines)))
            body = "\n".join(f"{n:>{width}}  {line}" for n, line in enumerate(lines, 1))
        return body

    def create(self, element: Element, host: Host) -> QWidget:
        label = super().create(element, host)
        assert isinstance(label, WrapLabel)
        label.setWordWrap(False)
        label.set_text(label.text())
        label.setCursor(Qt.CursorShape.IBeamCursor)
        return label


class JsonAdapter(LabelAdapter):
    """Pretty-printed JSON in a monospace, selectable block."""

    def __init__(self) -> None:
        super().__init__("json", markdown=False, object_name="rqJson")

    def text_of(self, element: Element) -> str:
        body = str(element.prop("body", "null"))
        try:
            return json.dumps(json.loads(body), indent=2, ensure_ascii=False)
        except ValueError:
            return body


class DividerAdapter(Adapter):
    kind = "divider"

    def create(self, element: Element, host: Host) -> QWidget:
        line = QFrame()
        line.setObjectName("rqDivider")
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        return line

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        return None


TEXT_ADAPTERS: list[Adapter] = [
    LabelAdapter("title", True, "rqTitle"),
    LabelAdapter("header", True, "rqHeader"),
    LabelAdapter("subheader", True, "rqSubheader"),
    LabelAdapter("markdown", True, "rqMarkdown"),
    LabelAdapter("text", False, "rqText"),
    LabelAdapter("caption", True, "rqCaption"),
    CodeAdapter(),
    JsonAdapter(),
    DividerAdapter(),
]
