"""A Vega-Lite gradient legend: a colour by a number, shown right of the data.

Vega-Lite draws a quantitative colour field's legend as a vertical colour ramp with the
field's name above it and its low and high values beside its ends (high at the top).
This is that legend as one pyqtgraph layout item, in the plot's layout beside the
categorical legend's cell, so it never covers the data.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

_BAR_WIDTH = 14
_BAR_HEIGHT = 120
_PAD = 6


class GradientLegend(pg.GraphicsWidget):
    """Title, a vertical ramp from the scale's low (bottom) to high (top) colour, end labels."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.labels: tuple[str, str] = ("", "")  # low, high
        self.stops: tuple[QColor, ...] = ()
        self.text = QColor("#31333f")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_scale(self, title: str, low: float, high: float, stops: tuple[QColor, ...],
                   text: QColor) -> None:
        self.title, self.labels, self.stops, self.text = title, (_number(low), _number(high)), stops, text
        metrics = QFontMetrics(self.font())
        width = max(metrics.horizontalAdvance(self.title),
                    _BAR_WIDTH + _PAD + max(metrics.horizontalAdvance(t) for t in self.labels))
        size = (width + 2 * _PAD, metrics.height() + _PAD + _BAR_HEIGHT + metrics.height())
        self.setMinimumSize(*size)
        self.setMaximumSize(*size)
        self.setPreferredSize(*size)
        self.updateGeometry()
        self.update()

    def bar_rect(self) -> QRectF:
        """Where the ramp is drawn, in this item's coordinates."""
        top = QFontMetrics(self.font()).height() + _PAD
        return QRectF(_PAD, top, _BAR_WIDTH, _BAR_HEIGHT)

    def paint(self, painter: QPainter, *args: Any) -> None:
        if not self.stops:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        painter.setFont(self.font())
        painter.setPen(QPen(self.text))
        painter.drawText(QPointF(_PAD, metrics.ascent()), self.title)
        bar = self.bar_rect()
        ramp = QLinearGradient(bar.bottomLeft(), bar.topLeft())
        last = max(len(self.stops) - 1, 1)
        for i, color in enumerate(self.stops):
            ramp.setColorAt(i / last, color)
        painter.fillRect(bar, ramp)
        x = bar.right() + _PAD
        painter.drawText(QPointF(x, bar.top() + metrics.ascent()), self.labels[1])
        painter.drawText(QPointF(x, bar.bottom()), self.labels[0])


def _number(value: float) -> str:
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:.3g}"


def gradient_legend(plot: Any, shown: bool) -> GradientLegend | None:
    """The plot's gradient legend (right of the data, after the categorical legend's cell),
    made on first need; hidden when the chart has none."""
    legend = getattr(plot, "rq_gradient", None)
    if legend is None:
        if not shown:
            return None
        legend = GradientLegend()
        plot.layout.addItem(legend, 2, 4)
        plot.layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        plot.rq_gradient = legend
    legend.setVisible(shown)
    return legend


__all__ = ["GradientLegend", "gradient_legend"]
