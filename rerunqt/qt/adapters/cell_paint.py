"""Progress bars and small charts drawn inside table cells (st.dataframe and st.data_editor).

It exists so both tables draw ProgressColumn and Line/Bar/AreaChartColumn cells the same
way, with colours that follow the theme: Streamlit's palette names ("red", "blue",
"primary"...) have a light and a dark shade; the track and the number beside a bar take
the view's palette.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from rerunqt.core.number_format import column_number_text, js_str
from rerunqt.qt.colours import qcolor

Option = Callable[[str, Any], Any]  # a column option by name, with a default
_LIGHT = {"green": "#09ab3b", "red": "#ff2b2b", "gray": "#808495", "grey": "#808495", "orange": "#ffa421",
          "yellow": "#faca2b", "blue": "#1c83e1", "violet": "#803df5", "primary": "#ff4b4b"}
_DARK = {"green": "#3dd56d", "red": "#ff4b4b", "gray": "#a3a8b8", "grey": "#a3a8b8", "orange": "#ffbd45",
         "yellow": "#ffe312", "blue": "#3d9df3", "violet": "#9a5dff", "primary": "#ff4b4b"}
_CHART = "#29b09d"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def named_colour(name: str | None, palette: QPalette, fallback: str = "primary") -> QColor:
    """A palette name in the theme's shade, a CSS colour, or the fallback."""
    shades = _DARK if is_dark(palette) else _LIGHT
    if name is None:
        return QColor(shades.get(fallback, fallback))
    return qcolor(shades.get(name.lower(), name), shades.get(fallback, fallback))  # CSS order


def progress_text(value: float, option: Option, integral: bool) -> str:
    """The number beside a bar, as Streamlit's grid writes it: the column's format, by
    default "%3d%%" for ints and "percent" for floats."""
    try:
        shown = column_number_text(value, option("format", None), option("step", None), integral,
                                   progress=True)
    except (TypeError, ValueError):  # a format sprintf-js throws on: Streamlit shows an error cell
        shown = None
    return js_str(float(value)) if shown is None else shown


def bar_share(value: float, option: Option, integral: bool) -> float:
    """How full the bar is: min_value (0) .. max_value (100 for ints, 1 for floats)."""
    low = option("min_value", None)
    high = option("max_value", None)
    low = 0 if low is None else low
    high = (100 if integral else 1) if high is None else high
    return 0.0 if high == low else min(1.0, max(0.0, (value - low) / (high - low)))


def paint_progress(painter: QPainter, rect: QRectF, value: Any, option: Option, integral: bool,
                   palette: QPalette) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or math.isnan(value):
        return
    share = bar_share(value, option, integral)
    shown = progress_text(value, option, integral)
    text_width = painter.fontMetrics().horizontalAdvance(shown) + 8
    bar = QRectF(rect.left(), rect.center().y() - 3, max(10.0, rect.width() - text_width), 6)
    colour_name = option("color", None)
    if colour_name in ("auto", "auto-inverse"):
        good = share > 0.5 if colour_name == "auto" else share < 0.5
        fill = named_colour("green" if good else "red", palette)
    else:
        fill = named_colour(colour_name, palette)
    track = QColor(palette.color(QPalette.ColorRole.Text))
    track.setAlpha(40)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track)
    painter.drawRoundedRect(bar, 3, 3)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(QRectF(bar.right() + 8, rect.top(), text_width, rect.height()),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


def paint_chart(painter: QPainter, rect: QRectF, kind: str, values: tuple[float, ...], option: Option,
                palette: QPalette) -> None:
    finite = [v for v in values if math.isfinite(v)]
    if not finite:
        return
    low = option("y_min", None)
    high = option("y_max", None)
    low = min(finite) if low is None else low
    high = max(finite) if high is None else high
    if kind == "bar_chart":
        low = min(low, 0.0)
    span = (high - low) or 1.0
    colour = named_colour(option("color", None), palette, _CHART)

    def y(v: float) -> float:
        return rect.bottom() - (min(max(v, low), high) - low) / span * rect.height()

    n = len(values)
    if kind == "bar_chart":
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
    if kind == "area_chart" and len(points) > 1:
        path = QPainterPath(QPointF(points[0].x(), rect.bottom()))
        for point in points:
            path.lineTo(point)
        path.lineTo(QPointF(points[-1].x(), rect.bottom()))
        fill = QColor(colour)
        fill.setAlpha(70)
        painter.fillPath(path, fill)
    painter.setPen(QPen(colour, 1.5))
    painter.drawPolyline(QPolygonF(points))
