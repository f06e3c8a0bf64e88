"""Drawing pies, boxes, violins and text on a pyqtgraph plot (plotly and Vega-Lite share it).

The geometry was settled in core (chart_shapes); this module only makes Qt items.
Pies are drawn in a square-unit view: the plot shows x in [0, aspect] and y in [0, 1]
(one unit is the plot's height), so a pie stays round; ``DomainLayout`` places each
pie (or indicator) in its domain and is laid out again when the plot is resized.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from rerunqt.core.chart_shapes import BoxStats, Pie, Slice
from rerunqt.qt.adapters.chart_draw import PAGE, TEXT

GRID = {False: "#e6e9ef", True: "#31333f"}  # a gauge's empty track


def path_item(points: Sequence[tuple[float, float]], fill: QColor | None, line: Any = None) -> Any:
    """A closed polygon (view coordinates) as a QGraphicsPathItem."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    item = QGraphicsPathItem(path)
    item.setBrush(pg.mkBrush(fill) if fill is not None else pg.mkBrush(None))
    item.setPen(line if line is not None else pg.mkPen(None))
    return item


def ring(cx: float, cy: float, inner: float, outer: float, start: float, end: float
         ) -> list[tuple[float, float]]:
    """The outline of a ring segment (a slice when ``inner`` is 0), angles in degrees."""
    steps = max(2, int(abs(end - start) / 3) + 1)
    angles = np.radians(np.linspace(start, end, steps))
    out = [(cx + outer * math.cos(a), cy + outer * math.sin(a)) for a in angles]
    if inner > 0:
        out += [(cx + inner * math.cos(a), cy + inner * math.sin(a)) for a in angles[::-1]]
    else:
        out.append((cx, cy))
    return out


def text_item(text: str, color: Any, size_px: float, anchor: tuple[float, float] = (0.5, 0.5),
              bold: bool = False) -> Any:
    item = pg.TextItem(text, color=color, anchor=anchor)
    font = item.textItem.font()
    font.setPixelSize(max(6, round(size_px)))
    font.setBold(bold)
    item.setFont(font)
    return item


def readable_on(fill: QColor) -> str:
    """White or near-black text, whichever reads better on ``fill``."""
    light = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return "#31333f" if light > 0.6 else "#ffffff"


def draw_pie(plot: Any, pie: Pie, cx: float, cy: float, radius: float, color_of: Callable[[Slice], QColor],
             dark: bool, unit_px: float) -> list[Any]:
    """The slices of ``pie`` around (cx, cy), their texts, and its title; returns the items."""
    items: list[Any] = []
    outer = radius * pie.outer
    inner = outer * pie.hole
    edge = pg.mkPen(PAGE[dark], width=1)
    for piece in pie.slices:
        if piece.end - piece.start <= 0:
            continue
        fill = color_of(piece)
        # a "transparent" slice shows the layer under it: no edge either
        item = path_item(ring(cx, cy, inner, outer, piece.start, piece.end), fill,
                         edge if fill.alpha() > 0 else None)
        plot.addItem(item)
        items.append(item)
        if not piece.text:
            continue
        mid = math.radians((piece.start + piece.end) / 2)
        inside = pie.text_inside and piece.share >= 0.04
        at = (inner + outer) / 2 if inside and inner else outer * (0.62 if inside else 1.12)
        label = text_item(piece.text, readable_on(fill) if inside else TEXT[dark], 12,
                          (0.5, 0.5) if inside else (0.5 - 0.5 * math.cos(mid), 0.5 + 0.5 * math.sin(mid)))
        label.setPos(cx + at * math.cos(mid), cy + at * math.sin(mid))
        plot.addItem(label)
        items.append(label)
    if pie.title:
        title = text_item(pie.title, TEXT[dark], 13, (0.5, 1.0))
        title.setPos(cx, cy + outer + 8 / max(unit_px, 1))
        plot.addItem(title)
        items.append(title)
    return items


def legend_sample(color: QColor) -> Any:
    """An item the legend draws as a filled square (never added to the plot)."""
    return pg.BarGraphItem(x=[0], height=[1], width=1, brush=color, pen=None)


def domain_rect(domain: tuple[float, float, float, float], aspect: float
                ) -> tuple[float, float, float, float]:
    """A domain (0..1 of the chart each way) in view units: x0, x1, y0, y1."""
    x0, x1, y0, y1 = domain
    return x0 * aspect, x1 * aspect, y0, y1


def set_square_view(plot: Any, aspect: float) -> None:
    """No axes, no grid, no panning: x 0..aspect and y 0..1 fill the plot."""
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.showGrid(x=False, y=False)
    box = plot.getViewBox()
    box.setMouseEnabled(x=False, y=False)
    box.setAspectLocked(False)
    box.disableAutoRange()
    box.setRange(xRange=(0, aspect), yRange=(0, 1), padding=0)


