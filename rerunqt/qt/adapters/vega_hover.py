"""The hover read-out of a Vega-Lite chart: the drawn points it searches, the one nearest
the pointer, and the text it shows (tooltip fields, or position and value)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from rerunqt.core.vega_plot import Axis, Mark, MarkSeries, VegaPlot

if TYPE_CHECKING:
    from rerunqt.qt.adapters.vega_draw import VegaDrawn


class Hit:
    """The points of one drawn series the hover read-out searches."""

    __slots__ = ("at", "axis", "name", "series", "values", "x", "y")

    def __init__(self, name: str, series: MarkSeries, values: np.ndarray, axis: Axis,
                 at: np.ndarray) -> None:
        self.name, self.x, self.y, self.series = name, series.x, series.y, series
        self.values, self.axis, self.at = values, axis, at  # the value shown, and where


def box_hit(s: MarkSeries, mark: Mark, vp: VegaPlot) -> Hit:
    """Boxes are found at their medians; the read-out lists their five numbers."""
    at = np.array([b.position for b in s.boxes], dtype=np.float64)
    medians = np.array([b.median for b in s.boxes], dtype=np.float64)
    shown = MarkSeries(s.name, s.index, medians if mark.horizontal else at,
                       at if mark.horizontal else medians)
    axis = vp.y if mark.horizontal else vp.x
    shown.tips = (("", np.array([f"{axis.text(float(b.position))}  ·  {b.summary()}" for b in s.boxes],
                                dtype=object)),)
    return Hit(s.name, shown, medians, axis, at)


def nearest(drawn: VegaDrawn, x: float, y: float, x_scale: float,
            y_scale: float) -> tuple[Hit, int] | None:
    """The drawn point nearest on screen to (x, y): its series and row, or None."""
    best: tuple[float, Hit, int] | None = None
    for hit in drawn.hits:
        if not len(hit.x):
            continue
        distance = ((hit.x - x) * x_scale) ** 2 + ((hit.y - y) * y_scale) ** 2
        distance = np.where(np.isnan(distance), np.inf, distance)
        i = int(np.argmin(distance))
        if np.isfinite(distance[i]) and (best is None or distance[i] < best[0]):
            best = (float(distance[i]), hit, i)
    return None if best is None else (best[1], best[2])


def describe(hit: Hit, row: int) -> str:
    """The read-out: the tooltip fields when the chart has them, else position and value."""
    if hit.series.tips:
        return "  ·  ".join(f"{title}: {texts[row]}" if title else str(texts[row])
                            for title, texts in hit.series.tips if texts[row] != "")
    name = f"{hit.name}: " if hit.name else ""
    return f"{hit.axis.text(float(hit.at[row]))}  ·  {name}{hit.values[row]:g}".strip()
