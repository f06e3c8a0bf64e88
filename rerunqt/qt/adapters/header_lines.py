"""An expander header's label on more lines when it is longer than the header is wide, as
Streamlit's summary wraps it. A label with Markdown (``An **expander** ~~x~~``) wraps as
its drawn document, so its bold, struck and coloured words keep their look; Qt's tool
button would cut it short in the middle and draw the bare words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionToolButton, QStylePainter


def _document(header: Any, width: float | None) -> QTextDocument | None:
    """The header's Markdown as drawn (wrapped at ``width``), or None for plain words."""
    source = header.property("rqMarkdown")
    if not isinstance(source, str):
        return None
    from rerunqt.qt.adapters.inline_markdown import inline_document
    from rerunqt.qt.adapters.markdown_style import is_dark

    return inline_document(source, is_dark(header), header.font(), width)


def wrapped_height(header: Any) -> int:
    """The header's height for its label's lines at its width, 0 when one line fits."""
    metrics, room = header.fontMetrics(), header.room()
    document = _document(header, None)
    if document is not None:
        if document.size().width() <= room:
            return 0
        wrapped = _document(header, float(room))
        assert wrapped is not None
        height = int(wrapped.size().height() + 0.5)
    elif metrics.horizontalAdvance(header.words()) > room:
        height = metrics.boundingRect(QRect(0, 0, room, 1 << 20),
                                      int(Qt.TextFlag.TextWordWrap), header.words()).height()
    else:
        return 0
    base = header.one_line_height()
    return max(base, height + base - metrics.height())


def paint_lines(header: Any) -> None:
    """Draw the header's button, then its label's lines from the top line's place."""
    painter = QStylePainter(header)
    option = QStyleOptionToolButton()
    header.initStyleOption(option)
    option.text = ""
    painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
    colour = option.palette.color(QPalette.ColorRole.ButtonText)
    top = (header.one_line_height() - header.fontMetrics().height()) // 2
    room = header.room()
    document = _document(header, float(room))
    if document is None:
        painter.setPen(colour)
        painter.drawText(QRect(header.text_left(), top, room, header.height() - top),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap), header.words())
        return
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, colour)
    painter.translate(header.text_left(), top)
    document.documentLayout().draw(painter, context)
