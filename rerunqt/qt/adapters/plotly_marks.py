"""A plotly figure's layout shapes and annotations drawn on a plot area (``add_hline``,
``add_vrect``, ``add_shape``, ``add_annotation``...), and the texts on its bars fitted.

One item per layer paints its marks in pixels from their data corners, so lines keep
their width and texts their size when zoomed; a corner given as a fraction of the axis'
span (``"x domain"``) is resolved against the view at each paint, so a threshold line
always spans the plot. Shapes on data coordinates count in the autorange, as plotly's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF, QStaticText

from rerunqt.core.plotly_shapes import Mark
from rerunqt.qt.adapters.chart_draw import TEXT
from rerunqt.qt.colours import qcolor

_DASH = {"dot": Qt.PenStyle.DotLine, "dash": Qt.PenStyle.DashLine, "longdash": Qt.PenStyle.DashLine,
         "dashdot": Qt.PenStyle.DashDotLine, "longdashdot": Qt.PenStyle.DashDotDotLine}
_SHAPE_LINE = "#444444"  # plotly's default shape outline


def _colour(value: Any, fallback: str) -> QColor:
    if isinstance(value, tuple):
        return QColor(*value)
    return qcolor(value if isinstance(value, str) else None, fallback)


class MarksItem(pg.GraphicsObject):
    """The marks of one layer (above or below the traces) of one plot area."""

    def __init__(self, marks: Sequence[Mark], dark: bool, logs: tuple[bool, bool]) -> None:
        super().__init__()
        self.marks = tuple(marks)
        self.dark = dark
        self.logs = logs

    def _value(self, value: float, span: bool, index: int, view: QRectF) -> float:
        if span:
            low, size = (view.left(), view.width()) if index == 0 else (view.top(), view.height())
            return low + value * size
        if self.logs[index]:  # a log axis is drawn in log10 units
            return math.log10(value) if value > 0 else math.nan
        return value

    def corners(self, mark: Mark, view: QRectF) -> tuple[QPointF, QPointF]:
        xs = [self._value(v, mark.x_span, 0, view) for v in mark.x]
        ys = [self._value(v, mark.y_span, 1, view) for v in mark.y]
        return QPointF(xs[0], ys[0]), QPointF(xs[1], ys[1])

    def boundingRect(self) -> QRectF:
        box = self.getViewBox()
        return box.viewRect() if box is not None else QRectF()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()  # the marks follow the view: repaint over all of it

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange: Any = None) -> Any:
        """Data extent of the marks placed on data coordinates (None: no say)."""
        values = []
        for mark in self.marks:
            if (mark.y_span if axis else mark.x_span) or mark.kind == "text":
                continue
            for value in (mark.y if axis else mark.x):
                values.append(math.log10(value) if self.logs[axis] and value > 0 else value)
        finite = [v for v in values if math.isfinite(v)]
        return (min(finite), max(finite)) if finite else None

    def paint(self, painter: QPainter, *args: Any) -> None:
        box = self.getViewBox()
        if box is None:
            return
        view = box.viewRect()
        to_pixels = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for mark in self.marks:
            a, b = (to_pixels.map(p) for p in self.corners(mark, view))
            if any(math.isnan(v) for v in (a.x(), a.y(), b.x(), b.y())):
                continue
            painter.setOpacity(mark.opacity)
            if mark.kind == "text":
                self._text(painter, mark, a)
                continue
            width = mark.width
            pen = QPen(_colour(mark.line, TEXT[True] if self.dark else _SHAPE_LINE), width,
                       _DASH.get(mark.dash, Qt.PenStyle.SolidLine)) if width > 0 else QPen(Qt.PenStyle.NoPen)
            painter.setPen(pen)
            painter.setBrush(_colour(mark.fill, "#000000") if mark.fill is not None and mark.kind != "line"
                             else Qt.BrushStyle.NoBrush)
            if mark.kind == "line":
                painter.drawLine(QLineF(a, b))
            elif mark.kind == "rect":
                painter.drawRect(QRectF(a, b).normalized())
            else:
                painter.drawEllipse(QRectF(a, b).normalized())
        painter.restore()

    def _text(self, painter: QPainter, mark: Mark, point: QPointF) -> None:
        """An annotation: its text at the point, or ``offset`` pixels from it with an arrow."""
        text = QStaticText(mark.text)
        text.setTextFormat(Qt.TextFormat.RichText)
        font = QFont(painter.font())
        font.setPixelSize(max(8, round(mark.size)))
        painter.setFont(font)
        text.prepare(painter.transform(), font)
        size = text.size()
        colour = _colour(mark.color, TEXT[self.dark])
        if mark.arrow:
            centre = point + QPointF(*mark.offset)
            top_left = centre - QPointF(size.width() / 2, size.height() / 2)
            self._arrow(painter, mark, centre, point, size.width() / 2 + 2, size.height() / 2 + 2)
        else:
            shift_x = {"left": 0.0, "right": 1.0}.get(mark.anchor[0], 0.5) * size.width()
            shift_y = {"top": 0.0, "bottom": 1.0}.get(mark.anchor[1], 0.5) * size.height()
            top_left = point - QPointF(shift_x, shift_y)
        painter.setPen(colour)
        painter.drawStaticText(top_left, text)

    def _arrow(self, painter: QPainter, mark: Mark, start: QPointF, end: QPointF,
               half_w: float, half_h: float) -> None:
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        if length < 1:
            return
        leave = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
        if leave >= 1:
            return  # the point is under the text
        tail = QPointF(start.x() + dx * leave, start.y() + dy * leave)
        colour = _colour(mark.line, TEXT[self.dark])
        painter.setPen(QPen(colour, 1))
        painter.drawLine(QLineF(tail, end))
        ux, uy = dx / length, dy / length  # the head: a small triangle at the point
        back = QPointF(end.x() - ux * 7, end.y() - uy * 7)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([end, QPointF(back.x() - uy * 3, back.y() + ux * 3),
                                       QPointF(back.x() + uy * 3, back.y() - ux * 3)]))


def draw_marks(plot: Any, marks: Sequence[Mark], dark: bool) -> list[Any]:
    """Add ``marks`` to ``plot`` (a PlotItem): shapes with ``layer="below"`` under the
    traces, the rest over them; returns the items."""
    logs = (bool(plot.getAxis("bottom").logMode), bool(plot.getAxis("left").logMode))
    items = []
    for below in (True, False):
        mine = [m for m in marks if m.below == below]
        if mine:
            item = MarksItem(mine, dark, logs)
            item.setZValue(-1 if below else 8)
            plot.addItem(item)
            items.append(item)
    return items


def cell_labels(plot: Any, trace: Any) -> list[tuple[Any, float, float, bool]]:
    """A heatmap's cell texts at the cells' centres, dark or light against each cell's colour
    as plotly picks them; returned for ``fit_bar_labels`` (a cell's height and width)."""
    from rerunqt.core.plotly_values import map_colors
    from rerunqt.qt.adapters.shape_draw import readable_on

    z = trace.z
    finite = z[np.isfinite(z)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    colours = map_colors(z.ravel(), trace.scale, low, high if high > low else low + 1)
    rows, cols = z.shape
    dx = float(np.diff(trace.x).mean()) if cols > 1 else 1.0
    dy = float(np.diff(trace.y).mean()) if rows > 1 else 1.0
    labels = []
    for i, text in enumerate(trace.texts[:rows * cols]):
        r, c = divmod(i, cols)
        if not text or not np.isfinite(z[r, c]):
            continue
        label = pg.TextItem(text, color=readable_on(QColor(*colours[i].tolist())), anchor=(0.5, 0.5))
        label.setPos(float(trace.x[c]), float(trace.y[r]))
        label.setZValue(5)
        plot.addItem(label)
        labels.append((label, abs(dy), abs(dx), False))
    return labels


def fit_bar_labels(box: Any, labels: list[tuple[Any, float, float, bool]]) -> None:
    """A bar's text is shown only where it fits inside its bar, at every zoom (plotly shrinks
    or hides the rest; the many rows of ``px.bar(text_auto=True)`` stacked in one bar piled
    their texts on each other)."""
    def fit(*_: Any) -> None:
        wide, tall = box.viewPixelSize()
        for label, length, thick, horizontal in box.rq_labels:
            rect = label.textItem.boundingRect()
            along, across = (length / wide, thick / tall) if horizontal else (length / tall, thick / wide)
            need = (rect.width(), rect.height()) if horizontal else (rect.height(), rect.width())
            label.setVisible(along >= need[0] and across >= need[1])

    if not hasattr(box, "rq_labels"):
        box.sigRangeChanged.connect(fit)
        box.sigResized.connect(fit)
    box.rq_labels = labels
    fit()


__all__ = ["MarksItem", "cell_labels", "draw_marks", "fit_bar_labels"]