def view_aspect(plot: Any) -> tuple[float, float]:
    """The view's width over its height, and its height in pixels."""
    rect = plot.getViewBox().sceneBoundingRect()
    height = rect.height() if rect.height() > 1 else 300.0
    width = rect.width() if rect.width() > 1 else 600.0
    return width / height, height


def draw_boxes(plot: Any, boxes: Sequence[BoxStats], color: QColor, horizontal: bool, width: float,
               dark: bool, *, kind: str = "box", mean_line: bool = False, inner_box: bool = True,
               median: QColor | None = None, filled_alpha: float = 0.5) -> list[Any]:
    """Boxes (or violins): the box from q1 to q3, the median, whiskers, and the points beyond."""
    items: list[Any] = []
    if not boxes:
        return items

    def place(at: np.ndarray, value: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (value, at) if horizontal else (at, value)

    pos = np.array([b.position for b in boxes])
    fill = QColor(color)
    fill.setAlphaF(filled_alpha * color.alphaF())
    line = pg.mkPen(color, width=1.5)
    if kind == "violin":
        for b in boxes:
            if b.density is None or not len(b.density[0]):
                continue
            grid, density = b.density
            spread = density * width / 2
            outline = list(zip(*place(np.concatenate([b.position - spread, (b.position + spread)[::-1]]),
                                      np.concatenate([grid, grid[::-1]]))))
            item = path_item(outline, fill, line)
            plot.addItem(item)
            items.append(item)
        box_width = width * 0.12
    else:
        box_width = width
    if inner_box:
        q1, q3 = np.array([b.q1 for b in boxes]), np.array([b.q3 for b in boxes])
        shape = ({"y": pos, "x0": q1, "x1": q3, "height": box_width} if horizontal
                 else {"x": pos, "y0": q1, "y1": q3, "width": box_width})
        body = pg.BarGraphItem(brush=fill if kind == "box" else color, pen=line, **shape)
        plot.addItem(body)
        items.append(body)
        half = box_width / 2
        whisker_at = np.repeat(pos, 4)
        whisker_values = np.array([[b.lower, b.q1, b.q3, b.upper] for b in boxes]).ravel()
        whiskers = pg.PlotDataItem(*place(whisker_at, whisker_values), pen=line, connect="pairs")
        medians_at = np.array([[b.position - half, b.position + half] for b in boxes]).ravel()
        medians = pg.PlotDataItem(*place(medians_at, np.repeat([b.median for b in boxes], 2)),
                                  pen=pg.mkPen(median if median is not None else color, width=2),
                                  connect="pairs")
        plot.addItem(whiskers)
        plot.addItem(medians)
        items += [whiskers, medians]
        if mean_line:
            means = pg.PlotDataItem(*place(medians_at, np.repeat([b.mean for b in boxes], 2)),
                                    pen=pg.mkPen(color, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
                                    connect="pairs")
            plot.addItem(means)
            items.append(means)
    spots_at = np.concatenate([np.full(len(b.points), b.position) for b in boxes])
    spots = np.concatenate([b.points for b in boxes])
    if len(spots):
        dots = pg.ScatterPlotItem(*place(spots_at, spots), size=6, pen=pg.mkPen(color, width=1),
                                  brush=pg.mkBrush(None))
        plot.addItem(dots)
        items.append(dots)
    return items


ALIGN = {"left": 0.0, "center": 0.5, "right": 1.0}
BASELINE = {"top": 0.0, "middle": 0.5, "bottom": 1.0, "alphabetic": 0.85, "line-top": 0.0,
            "line-bottom": 1.0}


def placed_text(text: str, color: Any, size: float, align: str, baseline: str, dx: float, dy: float,
                angle: float = 0.0) -> Any:
    """A text item anchored as Vega-Lite's align/baseline, moved dx/dy pixels (y down)."""
    item = text_item(text, color, size)
    rect = item.textItem.boundingRect()
    w, h = max(rect.width(), 1.0), max(rect.height(), 1.0)
    item.setAnchor((ALIGN.get(align, 0.5) - dx / w, BASELINE.get(baseline, 0.5) - dy / h))
    if angle:
        item.setAngle(-angle)
    return item


__all__ = [
    "GRID",
    "domain_rect",
    "draw_boxes",
    "draw_pie",
    "legend_sample",
    "path_item",
    "placed_text",
    "readable_on",
    "ring",
    "set_square_view",
    "text_item",
    "view_aspect",
]
