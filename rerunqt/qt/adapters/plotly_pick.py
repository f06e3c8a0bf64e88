"""Picking on a drawn plotly figure: the point nearest the mouse, and the rings round the
selected points (each subplot rings its own)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg

from rerunqt.core.plotly_selection import pairs
from rerunqt.qt.adapters.chart_draw import TEXT
from rerunqt.qt.adapters.plotly_draw import DrawnFigure

Found = tuple[float, str, float, float, bool, int, int]


def nearest(drawn: DrawnFigure, x: float, y: float, x_scale: float, y_scale: float,
            curves: frozenset[int] | None = None) -> Found | None:
    """The drawn point nearest to (x, y) on screen: (distance in pixels, trace name, where,
    value, horizontal, curve number, point index); ``curves``: among those traces only."""
    best: Found | None = None
    for name, xs, ys, values, horizontal, curve in drawn.points:
        if not len(xs) or (curves is not None and curve not in curves):
            continue
        distance = ((xs - x) * x_scale) ** 2 + ((ys - y) * y_scale) ** 2
        distance = np.where(np.isnan(distance), np.inf, distance)
        i = int(np.argmin(distance))
        if np.isfinite(distance[i]) and (best is None or distance[i] < best[0]):
            where = float(ys[i] if horizontal else xs[i])
            best = (float(np.sqrt(distance[i])), name, where, float(values[i]), horizontal, curve, i)
    return best


def mark_selected(plot: Any, drawn: DrawnFigure, chosen: Any, dark: bool) -> None:
    """Ring the selected points (curve number, point index) in the text colour."""
    where = {curve: (xs, ys) for _, xs, ys, _, _, curve in drawn.points}
    areas: list[tuple[Any, frozenset[int] | None]] = [*drawn.areas] or [(plot, None)]
    if drawn.marks is None:
        for area, _ in areas:  # each subplot rings its own points
            marks = pg.ScatterPlotItem(pen=pg.mkPen(TEXT[dark], width=2), brush=None, size=14)
            marks.setZValue(10)
            area.addItem(marks, ignoreBounds=True)  # ringing a point does not move the view
            drawn.all_marks.append(marks)
        drawn.marks = drawn.all_marks[0]
    for (_, curves), marks in zip(areas, drawn.all_marks):
        spots = [(float(where[c][0][i]), float(where[c][1][i])) for c, i in pairs(chosen)
                 if c in where and i < len(where[c][0]) and (curves is None or c in curves)]
        marks.setData(pos=spots or np.zeros((0, 2)))


__all__ = ["Found", "mark_selected", "nearest"]
