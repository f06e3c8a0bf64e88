"""Pies and indicators placed in their domains, without axes (plotly's ``domain`` traces).

Laid out again whenever the plot's shape changes (``DomainLayout.lay_out``), so a pie
stays round and an indicator's text keeps its size relative to the chart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor

from rerunqt.core.chart_shapes import Pie, Slice
from rerunqt.core.indicator import Indicator, nice_ticks
from rerunqt.qt.adapters.chart_draw import TEXT
from rerunqt.qt.adapters.shape_draw import (
    GRID,
    domain_rect,
    draw_pie,
    path_item,
    ring,
    set_square_view,
    text_item,
    view_aspect,
)
from rerunqt.qt.colours import qcolor


def _qcolor(value: Any, fallback: str) -> QColor:
    if isinstance(value, tuple):
        return QColor(*value)
    return qcolor(value if isinstance(value, str) else None, fallback)


class DomainLayout:
    """The pies and indicators of one chart, and where each was drawn (for the read-out)."""

    def __init__(self, parts: Sequence[Any], color_of: Callable[[Slice], QColor],
                 dark: bool, accent: str) -> None:
        self.parts = tuple(parts)
        self.color_of = color_of
        self.dark = dark
        self.accent = accent  # a gauge bar's colour when the figure gives none
        self.items: list[Any] = []
        self.placed: list[tuple[Pie, float, float, float]] = []  # pie, centre x, y, radius
        self.shape: tuple[float, float] | None = None
        self.others: list[Any] = []  # drawn treemaps, tables...: each says what is at a point
        # more items placed round the first pie (Vega-Lite text marks): (plot, cx, cy, radius)
        self.extras: Callable[[Any, float, float, float], list[Any]] | None = None

    def lay_out(self, plot: Any, force: bool = False) -> None:
        aspect, height = view_aspect(plot)
        if not force and self.shape is not None and abs(self.shape[0] - aspect) < 0.01 \
                and abs(self.shape[1] - height) < 1:
            return
        self.shape = (aspect, height)
        for item in self.items:
            plot.removeItem(item)
        self.items, self.placed, self.others = [], [], []
        set_square_view(plot, aspect)
        for part in self.parts:
            x0, x1, y0, y1 = domain_rect(part.domain, aspect)
            if isinstance(part, Pie):
                radius = min(x1 - x0, y1 - y0) / 2 * (0.78 if part.title else 0.85)
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2 - (0.04 if part.title else 0)
                self.items += draw_pie(plot, part, cx, cy, radius, self.color_of, self.dark, height)
                self.placed.append((part, cx, cy, radius))
            elif isinstance(part, Indicator):
                self.items += draw_indicator(plot, part, (x0, x1, y0, y1), height, self.dark, self.accent)
            else:
                drawn = draw_part(plot, part, (x0, x1, y0, y1), height, self.color_of, self.dark)
                self.items += drawn.items
                self.others.append(drawn)
        if self.extras is not None and self.placed:
            self.items += self.extras(plot, *self.placed[0][1:])

    def describe_at(self, x: float, y: float) -> str | None:
        """The read-out of a treemap box, sunburst sector... under (x, y), if any."""
        for drawn in reversed(self.others):
            said = drawn.describe_at(x, y)
            if said is not None:
                return str(said)
        return None

    def slice_at(self, x: float, y: float) -> Slice | None:
        """The visible slice under (x, y): the topmost layer's, skipping transparent slices."""
        for pie, cx, cy, radius in reversed(self.placed):
            distance = math.hypot(x - cx, y - cy) / radius
            found = pie.slice_at(math.degrees(math.atan2(y - cy, x - cx)), distance)
            if found is not None and self.color_of(found).alpha() > 0:
                return found
        return None


def draw_part(plot: Any, part: Any, rect: tuple[float, float, float, float], unit_px: float,
              color_of: Callable[[Any], QColor], dark: bool) -> Any:
    """A hierarchy (treemap, icicle, sunburst), a table or a polar subplot in its domain."""
    from rerunqt.core.plotly_polar import Polar
    from rerunqt.core.plotly_table import PlotlyTable

    if isinstance(part, Polar):
        from rerunqt.qt.adapters.polar_draw import draw_polar

        return draw_polar(plot, part, rect, unit_px, color_of, dark)
    if isinstance(part, PlotlyTable):
        from rerunqt.qt.adapters.table_draw import draw_table

        return draw_table(plot, part, rect, unit_px, dark)
    from rerunqt.qt.adapters.hierarchy_draw import draw_hierarchy

    return draw_hierarchy(plot, part, rect, unit_px, color_of, dark)


