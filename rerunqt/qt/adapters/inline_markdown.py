"""Markdown in one paragraph: st.table cells and headers, a metric's value.

Streamlit renders GitHub-flavoured Markdown (with its ``:red[...]`` directives, emoji and
material short codes) in every st.table cell and header (wrapped in the cell) and in
st.metric's value and delta. Those places are one paragraph: a text is read into a
small QTextDocument (through the same Markdown helpers as st.markdown: ``label_text``,
``document_html``) without paragraph margins, and block syntax at the start of the text
("- 5", "1. x", "# x") stays literal, as Streamlit's label Markdown unwraps it. Text
without any Markdown is never read here: it is painted or shown as plain text.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

# inline Markdown a one-line text may hold: emphasis, code, strike, links, escapes
_INLINE = re.compile(r"[*_`~\\]|\[[^\]]*\]\(")
_DIRECTIVE = re.compile(r":[a-z]+(-background|-badge)?\[|:(material/[a-z0-9_]+|[a-z0-9_+\-]+):")
# $$display$$ or $inline$ by Pandoc's rule (no space inside the dollars, no digit after)
_FORMULA = re.compile(r"\$\$.+?\$\$|(?<![\\$])\$(?=\S)[^$\n]+?(?<=\S)\$(?!\d)")
_BLOCK_START = re.compile(r"^(\s*)([-+*>#]|\d+[.)])(?=\s|$)")
_BODY_STYLE = re.compile(r"<body style=\"[^\"]*\">")
_PAD = 8  # a cell's text inset, as Qt's own item text
_CACHE: dict[tuple[Any, ...], QTextDocument] = {}
# tables.*.qss: the colours of QHeaderView::section (a style sheet's colour for a sub-control
# never reaches the header's palette)
HEADER_TEXT = {False: "#5c5f6e", True: "#a3a8b8"}
ROW_LABEL_TEXT = {False: "#a3a8b8", True: "#808495"}


def has_markup(text: object) -> bool:
    """Whether ``text`` holds Markdown worth reading: a plain word or number does not, nor
    an amount of money ("$23,989,245.78" is no formula)."""
    if not isinstance(text, str) or not text:
        return False
    if _INLINE.search(text) is not None:
        return True
    if ":" in text and _DIRECTIVE.search(text) is not None:
        return True
    return "$" in text and _FORMULA.search(text) is not None


def _source(text: str) -> str:
    """The text with block syntax at its start escaped: one line stays one line of text."""
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}", text, count=1)


def inline_document(text: str, dark: bool, font: QFont, width: float | None = None) -> QTextDocument:
    """``text`` read as Streamlit's Markdown into a document in ``font``, without margins;
    with a ``width``, wrapped at it (an st.table cell). Documents are cached by text, theme,
    font and width (a table repaints its cells often)."""
    key = (text, dark, font.key(), width)
    document = _CACHE.get(key)
    if document is not None:
        return document
    if width is not None:
        document = inline_document(text, dark, font).clone()
        document.setTextWidth(width)
        _CACHE[key] = document
        return document
    from rerunqt.qt.adapters.wrap_label import needs_document
    from rerunqt.qt.markdown_html import FEATURES, document_html, label_text

    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    shown, is_html = label_text(_source(text), dark, points)
    if is_html:
        document.setHtml(shown)
    elif needs_document(shown):
        document.setHtml(document_html(shown, dark))
    else:
        features = QTextDocument.MarkdownFeature(
            FEATURES.value | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
        document.setMarkdown(shown, features)
    _flatten(document, font)
    if len(_CACHE) >= 2048:
        _CACHE.clear()
    _CACHE[key] = document
    return document


def _flatten(document: QTextDocument, font: QFont) -> None:
    """No paragraph margins, and the given font's family and size where the HTML set none."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    document.setDefaultFont(font)


def label_html(text: str, dark: bool, font: QFont) -> str:
    """Rich text for a one-line QLabel (a metric's value or delta), in the label's own font
    (its style sheet's size: the document's default font is left out)."""
    return _BODY_STYLE.sub("<body>", inline_document(text, dark, font).toHtml(), count=1)


def paint_document(painter: QPainter, rect: QRect, document: QTextDocument, colour: QColor,
                   alignment: Qt.AlignmentFlag | None = None) -> None:
    """``document`` in ``rect`` (inset, clipped), centred vertically, in ``colour``."""
    area = QRectF(rect).adjusted(_PAD / 2 + 2, 0, -(_PAD / 2 + 2), 0)
    size = document.size()
    x = area.left()
    if alignment is not None and alignment & Qt.AlignmentFlag.AlignRight:
        x = max(area.left(), area.right() - size.width())
    elif alignment is not None and alignment & Qt.AlignmentFlag.AlignHCenter:
        x = max(area.left(), area.center().x() - size.width() / 2)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, colour)
    painter.save()
    painter.setClipRect(area)
    painter.translate(x, area.top() + (area.height() - size.height()) / 2)
    document.documentLayout().draw(painter, context)
    painter.restore()


def text_width(cell_width: float) -> float:
    """The width of a cell's text: the cell less its insets."""
    return max(1.0, cell_width - _PAD - 4)


def paint_cell(painter: QPainter, option: Any, text: str, dark: bool, wrap: bool = False) -> None:
    """A table cell's Markdown text over its already painted background (``wrap``: in lines
    as wide as the cell, as st.table's; else one line, cut)."""
    document = inline_document(text, dark, option.font, text_width(option.rect.width()) if wrap else None)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    alignment = Qt.AlignmentFlag(option.displayAlignment) if option.displayAlignment else None
    paint_document(painter, option.rect, document, option.palette.color(role), alignment)


class MarkdownSections:
    """Mixed into a QHeaderView whose labels may hold Markdown (st.table's column names and
    index): a label with Markdown is painted as a document over the section's background."""

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        """A label with Markdown, or one the Styler's table rules colour (``th`` rules:
        background, colour, font), painted here; any other as QHeaderView paints it."""
        header: Any = self
        model = header.model()
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) \
            if model is not None else None
        heading = getattr(model, "heading_style", None)
        styled = heading(header.orientation(), logical) if heading is not None else None
        if styled is None and not has_markup(text):
            super().paintSection(painter, rect, logical)  # type: ignore[misc]
            return
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = ""
        painter.save()
        header.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, header)
        if styled is not None and styled.background is not None:  # (its grid lines kept)
            painter.fillRect(rect.adjusted(0, 0, -1, -1), styled.background)
        painter.restore()
        dark = header.palette().color(QPalette.ColorRole.Window).lightness() < 128
        vertical = header.orientation() == Qt.Orientation.Vertical
        colour = QColor((ROW_LABEL_TEXT if vertical else HEADER_TEXT)[dark])
        font = header.font()
        if styled is not None:
            colour = styled.colour if styled.colour is not None else colour
            font = styled.font.resolve(font) if styled.font is not None else font
        given = None if vertical or model is None else model.headerData(
            logical, header.orientation(), Qt.ItemDataRole.TextAlignmentRole)
        alignment = header.defaultAlignment() if vertical else (
            Qt.AlignmentFlag(given) if given is not None else None)
        if has_markup(text):
            document = inline_document(str(text), dark, font)
        else:
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setDefaultFont(font)
            document.setPlainText("" if text is None else str(text))
        paint_document(painter, rect, document, colour, alignment)


class MarkdownHeader(MarkdownSections, QHeaderView):
    """st.table's column header."""


__all__ = ["MarkdownHeader", "MarkdownSections", "has_markup", "inline_document", "label_html", "paint_cell",
           "paint_document", "text_width"]
