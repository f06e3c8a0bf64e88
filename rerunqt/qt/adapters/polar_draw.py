"""A plotly polar subplot drawn in its domain: the disc, its grid, both axes' labels, and the
scatterpolar lines, markers and fills and barpolar wedges on it (angles settled in core).

The disc has plotly.py's template look (blue-grey, white grid) when the figure carries it,
else the theme's grid on the page, as Streamlit's plotly template leaves polar alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from rerunqt.core.plotly_polar import Polar, PolarTrace, to_xy, unit_radius
from rerunqt.qt.adapters.chart_draw import AXIS, TEXT
from rerunqt.qt.adapters.shape_draw import GRID, path_item, ring, text_item

BARGAP = 0.1  # plotly's polar.bargap: a wedge is 90 % of the angles' spacing
PICK_PX = 12


def _qcolor(value: Any, fallback: str) -> QColor:
    if isinstance(value, tuple):
        return QColor(*value)
    return QColor(value) if isinstance(value, str) and QColor(value).isValid() else QColor(fallback)


def _tick_text(value: float) -> str:
    return f"{value:g}"


class DrawnPolar:
    """The items of one polar subplot and where it is (for the read-out)."""

    def __init__(self, polar: Polar) -> None:
        self.polar = polar
        self.items: list[Any] = []
        self.centre = (0.0, 0.0, 1.0)  # cx, cy, radius in view units
        self.unit_px = 1.0

    def describe_at(self, x: float, y: float) -> str | None:
        cx, cy, radius = self.centre
        best: tuple[float, str] | None = None
        for trace in self.polar.traces:
            if trace.kind == "line" and len(trace.r):
                xs, ys = to_xy(self.polar, trace.r, trace.angles)
                distance = np.hypot(cx + xs * radius - x, cy + ys * radius - y) * self.unit_px
                distance = np.where(np.isnan(distance), np.inf, distance)
                i = int(np.argmin(distance))
                if distance[i] <= PICK_PX and (best is None or distance[i] < best[0]):
                    best = (float(distance[i]), self._said(trace, i))
        if best is not None:
            return best[1]
        at = math.hypot(x - cx, y - cy) / radius
        angle = math.degrees(math.atan2(y - cy, x - cx))
        for trace in reversed(self.polar.traces):
            if trace.kind != "bar":
                continue
            spans = zip(trace.base.tolist(), trace.r.tolist(), trace.angles.tolist())
            for i, (start, r, middle) in enumerate(spans):
                inner, outer = unit_radius(self.polar, start), unit_radius(self.polar, start + r)
                if inner <= at <= outer and abs((angle - middle + 180) % 360 - 180) <= trace.width / 2:
                    return self._said(trace, i)
        return None

    @staticmethod
    def _said(trace: PolarTrace, i: int) -> str:
        head = f"{trace.name}: " if trace.name else ""
        return f"{head}{trace.thetas[i] if i < len(trace.thetas) else ''}  ·  {trace.r[i]:g}"


def draw_polar(plot: Any, polar: Polar, rect: tuple[float, float, float, float], unit_px: float,
               color_of: Callable[[Any], QColor], dark: bool) -> DrawnPolar:
    """The polar grid and its traces in ``rect`` (x0, x1, y0, y1 in view units)."""
    drawn = DrawnPolar(polar)
    x0, x1, y0, y1 = rect
    px = 1 / max(unit_px, 1)
    radius = max(min(x1 - x0, y1 - y0) / 2 - 30 * px, 10 * px)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    drawn.centre, drawn.unit_px = (cx, cy, radius), unit_px

    def add(item: Any, z: float = 0.0) -> None:
        item.setZValue(z)
        plot.addItem(item)
        drawn.items.append(item)

    hole = polar.hole * radius
    if polar.bgcolor is not None:
        add(path_item(ring(cx, cy, hole, radius, 0, 360), _qcolor(polar.bgcolor, GRID[dark])), -2)
    grid = pg.mkPen(_qcolor(polar.gridcolor, GRID[dark]), width=1)
    circle = np.radians(np.linspace(0, 360, 121))
    for tick in polar.radial_ticks:
        r = unit_radius(polar, tick) * radius
        add(pg.PlotDataItem(cx + r * np.cos(circle), cy + r * np.sin(circle), pen=grid), -1)
    rim = _qcolor(polar.gridcolor, AXIS[dark]) if polar.bgcolor is not None else QColor(AXIS[dark])
    outline = pg.mkPen(rim, width=1)
    add(pg.PlotDataItem(cx + radius * np.cos(circle), cy + radius * np.sin(circle), pen=outline), -1)
    for angle, label in polar.angular_ticks:
        a = math.radians(angle)
        add(pg.PlotDataItem([cx + hole * math.cos(a), cx + radius * math.cos(a)],
                            [cy + hole * math.sin(a), cy + radius * math.sin(a)], pen=grid), -1)
        if polar.angular_shown:
            text = text_item(label, TEXT[dark], 12, (0.5 - 0.5 * math.cos(a), 0.5 + 0.5 * math.sin(a)))
            text.setPos(cx + (radius + 4 * px) * math.cos(a), cy + (radius + 4 * px) * math.sin(a))
            add(text)
    axis = math.radians(float(polar.screen(np.array([polar.radial_angle]))[0]))
    for tick in polar.radial_ticks if polar.radial_shown else ():
        r = unit_radius(polar, tick) * radius
        text = text_item(_tick_text(tick), TEXT[dark], 11, (0.0, 1.0))
        text.setPos(cx + r * math.cos(axis) + 2 * px, cy + r * math.sin(axis) + 2 * px)
        add(text, 4)
    for trace in polar.traces:
        color = color_of(trace)
        if trace.kind == "bar":
            _wedges(add, polar, trace, color, (cx, cy, radius), dark)
        else:
            _line(add, polar, trace, color, (cx, cy, radius))
    return drawn


def _wedges(add: Callable[..., None], polar: Polar, trace: PolarTrace, color: QColor,
            centre: tuple[float, float, float], dark: bool) -> None:
    cx, cy, radius = centre
    edge = pg.mkPen(_qcolor(polar.bgcolor, "#ffffff") if polar.bgcolor is not None else QColor("#ffffff"),
                    width=0.5)
    half = trace.width * (1 - BARGAP) / 2
    for start, r, middle in zip(trace.base.tolist(), trace.r.tolist(), trace.angles.tolist()):
        if not np.isfinite(r) or r == 0:
            continue
        inner = unit_radius(polar, min(start, start + r)) * radius
        outer = unit_radius(polar, max(start, start + r)) * radius
        add(path_item(ring(cx, cy, inner, outer, middle - half, middle + half), color, edge), 1)


def _line(add: Callable[..., None], polar: Polar, trace: PolarTrace, color: QColor,
          centre: tuple[float, float, float]) -> None:
    cx, cy, radius = centre
    xs, ys = to_xy(polar, trace.r, trace.angles)
    xs, ys = cx + xs * radius, cy + ys * radius
    if trace.fill in ("toself", "tonext") and len(xs) > 2:
        fill = QColor(color)
        fill.setAlphaF(0.5 * color.alphaF())
        add(path_item(list(zip(xs.tolist(), ys.tolist())), fill), 1)
    if trace.lines:
        closed = trace.fill == "toself"
        add(pg.PlotDataItem(np.append(xs, xs[:1]) if closed else xs, np.append(ys, ys[:1]) if closed else ys,
                            pen=pg.mkPen(color, width=trace.line_width), connect="finite"), 2)
    if trace.markers:
        brushes: Any = color
        if trace.marker_colors is not None:
            brushes = [pg.mkBrush(*c) for c in trace.marker_colors.tolist()]
        add(pg.ScatterPlotItem(x=xs, y=ys, size=trace.marker_size, brush=brushes, pen=None), 3)


__all__ = ["DrawnPolar", "draw_polar"]
