"""A row MultiIndex drawn as Streamlit draws it: one index column per level.

A QTableView's row labels are its vertical header, one label per row. For a MultiIndex
(``df.groupby(["region", "kind"]).sum()``) the header is split into one column per level,
each as wide as its longest value or its name, and the corner above shows the names
(index_corner.py), so the table reads "region | kind | sales" as Streamlit's does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from rerunqt.core.frame_levels import level_text
from rerunqt.qt import theme_state

PADDING = 16  # px around a level's text (8 each side), as the header's labels
SECTION_PX = 13  # the header sections' font-size in tables.*.qss (zoomed as the sheet is)


def section_font(widget: QWidget) -> QFont:
    """The font the style sheet paints header sections in (a widget's own font() is not it)."""
    font = QFont(widget.font())
    font.setPixelSize(max(1, round(SECTION_PX * theme_state.zoom() * theme_state.custom().font_scale())))
    return font
_SAMPLED = 400  # rows measured for a level's width: the first and last, evenly spread


def level_widths(frame: Any, metrics: QFontMetrics) -> tuple[int, ...]:
    """Each level's column width: its name or its widest (sampled) value, padded."""
    if frame.levels is None:
        return ()
    n = frame.nrows
    rows = range(n) if n <= _SAMPLED else sorted({*range(0, n, max(1, n // _SAMPLED)), n - 1})
    widths = []
    for name, values in zip(frame.level_names, frame.levels):
        widest = max((metrics.horizontalAdvance(level_text(values[r])) for r in rows), default=0)
        widths.append(max(widest, metrics.horizontalAdvance(name)) + PADDING + 2)  # (rounding)
    return tuple(widths)


def paint_levels(painter: QPainter, rect: QRect, texts: list[str], widths: tuple[int, ...],
                 alignment: Qt.AlignmentFlag | list[Qt.AlignmentFlag], font: QFont, colour: Any,
                 divider: Any = None) -> None:
    """``texts`` side by side in ``rect``, each in its level's width (and ``alignment``, one
    for all or one per level), a line between them."""
    aligned = alignment if isinstance(alignment, list) else [alignment] * len(texts)
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    left = rect.left()
    for i, (text, width) in enumerate(zip(texts, widths)):
        cell = QRect(left, rect.top(), width, rect.height())
        shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width - PADDING)
        painter.drawText(cell.adjusted(PADDING // 2, 0, -PADDING // 2, 0), int(aligned[i]), shown)
        left += width
        if divider is not None and i < len(widths) - 1:
            painter.setPen(divider)
            painter.drawLine(left - 1, rect.top(), left - 1, rect.bottom())
            painter.setPen(colour)
    painter.restore()
