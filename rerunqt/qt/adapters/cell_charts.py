"""Line, bar and area chart cells (Line/Bar/AreaChartColumn) of st.dataframe and st.data_editor.

Both tables draw them here as Streamlit 1.67's grid (glide-data-grid's sparkline cell) does:
the y axis is y_min..y_max (0..1 by default) with data outside it rescaled into it, a faint
line marks zero, bars rise from zero with 2 px between them, a line is smoothed and an area
fades from the line down to zero; the cell keeps 8 px either side and 3 px above and below.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPalette, QPen

from rerunqt.core.column_text import chart_values
from rerunqt.qt.adapters.cell_paint import Option, named_colour

PAD_X, PAD_Y, BAR_GAP = 8.0, 3.0, 2.0  # glide-data-grid's cell padding and bar margin


def chart_colour(name: str | None, values: list[float], palette: QPalette) -> QColor:
    """Streamlit 1.67's chart cells: the primary colour by default; "auto" green unless the
    line falls (first above last, then red), "auto-inverse" green unless it rises."""
    if name in ("auto", "auto-inverse"):
        falls, rises = values[0] > values[-1], values[0] < values[-1]
        return named_colour("red" if (falls if name == "auto" else rises) else "green", palette)
    return named_colour(name, palette)


def chart_scale(values: tuple[float, ...], y_min: float | None, y_max: float | None,
                ) -> tuple[tuple[float, ...], float, float] | None:
    """Streamlit 1.67's chart cells: the y axis is y_min..y_max (0 and 1 when not given);
    when any value lies outside it, the data's min..max is stretched onto it (equal values
    go to its top if above it, else its bottom); None for an empty axis (an error cell)."""
    low = 0.0 if y_min is None else float(y_min)
    high = 1.0 if y_max is None else float(y_max)
    if not low < high:
        return None
    finite = [v for v in values if math.isfinite(v)]
    lo, hi = min(finite), max(finite)
    if hi > high or lo < low:
        top, bottom = high or 1.0, low or 0.0  # Streamlit writes `y_max || 1`, `y_min || 0`
        if hi == lo:
            values = tuple((top if hi > top else bottom) if math.isfinite(v) else v for v in values)
        else:
            values = tuple((top - bottom) * (v - lo) / (hi - lo) + bottom for v in values)
    return values, low, high


def zero_line(low: float, high: float, top: float, height: float) -> float:
    """Where zero is: the bottom for a positive axis, the top for a negative one."""
    if high <= 0:
        return top
    if low >= 0:
        return top + height
    return top + height * high / (high - low)


def error_text(value: Any, values: tuple[float, ...]) -> str | None:
    """The text of a chart cell holding something that is no number (``"invalid"``, ``[1,
    "x"]``): its items joined by commas, as JavaScript writes an array; None when it charts."""
    if not values or all(math.isfinite(v) for v in values):
        return None
    items = value if isinstance(value, (list, tuple)) else [value]
    return ",".join("" if item is None else str(item) for item in items)


def paint_chart(painter: QPainter, cell: QRectF, kind: str, value: Any, option: Option,
                palette: QPalette) -> None:
    """Draw a chart cell (its list of numbers ``value``) into the cell's whole rectangle
    ``cell``; a value that is no list of numbers is Streamlit's error cell: its text, faded."""
    values = chart_values(value)
    error = error_text(value, values)
    if error is not None:
        faded = QColor(palette.color(QPalette.ColorRole.Text))
        faded.setAlphaF(0.4)  # Streamlit's "faded" cell style
        painter.setPen(faded)
        painter.drawText(cell.adjusted(PAD_X, 0, -PAD_X, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), error)
        return
    finite = [v for v in values if math.isfinite(v)]
    scale = chart_scale(values, option("y_min", None), option("y_max", None)) if finite else None
    if scale is None:
        return
    values, low, high = scale
    colour = chart_colour(option("color", None), finite, palette)
    left, top = cell.left() + PAD_X, cell.top() + PAD_Y
    width, height = cell.width() - 2 * PAD_X, cell.height() - 2 * PAD_Y
    zero = zero_line(low, high, top, height)

    def y(v: float) -> float:
        return top + height - min(1.0, max(0.0, (v - low) / (high - low))) * height

    if low <= 0 <= high:
        axis = QColor(palette.color(QPalette.ColorRole.Text))
        axis.setAlphaF(0.16)  # glide's textLight (faded text) at 40 %
        painter.setPen(QPen(axis, 1))
        painter.drawLine(QPointF(left, zero), QPointF(left + width, zero))
    n = len(values)
    if kind == "bar_chart":
        bar = (width - (n - 1) * BAR_GAP) / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for i, v in enumerate(values):
            if math.isfinite(v):
                painter.drawRect(QRectF(QPointF(left + i * (bar + BAR_GAP), zero),
                                        QPointF(left + i * (bar + BAR_GAP) + bar, y(v))).normalized())
        return
    shown = [v for v in values if math.isfinite(v)]
    if len(shown) == 1:
        shown = shown * 2
    step = width / (len(shown) - 1)
    points = [QPointF(left + i * step, y(v)) for i, v in enumerate(shown)]
    line = QPainterPath(points[0])
    for i in range(1, len(points) - 1):  # glide's smoothing: curves through the midpoints
        if i < len(points) - 2:
            middle = (points[i] + points[i + 1]) / 2
            line.quadTo(points[i], middle)
        else:
            line.quadTo(points[i], points[i + 1])
    if len(points) == 2:
        line.lineTo(points[1])
    if kind == "area_chart":
        area = QPainterPath(line)
        area.lineTo(QPointF(left + width, zero))
        area.lineTo(QPointF(left, zero))
        area.closeSubpath()
        fade = QLinearGradient(0, top, 0, top + height * 1.4)
        start, end = QColor(colour), QColor(colour)
        start.setAlphaF(0.2)
        end.setAlphaF(0.0)
        fade.setColorAt(0, start)
        fade.setColorAt(1, end)
        painter.fillPath(area, fade)
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(line)
