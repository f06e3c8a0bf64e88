"""The width a label's text takes on one line, for labels that wrap only when they must.

Qt's word-wrapped QLabel hints a width of about 20 characters for a short text, so a
widget as wide as its content (st.radio, st.pills, st.color_picker) wrapped its label
after "What's your favorite"; Streamlit keeps a label on one line while the container
has room for it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel


def natural_width(label: QLabel) -> int:
    """The widest line of ``label``'s text, unwrapped, in pixels."""
    text = label.text()
    if not text:
        return 0
    if label.textFormat() == Qt.TextFormat.PlainText:
        metrics = label.fontMetrics()
        return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 1
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(text)
    else:  # a full-width box (html_boxes.py draws a <div> as one) is as wide as its text
        document.setHtml(text.replace('<table width="100%"', "<table"))
    return math.ceil(document.idealWidth()) + 1
