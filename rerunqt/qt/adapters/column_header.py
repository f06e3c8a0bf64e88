"""The column header of st.dataframe: Qt's, plus Streamlit's look for selected columns.

The style sheet paints every header section alike (it ignores a model's header colours),
so a column selected by a header click (``selection_mode`` with a column mode) is painted
here over Qt's section: filled with the primary colour, its name in white, as Streamlit's
grid (glide-data-grid's accent colour and selected-header text) shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHeaderView

_PADDING = 4  # the style sheet's section padding across


class ColumnHeader(QHeaderView):
    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        super().paintSection(painter, rect, logical)
        model = self.model()
        fill = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole) \
            if model is not None else None
        if not isinstance(fill, QColor):
            return
        painter.save()
        painter.fillRect(rect.adjusted(0, 0, -1, -1), fill)  # the grid lines stay
        ink = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
        painter.setPen(ink if isinstance(ink, QColor) else QColor("#ffffff"))
        align = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
        flags = (align if isinstance(align, Qt.AlignmentFlag) else Qt.AlignmentFlag.AlignLeft) \
            | Qt.AlignmentFlag.AlignVCenter
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        area = rect.adjusted(_PADDING, 0, -_PADDING, 0)
        painter.drawText(area, int(flags), self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()
