"""One height for every one-line field, as Streamlit's text, number and time inputs share.

Qt hints a spin box (and a time edit) 3 px taller than a line edit, for the arrows it
draws; rerunqt draws its own step buttons and chevron inside the box, so the box keeps a
text field's height.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionFrame, QWidget


def line_high(widget: QWidget, hint: QSize) -> QSize:
    """``hint`` with a line edit's height in ``widget``'s style and font."""
    option = QStyleOptionFrame()
    option.initFrom(widget)
    line = widget.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                           QSize(hint.width(), widget.fontMetrics().height() + 2),
                                           widget)
    return QSize(hint.width(), line.height())
