"""Plotly's candlestick trace as the shapes plotly draws: a box per period from open to close
filled in a half-transparent colour and outlined, with wicks down to the low and up to the
high; rising periods in one colour, falling ones in another.

It exists so a stock chart (``go.Candlestick``, the most common finance figure) is drawn
instead of a "Not drawn natively" note: the boxes are one bar trace (a colour per bar) and
the outlines and wicks one line trace per direction, so the Qt side needs nothing new.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.plotly_figure import Axis, Trace

# plotly's defaults: increasing.line.color, decreasing.line.color
_RISING = (61, 153, 112, 255)  # #3D9970
_FALLING = (255, 65, 54, 255)  # #FF4136
_BOX = 0.6  # a box's width, as a share of the closest periods' distance


def candlestick(spec: Mapping[str, Any], index: int, x_axis: Axis, y_axis: Axis) -> list[Trace]:
    """The body (a bar trace) and, per direction, the outlines and wicks (line traces)."""
    values = [pv.array(spec.get(name)) for name in ("open", "high", "low", "close")]
    count = min((len(v) for v in values if v is not None), default=0)
    if count == 0 or any(v is None for v in values):
        return []
    opens, highs, lows, closes = (y_axis.positions(v[:count], count).astype(np.float64)
                                  for v in values if v is not None)
    x = pv.array(spec.get("x"))
    at = x_axis.positions(x[:count], count).astype(np.float64) if x is not None \
        else np.arange(count, dtype=np.float64)
    gaps = np.diff(np.unique(at[np.isfinite(at)]))
    width = _BOX * (float(gaps.min()) if len(gaps) else (86_400.0 if x_axis.kind == "date" else 1.0))
    rising = closes >= opens
    line = {direction: _direction(spec, direction) for direction in ("increasing", "decreasing")}
    body = Trace("bar", "candlestick", str(spec.get("name") or ""), at,
                 np.maximum(opens, closes))
    body.base = np.minimum(opens, closes)
    body.width = width
    body.curve = index
    body.color = line["increasing"][0]
    body.marker_colors = np.array([line["increasing" if up else "decreasing"][1] for up in rising],
                                  dtype=np.uint8).reshape(count, 4)
    body.show_legend = spec.get("showlegend") is not False
    traces = [body]
    for direction, chosen in (("increasing", rising), ("decreasing", ~rising)):
        colour, _, line_width = line[direction]
        xs, ys = _outlines(at[chosen], body.base[chosen], body.y[chosen], lows[chosen],
                           highs[chosen], width / 2)
        if len(xs):
            outline = Trace("line", "candlestick", body.name, xs, ys)
            outline.color, outline.line_width, outline.curve = colour, line_width, index
            outline.show_legend = False
            traces.append(outline)
    return traces


def _direction(spec: Mapping[str, Any], direction: str) -> tuple[Any, tuple[int, ...], float]:
    """(line colour, fill RGBA, line width) of rising or falling periods: the spec's, else
    plotly's, the fill half-transparent line colour unless it sets one."""
    given = spec.get(direction) or {}
    line = given.get("line") or {}
    default = _RISING if direction == "increasing" else _FALLING
    colour = pv.color(line.get("color")) or default
    rgba = colour if isinstance(colour, tuple) else default
    fill = pv.color(given.get("fillcolor"))
    fill_rgba = fill if isinstance(fill, tuple) else (rgba[0], rgba[1], rgba[2], rgba[3] // 2)
    return colour, fill_rgba, float(line.get("width", 2))


def _outlines(at: np.ndarray, bottom: np.ndarray, top: np.ndarray, low: np.ndarray,
              high: np.ndarray, half: float) -> tuple[np.ndarray, np.ndarray]:
    """Each box's outline and its two wicks as one polyline, NaN between the pieces."""
    gap = np.full(len(at), np.nan)
    left, right = at - half, at + half
    pieces_x = (at, at, gap, left, right, right, left, left, gap, at, at, gap)
    pieces_y = (low, bottom, gap, bottom, bottom, top, top, bottom, gap, top, high, gap)
    return (np.column_stack(pieces_x).ravel(), np.column_stack(pieces_y).ravel())


__all__ = ["candlestick"]
