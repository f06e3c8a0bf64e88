"""The one item delegate of st.dataframe: progress bars and small charts in cells.

Other cells are painted by Qt as usual (text, check marks, colours from the model);
this draws only ProgressColumn and Line/Bar/AreaChartColumn cells, for visible cells.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rerunqt.core.column_text import CHART_TYPES, chart_values, plain, spec_text
from rerunqt.qt.adapters.frame_model import FrameModel

_BAR = QColor("#ff4b4b")
_TRACK = QColor(128, 132, 149, 50)
_CHART = QColor("#29b09d")


class ColumnDelegate(QStyledItemDelegate):
    def __init__(self, model: FrameModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        spec = self.model.specs[index.column()] if index.column() < len(self.model.specs) else None
        if spec is None or (spec.type != "progress" and spec.type not in CHART_TYPES):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the background and selection, without text
            plain_option = QStyleOptionViewItem(option)
            self.initStyleOption(plain_option, index)
            plain_option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain_option, painter, widget)
        value = plain(self.model.frame.columns[spec.position][self.model.data_row(index.row())])
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if spec.type == "progress":
            self._progress(painter, rect, spec, value, option)
        else:
            self._chart(painter, rect, spec, chart_values(value))
        painter.restore()

    def _progress(self, painter: QPainter, rect: QRectF, spec: Any, value: Any, option: Any) -> None:
        if not isinstance(value, (int, float)) or isinstance(value, bool) or math.isnan(value):
            return
        low = spec.option("min_value", 0)
        high = spec.option("max_value", 100 if value > 1 else 1)
        share = 0.0 if high == low else min(1.0, max(0.0, (value - low) / (high - low)))
        shown = spec_text_for(spec, value)
        text_width = painter.fontMetrics().horizontalAdvance(shown) + 8
        bar = QRectF(rect.left(), rect.center().y() - 3, max(10.0, rect.width() - text_width), 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(bar, 3, 3)
        painter.setBrush(QColor(spec.option("color")) if spec.option("color") else _BAR)
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3)
        painter.setPen(option.palette.text().color())
        painter.drawText(QRectF(bar.right() + 8, rect.top(), text_width, rect.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)

    def _chart(self, painter: QPainter, rect: QRectF, spec: Any, values: tuple[float, ...]) -> None:
        finite = [v for v in values if math.isfinite(v)]
        if not finite:
            return
        low = spec.option("y_min", min(finite))
        high = spec.option("y_max", max(finite))
        if spec.type == "bar_chart":
            low = min(low, 0.0)
        span = (high - low) or 1.0
        colour = QColor(spec.option("color")) if spec.option("color") else _CHART

        def y(v: float) -> float:
            return rect.bottom() - (min(max(v, low), high) - low) / span * rect.height()

        n = len(values)
        if spec.type == "bar_chart":
            step = rect.width() / n
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for i, v in enumerate(values):
                if math.isfinite(v):
                    top = y(v)
                    painter.drawRect(QRectF(rect.left() + i * step + step * 0.1, top, step * 0.8,
                                            max(1.0, y(max(low, 0.0)) - top)))
            return
        step = rect.width() / max(1, n - 1)
        points = [QPointF(rect.left() + i * step, y(v)) for i, v in enumerate(values) if math.isfinite(v)]
        if spec.type == "area_chart" and len(points) > 1:
            path = QPainterPath(QPointF(points[0].x(), rect.bottom()))
            for point in points:
                path.lineTo(point)
            path.lineTo(QPointF(points[-1].x(), rect.bottom()))
            fill = QColor(colour)
            fill.setAlpha(70)
            painter.fillPath(path, fill)
        painter.setPen(QPen(colour, 1.5))
        painter.drawPolyline(QPolygonF(points))


def spec_text_for(spec: Any, value: float) -> str:
    """The number beside a progress bar: the column's format, else the plain number."""
    shown = spec_text(spec, value)
    if shown is not None:
        return shown
    return f"{value:g}"
