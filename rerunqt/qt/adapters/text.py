"""Static text elements: headings, markdown, text, caption, divider (code and json: code.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt import theme_state
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.elide import ElidingLabel, one_line

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
          "right": Qt.AlignmentFlag.AlignRight, "justify": Qt.AlignmentFlag.AlignJustify}
_LINKS = Qt.TextInteractionFlag.TextBrowserInteraction


def _follow_link(label: QWidget, href: str) -> None:
    from rerunqt.qt.adapters.page_links import follow  # QDesktopServices: with the first link

    follow(label, href)


class LabelAdapter(Adapter):
    """One QLabel whose text is the element's ``body`` (markdown or plain)."""

    def __init__(self, kind: str, markdown: bool, object_name: str) -> None:
        self.kind = kind
        self.markdown = markdown
        self.object_name = object_name

    def text_of(self, element: Element) -> str:
        return str(element.prop("body", ""))

    def icon_of(self, element: Element) -> str:
        """The icon shown before the text (st.markdown's ``icon``), or ""."""
        return icon_text(element.prop("icon"))

    def create(self, element: Element, host: Host) -> QWidget:
        label = ElidingLabel(markdown=self.markdown)
        label.setObjectName(self.object_name)
        label.collapses = self.markdown
        if not self.markdown:
            label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(_SELECTABLE)
        label.setOpenExternalLinks(False)  # "#anchor" scrolls to a heading (page_links.py)
        label.linkActivated.connect(lambda href, label=label: _follow_link(label, href))
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.update(label, element, element, frozenset(name for name, _ in element.props))
        return label

    def left_aligned(self, element: Element) -> bool:
        """Text spans its column whatever its ``width`` (a pixel width caps it): a wrapped
        label's natural width is Qt's guess, narrower than the column."""
        return False

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ElidingLabel)
        if "text_alignment" in changed:
            widget.setAlignment(_ALIGN[new.prop("text_alignment", "left")] | Qt.AlignmentFlag.AlignTop)
        one_line_only = new.prop("wrap", True) is False
        if "width" in changed:  # "content": as wide as its words (Qt's guess wrapped short text)
            widget.natural = new.prop("width") == "content"
            widget.updateGeometry()
        if changed - {"help", "text_alignment"}:
            text = self.text_of(new)
            icon = self.icon_of(new)
            if icon:
                text = f"{icon} {text}"
            widget.allow_html = new.prop("unsafe_allow_html") is True  # markdown, caption
            widget.set_one_line(one_line(text, self.markdown) if one_line_only else None)
            widget.set_text(text)
            widget.setAccessibleName(_plain(text, widget.allow_html) if self.markdown else text[:200])
            if self.markdown:  # only a label with a link is a Tab stop (for the link)
                widget.setTextInteractionFlags(_LINKS if _has_link(text) else _SELECTABLE)
                if not _has_link(text):
                    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if changed & {"wrap", "body"}:  # one-line text shows all of itself on hover
            widget.setToolTip(widget.line or "" if one_line_only else "")
        help_text = new.prop("help")
        if help_text or getattr(widget, "rq_help_icon", None) is not None:  # "?" after the text
            if "help" in changed:
                from rerunqt.qt.adapters.help_icon import set_help  # with the first help

                set_help(widget, help_text)
            else:
                from rerunqt.qt.adapters.help_icon import place_help

                place_help(widget)
        if "divider" in changed:
            name = new.prop("divider") or ""
            colour = (theme_state.main_colour(name) if name in DIVIDERS else None) or DIVIDERS.get(name)
            widget.setStyleSheet(
                f"border-width: 0 0 2px 0; border-style: solid; border-color: {colour}; "
                "padding-bottom: 8px;" if colour else "")


class HeadingAdapter(LabelAdapter):
    """title / header / subheader: Streamlit renders the first line as "## <line>", so it
    is inline markdown only ("2. Results" is the heading's text, not a list item)."""

    def text_of(self, element: Element) -> str:
        return inline_first_line(str(element.prop("body", "")))

    def create(self, element: Element, host: Host) -> QWidget:
        label = super().create(element, host)
        assert isinstance(label, ElidingLabel)
        label.clips = True  # a word too long for the column is cut, never widening it
        return label


_NUMBERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_BLOCK_MARK = re.compile(r"^(?:[-+*>]|#{1,6})(?=\s|$)|^(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$")


def inline_first_line(body: str) -> str:
    """``body`` with a block marker at its start escaped, so markdown keeps it as text."""
    numbered = _NUMBERED.match(body)
    if numbered:
        return f"{numbered[1]}\\{body[numbered.end(1):]}"
    return "\\" + body if _BLOCK_MARK.match(body) else body


# st.header / st.subheader(divider=...): Streamlit's line colours (the same in both themes)
DIVIDERS = {"blue": "#1c83e1", "green": "#21c354", "orange": "#ffa421", "red": "#ff4b4b",
            "violet": "#803df5", "yellow": "#ffe312", "gray": "#a3a8b8", "grey": "#a3a8b8",
            "rainbow": "qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #ff4b4b, stop:0.2 #ffa421, "
                       "stop:0.4 #ffe312, stop:0.6 #21c354, stop:0.8 #1c83e1, stop:1 #803df5)"}


_MARKUP = frozenset("\\`*_[]<>#|~&\n\t")  # may change what markdown shows anywhere
_BLOCK_START = frozenset("-+=0123456789")  # at the start: a list item or a rule


def _plain(markdown: str, allow_html: bool = False) -> str:
    """What a screen reader should say for markdown: its text, without ** or backticks
    (and without HTML tags when they render).

    Text with no markup but inline code (``st.write("Total", 3)`` gives "Total `3`",
    redrawn on every rerun) reads as itself without the backticks: no document to parse.
    """
    if "`" in markdown and "``" not in markdown:
        parts = markdown.split("`")
        code = parts[1::2]
        if len(parts) % 2 and all(c and c[0] != " " and c[-1] != " " for c in code):
            text = "".join(parts)
            if _is_plain(text):
                return text[:200]
    elif "`" not in markdown and _is_plain(markdown):
        return markdown[:200]
    document = QTextDocument()
    if "<" not in markdown:
        document.setMarkdown(markdown)
        return document.toPlainText()[:200]
    from rerunqt.core.md_html import strip_tags
    from rerunqt.qt.markdown_html import FEATURES  # HTML off: Qt's loses the words after a tag

    document.setMarkdown(markdown, FEATURES)
    text = document.toPlainText()
    return (strip_tags(text) if allow_html else text)[:200]


def _is_plain(text: str) -> bool:
    """Whether markdown shows ``text`` exactly as written (no markup character in it)."""
    return bool(text) and text[0] not in _BLOCK_START and text.isprintable() \
        and _MARKUP.isdisjoint(text) and "  " not in text and text == text.strip()


def _has_link(text: str) -> bool:
    return "](" in text or "://" in text or "<a " in text


class DividerAdapter(Adapter):
    kind = "divider"
    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit

    def create(self, element: Element, host: Host) -> QWidget:
        line = QFrame()
        line.setObjectName("rqDivider")
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        return line

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        return None


TEXT_ADAPTERS: list[Adapter] = [
    HeadingAdapter("title", True, "rqTitle"),
    HeadingAdapter("header", True, "rqHeader"),
    HeadingAdapter("subheader", True, "rqSubheader"),
    LabelAdapter("markdown", True, "rqMarkdown"),
    LabelAdapter("text", False, "rqText"),
    LabelAdapter("caption", True, "rqCaption"),
    DividerAdapter(),
]
