"""Drawing st.map on pyqtgraph: Web Mercator axes in degrees, a graticule, the points.

Imported by the map adapter when the first map is shown (pyqtgraph loads then). x is
the longitude and y the Mercator ordinate in degrees, with the aspect locked, so shapes
look as on a web map. The latitude axis puts its ticks at round latitudes.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem

from rerunqt.core.map_data import (
    MAX_LATITUDE,
    MapData,
    latitude_of,
    mercator_y,
    metres_per_degree,
    span_at_zoom,
)
from rerunqt.qt.adapters.chart_draw import AXIS, TEXT, style_axes

MIN_RADIUS_PX = 3.0  # as Streamlit's map: a point never shrinks below 3 pixels


def _degrees(value: float, spacing: float, positive: str, negative: str) -> str:
    places = max(0, -math.floor(math.log10(spacing))) if spacing > 0 else 0
    text = f"{abs(value):.{min(places, 6)}f}°"
    return text + (positive if value > 0 else negative if value < 0 else "")


class LongitudeAxis(pg.AxisItem):
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [_degrees(((v + 180) % 360) - 180, spacing, "E", "W") for v in values]


class LatitudeAxis(pg.AxisItem):
    """Ticks at round latitudes, placed at their Mercator ordinates; only major ones labelled
    (Mercator packs the minor ones of high latitudes too close for text)."""

    major = 0.0

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        low, high = float(latitude_of(minVal)), float(latitude_of(maxVal))
        levels = super().tickValues(low, high, size)
        self.major = levels[0][0] if levels else 0.0
        return [(spacing, [float(mercator_y(v)) for v in values if abs(v) <= MAX_LATITUDE])
                for spacing, values in levels]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing < self.major:
            return [""] * len(values)
        return [_degrees(round(float(latitude_of(v)), 8), spacing, "N", "S") for v in values]


def install_axes(plot: Any) -> None:
    if not isinstance(plot.getAxis("left"), LatitudeAxis):
        plot.setAxisItems({"left": LatitudeAxis("left"), "bottom": LongitudeAxis("bottom")})
    plot.setAspectLocked(True)
    plot.getViewBox().setLimits(yMin=-200, yMax=200, xMin=-540, xMax=540)


class DrawnMap:
    """The points item and what resizing the points needs: their radii in view units."""

    def __init__(self, data: MapData, dark: bool) -> None:
        self.data = data
        self.dark = dark
        self.x = data.longitude
        self.y = mercator_y(data.latitude) if len(data) else np.zeros(0)
        cos = np.maximum(np.cos(np.radians(np.clip(data.latitude, -MAX_LATITUDE, MAX_LATITUDE))),
                         1e-6)
        self.radius_units = np.asarray(data.sizes, dtype=np.float64) / (metres_per_degree(0.0) * cos) \
            if len(data) else np.zeros(0)
        self.points: Any = None


def _brushes(data: MapData) -> Any:
    if isinstance(data.colors, np.ndarray):
        cache: dict[tuple[int, ...], Any] = {}
        return [cache.setdefault(tuple(c), pg.mkBrush(*c)) for c in data.colors.tolist()]
    return pg.mkBrush(*data.colors)


def draw_map(plot: Any, data: MapData, dark: bool) -> DrawnMap:
    """Draw ``data`` on ``plot`` from scratch: world frame, graticule, points."""
    plot.clear()
    install_axes(plot)
    style_axes(plot, dark)
    plot.showGrid(x=True, y=True, alpha=0.18)
    frame = QGraphicsRectItem(-180, float(mercator_y(-MAX_LATITUDE)), 360,
                              2 * float(mercator_y(MAX_LATITUDE)))
    frame.setPen(pg.mkPen(QColor(AXIS[dark]), width=1, cosmetic=True))
    frame.setBrush(QColor(255, 255, 255, 10) if dark else QColor(0, 0, 0, 6))
    plot.addItem(frame)
    drawn = DrawnMap(data, dark)
    drawn.points = pg.ScatterPlotItem(x=drawn.x, y=drawn.y, brush=_brushes(data), pen=None,
                                      size=2 * MIN_RADIUS_PX)
    plot.addItem(drawn.points)
    return drawn


def resize_points(plot: Any, drawn: DrawnMap) -> None:
    """Point diameters in pixels for the current zoom (radii are metres on the ground)."""
    if drawn.points is None or not len(drawn.x):
        return
    box = plot.getViewBox()
    (x0, x1), _ = box.viewRange()
    per_unit = box.width() / ((x1 - x0) or 1.0)
    diameters = np.maximum(2 * MIN_RADIUS_PX, 2 * drawn.radius_units * per_unit)
    drawn.points.setSize(diameters)


def show_view(plot: Any, data: MapData, width_px: float, height_px: float) -> None:
    """The first view: centred on the points at ``data.zoom`` (deck.gl's zoom levels)."""
    if data.fit:  # no zoom given: frame every point, with a margin
        y = mercator_y(data.latitude)
        x0, x1 = float(data.longitude.min()), float(data.longitude.max())
        y0, y1 = float(y.min()), float(y.max())
        pad_x, pad_y = (x1 - x0) * 0.08 or 0.01, (y1 - y0) * 0.08 or 0.01
        plot.getViewBox().setRange(xRange=(x0 - pad_x, x1 + pad_x), yRange=(y0 - pad_y, y1 + pad_y),
                                   padding=0)
        return
    lat, lon = data.center
    span = span_at_zoom(data.zoom, max(width_px, 1.0))
    y = float(mercator_y(lat))
    tall = span * max(height_px, 1.0) / max(width_px, 1.0)
    plot.getViewBox().setRange(xRange=(lon - span / 2, lon + span / 2),
                               yRange=(y - tall / 2, y + tall / 2), padding=0)


def nearest_point(drawn: DrawnMap, x: float, y: float, x_scale: float) -> tuple[float, float] | None:
    """(latitude, longitude) of the point nearest to the view position (x, y), or None."""
    if not len(drawn.x):
        return None
    distance = (drawn.x - x) ** 2 + (drawn.y - y) ** 2
    i = int(np.argmin(distance))
    if math.sqrt(float(distance[i])) * x_scale > 30:  # more than 30 px away: nothing
        return None
    return float(drawn.data.latitude[i]), float(drawn.data.longitude[i])


NOTE_COLOR = TEXT
