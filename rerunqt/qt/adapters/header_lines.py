"""An expander's or status's header label on more lines when it is wider than the header,
as Streamlit's summary wraps: plain words, or the label's Markdown (bold, strike, colours)
drawn wrapped. Without this a Markdown label was cut short in the middle by Qt and lost
its Markdown (the shortened words are not the label's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionToolButton, QStylePainter, QToolButton


def _source(header: Any) -> str | None:
    """The Markdown the header draws in place of its words (None: plain words)."""
    if header.property("rqMarkdown") is None:
        return None
    from rerunqt.qt.adapters.option_markdown import markdown_source

    return markdown_source(header, header.text())


def _document(header: Any, source: str, width: float | None) -> Any:
    from rerunqt.qt.adapters.inline_markdown import inline_document
    from rerunqt.qt.adapters.option_markdown import is_dark

    return inline_document(source, is_dark(header), header.font(), width)


def fit_lines(header: Any) -> None:
    """Make ``header`` tall enough for its label's lines at its width (one line: Qt's)."""
    metrics, height, room = header.fontMetrics(), 0, header._room()
    source = _source(header) if header.look != "compact" else None
    if header.look == "compact":
        header.wrapped = False
    elif source is not None:
        header.wrapped = _document(header, source, None).size().width() > room
    else:
        header.wrapped = metrics.horizontalAdvance(header._words()) > room
    if header.wrapped:
        base = QToolButton.sizeHint(header).height()
        if source is not None:
            tall = int(_document(header, source, float(room)).size().height() + 0.5)
        else:
            tall = metrics.boundingRect(QRect(0, 0, room, 1 << 20),
                                        int(Qt.TextFlag.TextWordWrap), header._words()).height()
        height = max(base, tall + base - metrics.height())
    if header.minimumHeight() != height:
        header.setMinimumHeight(height)


def paint_lines(header: Any) -> None:
    """Draw the button without its text, then the label wrapped after the icon slot."""
    painter = QStylePainter(header)
    option = QStyleOptionToolButton()
    header.initStyleOption(option)
    option.text = ""
    painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
    colour = option.palette.color(QPalette.ColorRole.ButtonText)
    top = (QToolButton.sizeHint(header).height() - header.fontMetrics().height()) // 2
    room, source = header._room(), _source(header)
    if source is None:
        painter.setPen(colour)
        painter.drawText(QRect(header.text_left(), top, room, header.height() - top),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap), header._words())
        return
    document = _document(header, source, float(room))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, colour)
    context.clip = QRectF(0, 0, room, document.size().height())
    painter.translate(header.text_left(), top)
    document.documentLayout().draw(painter, context)
