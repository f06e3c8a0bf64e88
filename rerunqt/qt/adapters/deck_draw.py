"""Drawing a deck on st.map's plot: circles as scatter items, the rest painted per view.

Imported by the pydeck adapter when the first deck is shown (pyqtgraph loads then).
Layers are stacked in the deck's order, later ones on top, as deck.gl draws them. Sizes
in metres follow the zoom and stay within their pixel bounds: circles are resized when
the view changes, lines and labels are sized in ``paint`` from the view's scale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF

from rerunqt.core.deck_data import DeckData
from rerunqt.core.deck_layers import Circles, Lines, Part, Shapes, Texts
from rerunqt.core.deck_pick import circle_radii
from rerunqt.core.map_data import mercator_y, span_at_zoom
from rerunqt.qt.adapters.chart_draw import TEXT, style_axes
from rerunqt.qt.adapters.map_draw import install_axes

GRADIENT_STEPS = 8  # an arc's colour runs from source to target in this many pieces


def _color(rgba: Any) -> QColor:
    return QColor(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]))


def _pixels(size: float, units: str, metres_per_unit: float, px_per_unit: float,
            low: float, high: float) -> float:
    px = size / metres_per_unit * px_per_unit if units == "meters" else size
    return min(max(px, low), high)


def _path(rings: list[np.ndarray]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in ring]))
        path.closeSubpath()
    return path


class LayerItem(pg.GraphicsObject):
    """One layer's polygons, lines and labels, painted at the view's current scale."""

    def __init__(self, parts: Sequence[Part], metres_per_unit: float, bounds: QRectF) -> None:
        super().__init__()
        self.parts = list(parts)
        self.metres_per_unit = metres_per_unit
        self.bounds = bounds
        self.paths = {id(p): [_path(r) for r in p.rings] for p in parts if isinstance(p, Shapes)}
        self.selected: set[tuple[int, int]] = set()  # (part position, shape position)
        self.ring = QColor(TEXT[False])

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        px = self.pixelLength(pg.Point(1, 0)) or 0.0  # labels and wide lines reach past the data
        margin = 200 * px if math.isfinite(px) else 0.0
        return self.bounds.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: Any, *args: Any) -> None:
        transform = painter.transform()
        px_per_unit = math.hypot(transform.m11(), transform.m12()) or 1.0
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        for position, part in enumerate(self.parts):
            if isinstance(part, Shapes):
                self._shapes(painter, position, part, px_per_unit)
            elif isinstance(part, Lines):
                self._lines(painter, position, part, px_per_unit)
            elif isinstance(part, Texts):
                self._texts(painter, part)

    def _width(self, part: Shapes | Lines, i: int, px_per_unit: float) -> float:
        return max(0.5, _pixels(float(part.width[i]), part.units, self.metres_per_unit, px_per_unit,
                                part.min_px, part.max_px))

    def _shapes(self, painter: Any, position: int, part: Shapes, px_per_unit: float) -> None:
        for i, path in enumerate(self.paths[id(part)]):
            painter.setBrush(_color(part.fill[i]) if part.fill is not None else Qt.BrushStyle.NoBrush)
            if part.line is not None:
                pen = QPen(_color(part.line[i]), self._width(part, i, px_per_unit))
                pen.setCosmetic(True)
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPath(path)
            if (position, i) in self.selected:
                pen = QPen(self.ring, 2.5)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)

    def _lines(self, painter: Any, position: int, part: Lines, px_per_unit: float) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, path in enumerate(part.paths):
            width = self._width(part, i, px_per_unit) + (3 if (position, i) in self.selected else 0)
            start, end = part.start[i], part.end[i]
            same = bool(np.array_equal(start, end))
            pieces = [(path, start)] if same else _graded(path, start, end)
            for points, rgba in pieces:
                pen = QPen(_color(rgba), width)
                pen.setCosmetic(True)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawPolyline(QPolygonF([QPointF(float(x), float(y)) for x, y in points]))

    def _texts(self, painter: Any, part: Texts) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        font = QFont(painter.font())
        for i, text in enumerate(part.text):
            font.setPixelSize(max(1, round(float(part.size[i]))))
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            at = transform.map(QPointF(float(part.x[i]), float(part.y[i])))
            width = metrics.horizontalAdvance(text)
            dx = {"start": 0.0, "end": -width}.get(part.anchor, -width / 2)
            dy = {"top": metrics.ascent(), "bottom": -metrics.descent()}.get(
                part.baseline, (metrics.ascent() - metrics.descent()) / 2)
            painter.setPen(_color(part.color[i]))
            painter.drawText(QPointF(at.x() + dx, at.y() + dy), text)
        painter.restore()


def _graded(path: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """A two-point line cut into pieces whose colours run from ``start`` to ``end``."""
    a, b = path[0], path[-1]
    steps = np.linspace(0.0, 1.0, GRADIENT_STEPS + 1)
    points = a + (b - a) * steps[:, None]
    return [(points[k:k + 2], start + (end.astype(float) - start) * ((k + 0.5) / GRADIENT_STEPS))
            for k in range(GRADIENT_STEPS)]


class DrawnDeck:
    """The items of a drawn deck and what picking and resizing need."""

    def __init__(self, deck: DeckData) -> None:
        self.deck = deck
        self.scatters: list[tuple[Circles, Any]] = []
        self.items: list[LayerItem] = []
        self.rings: Any = None  # the selected dots' rings


def _brushes(colors: np.ndarray | None) -> Any:
    if colors is None:
        return pg.mkBrush(0, 0, 0, 0)
    cache: dict[tuple[int, ...], Any] = {}
    return [cache.setdefault(tuple(c), pg.mkBrush(*c)) for c in colors.tolist()]


def draw_deck(plot: Any, deck: DeckData, dark: bool) -> DrawnDeck:
    """Draw ``deck`` on ``plot`` from scratch: Mercator axes, then each layer in order."""
    plot.clear()
    install_axes(plot)
    style_axes(plot, dark)
    plot.showGrid(x=True, y=True, alpha=0.18)
    drawn = DrawnDeck(deck)
    box = deck.bounds()
    bounds = QRectF(box[0], box[2], box[1] - box[0], box[3] - box[2]) if box else QRectF()
    z = 0
    for layer in deck.layers:
        flat = [p for p in layer.parts if not isinstance(p, Circles)]
        if flat:
            item = LayerItem(flat, deck.view.metres_per_unit, bounds)
            item.ring = QColor(TEXT[dark])
            item.setZValue(z)
            plot.addItem(item)
            drawn.items.append(item)
        for part in layer.parts:
            if isinstance(part, Circles):
                pen = None if part.line is None else [pg.mkPen(*c, width=part.line_px)
                                                      for c in part.line.tolist()]
                scatter = pg.ScatterPlotItem(x=part.x, y=part.y, brush=_brushes(part.fill), pen=pen,
                                             size=2.0)
                scatter.setZValue(z + 1)
                plot.addItem(scatter)
                drawn.scatters.append((part, scatter))
        z += 2
    drawn.rings = pg.ScatterPlotItem(pen=pg.mkPen(TEXT[dark], width=2.5), brush=None)
    drawn.rings.setZValue(z + 1)
    plot.addItem(drawn.rings)
    return drawn


def px_per_unit(plot: Any) -> float:
    box = plot.getViewBox()
    (x0, x1), _ = box.viewRange()
    return float(box.width() / ((x1 - x0) or 1.0))


def resize(plot: Any, drawn: DrawnDeck) -> None:
    """Dot diameters for the current zoom (a radius in metres grows as one zooms in)."""
    scale = px_per_unit(plot)
    for part, scatter in drawn.scatters:
        if len(part.x):
            scatter.setSize(np.maximum(2 * circle_radii(part, scale), 0.5))


def show_view(plot: Any, deck: DeckData, width_px: float, height_px: float) -> None:
    """The first view: the deck's centre at its zoom (deck.gl's 512-pixel world at zoom 0)."""
    box = deck.bounds() if deck.fit else None
    if box is not None:
        x0, x1, y0, y1 = box
        pad_x, pad_y = (x1 - x0) * 0.08 or 0.01, (y1 - y0) * 0.08 or 0.01
        plot.getViewBox().setRange(xRange=(x0 - pad_x, x1 + pad_x), yRange=(y0 - pad_y, y1 + pad_y),
                                   padding=0)
        return
    view = deck.view
    span = span_at_zoom(view.zoom, max(width_px, 1.0))
    y = float(mercator_y(view.latitude))
    tall = span * max(height_px, 1.0) / max(width_px, 1.0)
    plot.getViewBox().setRange(xRange=(view.longitude - span / 2, view.longitude + span / 2),
                               yRange=(y - tall / 2, y + tall / 2), padding=0)


__all__ = ["DrawnDeck", "draw_deck", "px_per_unit", "resize", "show_view"]
