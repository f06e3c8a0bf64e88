"""The row heights of st.table, whose cells wrap their text (Streamlit's HTML table).

It exists because st.table, unlike st.dataframe's grid, shows all of a long cell: the
text wraps within the column (at most 25rem wide) and the row grows to hold its lines.
Only cells whose one-line text is wider than their column are measured.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle

from rerunqt.qt.adapters.inline_markdown import has_markup, inline_document, text_width

PADDING = 10  # above and below a wrapped cell's lines together (Streamlit's 0.25rem each, rounded up)


def row_heights(view: Any, least: int) -> list[int]:
    """Each row's height: ``least``, or the tallest wrapped cell's lines and padding."""
    model = view.model()
    rows, columns = model.rowCount(), model.columnCount()
    metrics = view.fontMetrics()
    font = view.font()
    dark = view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    widths = [view.columnWidth(c) for c in range(columns)]
    heights = [least] * rows
    styled = getattr(getattr(model, "frame", None), "styles", None)
    fonts = styled is not None and styled.table_fonts  # a Styler's font-size may need room
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            text = index.data()
            if not isinstance(text, str) or not text:
                continue
            if fonts:
                cell_font = index.data(Qt.ItemDataRole.FontRole)
                if cell_font is not None and cell_font.pixelSize() > 0:
                    heights[row] = max(heights[row], _sized(view, cell_font, text, widths[column],
                                                            margin, dark))
                    continue
            if has_markup(text):
                width = text_width(widths[column])
                document = inline_document(text, dark, font)
                if document.idealWidth() <= width:
                    continue
                height = inline_document(text, dark, font, width).size().height()
            else:
                width = widths[column] - 2 * margin
                if metrics.horizontalAdvance(text) <= width:
                    continue
                box = metrics.boundingRect(QRect(0, 0, max(1, width), 1_000_000),
                                           int(Qt.TextFlag.TextWordWrap), text)
                height = box.height()
            heights[row] = max(heights[row], int(height) + PADDING)
    return heights


def _sized(view: Any, cell_font: Any, text: str, width: int, margin: int, dark: bool) -> int:
    """The height of a cell in a Styler's own font (font-size): its wrapped lines and padding."""
    font = cell_font.resolve(view.font())
    if has_markup(text):
        return int(inline_document(text, dark, font, text_width(width)).size().height()) + PADDING
    box = QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width - 2 * margin), 1_000_000),
                                          int(Qt.TextFlag.TextWordWrap), text)
    return box.height() + PADDING