def draw_indicator(plot: Any, ind: Indicator, rect: tuple[float, float, float, float], unit_px: float,
                   dark: bool, accent: str) -> list[Any]:
    """Title, gauge (angular or bullet), number and delta inside ``rect`` (view units)."""
    x0, x1, y0, y1 = rect
    w, h = x1 - x0, y1 - y0
    items: list[Any] = []
    text = TEXT[dark]

    def add(item: Any, x: float, y: float) -> None:
        item.setPos(x, y)
        plot.addItem(item)
        items.append(item)

    top = y1
    if ind.title:
        add(text_item(ind.title, text, max(12, h * unit_px * 0.07), (0.5, 0.0)), (x0 + x1) / 2, y1)
        top = y1 - h * 0.12
    number_at, number_px = ((x0 + x1) / 2, (y0 + top) / 2), min(h * unit_px * 0.28, w * unit_px * 0.2)
    if "gauge" in ind.shows and ind.value is not None:
        if ind.gauge == "bullet":
            items += _bullet(plot, ind, (x0 + w * 0.3, x1 - w * 0.03, y0 + h * 0.3, y0 + h * 0.6),
                             dark, accent, unit_px)
            number_at, number_px = (x0 + w * 0.15, y0 + h * 0.45), min(h * unit_px * 0.25, w * unit_px * 0.08)
        else:
            radius = min(w * 0.42, (top - y0) * 0.75)
            cx, cy = (x0 + x1) / 2, y0 + (top - y0 - radius) / 2 + 0.02
            items += _angular(plot, ind, cx, cy, radius, dark, accent, unit_px)
            number_at, number_px = (cx, cy + radius * 0.2), radius * unit_px * 0.32
    delta = ind.delta() if "delta" in ind.shows else None
    if "number" in ind.shows and ind.value is not None:
        shift = number_px / unit_px * 0.35 if delta is not None else 0.0
        add(text_item(ind.number_text(), text, number_px), number_at[0], number_at[1] + shift)
        if delta is not None:
            number_at = (number_at[0], number_at[1] - shift * 1.6)
    if delta is not None:
        _, shown, color = delta
        tint = _qcolor(color, text) if color is not None else QColor(text)
        add(text_item(shown, tint, max(11, number_px * 0.4)), *number_at)
    return items


def _angular(plot: Any, ind: Indicator, cx: float, cy: float, radius: float, dark: bool,
             accent: str, unit_px: float) -> list[Any]:
    """A half ring from the range's start (left) to its end (right), steps, bar and threshold."""
    inner = radius * 0.6
    items: list[Any] = []

    def angle(value: float) -> float:
        return 180.0 - 180.0 * ind.place(value)

    def band(low: float, high: float, color: QColor, thickness: float = 1.0) -> None:
        spare = (radius - inner) * (1 - thickness) / 2
        item = path_item(ring(cx, cy, inner + spare, radius - spare, angle(high), angle(low)), color)
        plot.addItem(item)
        items.append(item)

    band(*ind.range, QColor(GRID[dark]))
    for low, high, color in ind.steps:
        band(low, high, _qcolor(color, GRID[dark]))
    band(ind.range[0], float(ind.value or 0), _qcolor(ind.bar_color, accent), ind.bar_thickness)
    if ind.threshold is not None:
        at, color, width, thickness = ind.threshold
        a = math.radians(angle(at))
        spare = (radius - inner) * (1 - thickness) / 2
        line = pg.PlotDataItem([cx + (inner + spare) * math.cos(a), cx + (radius - spare) * math.cos(a)],
                               [cy + (inner + spare) * math.sin(a), cy + (radius - spare) * math.sin(a)],
                               pen=pg.mkPen(_qcolor(color, "red"), width=width))
        plot.addItem(line)
        items.append(line)
    for tick in nice_ticks(*ind.range, 5):
        a = math.radians(angle(tick))
        label = text_item(f"{tick:g}", TEXT[dark], 11,
                          (0.5 - 0.5 * math.cos(a), 0.5 + 0.5 * math.sin(a)))
        label.setPos(cx + radius * 1.04 * math.cos(a), cy + radius * 1.04 * math.sin(a))
        plot.addItem(label)
        items.append(label)
    return items


def _bullet(plot: Any, ind: Indicator, rect: tuple[float, float, float, float], dark: bool, accent: str,
            unit_px: float) -> list[Any]:
    """A horizontal track with its steps, the bar up to the value, and the threshold line."""
    x0, x1, y0, y1 = rect
    items: list[Any] = []

    def at(value: float) -> float:
        return x0 + (x1 - x0) * ind.place(value)

    def block(low: float, high: float, color: QColor, thickness: float = 1.0) -> None:
        spare = (y1 - y0) * (1 - thickness) / 2
        item = path_item([(at(low), y0 + spare), (at(high), y0 + spare), (at(high), y1 - spare),
                          (at(low), y1 - spare)], color)
        plot.addItem(item)
        items.append(item)

    block(*ind.range, QColor(GRID[dark]))
    for low, high, color in ind.steps:
        block(low, high, _qcolor(color, GRID[dark]))
    block(ind.range[0], float(ind.value or 0), _qcolor(ind.bar_color, accent), min(ind.bar_thickness, 0.4)
          if ind.bar_thickness >= 1 else ind.bar_thickness)
    if ind.threshold is not None:
        value, color, width, _ = ind.threshold
        line = pg.PlotDataItem([at(value), at(value)], [y0, y1],
                               pen=pg.mkPen(_qcolor(color, "red"), width=width))
        plot.addItem(line)
        items.append(line)
    for tick in nice_ticks(*ind.range, 5):
        label = text_item(f"{tick:g}", TEXT[dark], 11, (0.5, 0.0))
        label.setPos(at(tick), y0 - 4 / max(unit_px, 1))
        plot.addItem(label)
        items.append(label)
    return items


__all__ = ["DomainLayout", "draw_indicator"]
