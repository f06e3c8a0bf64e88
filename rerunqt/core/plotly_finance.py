"""Plotly's finance traces as the shapes plotly draws, so the Qt side needs nothing new:

- candlestick: a box per period from open to close, filled in a half-transparent colour and
  outlined, with wicks down to the low and up to the high; rising periods in one colour,
  falling ones in another (one bar trace, a colour per bar, and a line trace per direction);
- ohlc: a line from the low to the high per period, the open ticked left, the close right;
- waterfall: each step a bar from the running total to the new one (``measure`` "relative",
  "absolute" or "total"), rising, falling and total bars in plotly's three colours, and the
  connector line from each bar's end to the next bar.

It exists so a stock chart or a profit-and-loss bridge is drawn instead of a "Not drawn
natively" note.
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


def _prices(spec: Mapping[str, Any], x_axis: Axis,
            y_axis: Axis) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, float] | None:
    """Candlestick's and OHLC's common reading: the periods' x positions, the open, high,
    low and close positions (cut to the shortest series), and the closest periods'
    distance (a day on a date axis with one period, else 1). None without all four series."""
    values = [pv.array(spec.get(name)) for name in ("open", "high", "low", "close")]
    count = min((len(v) for v in values if v is not None), default=0)
    if count == 0 or any(v is None for v in values):
        return None
    opens, highs, lows, closes = (y_axis.positions(v[:count], count).astype(np.float64)
                                  for v in values if v is not None)
    x = pv.array(spec.get("x"))
    at = x_axis.positions(x[:count], count).astype(np.float64) if x is not None \
        else np.arange(count, dtype=np.float64)
    gaps = np.diff(np.unique(at[np.isfinite(at)]))
    period = float(gaps.min()) if len(gaps) else (86_400.0 if x_axis.kind == "date" else 1.0)
    return at, opens, highs, lows, closes, period


def candlestick(spec: Mapping[str, Any], index: int, x_axis: Axis, y_axis: Axis) -> list[Trace]:
    """The body (a bar trace) and, per direction, the outlines and wicks (line traces)."""
    prices = _prices(spec, x_axis, y_axis)
    if prices is None:
        return []
    at, opens, highs, lows, closes, period = prices
    count = len(at)
    width = _BOX * period
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


def ohlc(spec: Mapping[str, Any], index: int, x_axis: Axis, y_axis: Axis) -> list[Trace]:
    """Plotly's OHLC bars: a line from the low to the high with the open ticked to the left
    and the close to the right (``tickwidth``, 0.3 of the closest periods' distance), one
    line trace per direction."""
    prices = _prices(spec, x_axis, y_axis)
    if prices is None:
        return []
    at, opens, highs, lows, closes, period = prices
    tick = float(spec.get("tickwidth", 0.3)) * period
    rising = closes >= opens
    traces = []
    for direction, chosen in (("increasing", rising), ("decreasing", ~rising)):
        if not chosen.any():
            continue
        colour, _, line_width = _direction(spec, direction)
        a, o, h, low, c = at[chosen], opens[chosen], highs[chosen], lows[chosen], closes[chosen]
        gap = np.full(len(a), np.nan)
        xs = np.column_stack((a, a, gap, a - tick, a, gap, a, a + tick, gap)).ravel()
        ys = np.column_stack((low, h, gap, o, o, gap, c, c, gap)).ravel()
        bars = Trace("line", "ohlc", str(spec.get("name") or ""), xs, ys)
        bars.color, bars.line_width, bars.curve = colour, line_width, index
        bars.show_legend = direction == "increasing" and spec.get("showlegend") is not False
        traces.append(bars)
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


_TOTAL = (68, 153, 255, 255)  # #4499FF, totals.marker.color
_CONNECTOR = (68, 68, 68, 255)  # connector.line.color


def waterfall(spec: Mapping[str, Any], index: int, x_axis: Axis, y_axis: Axis) -> list[Trace]:
    """The bars (from the running total before each step to the one after) and connectors."""
    horizontal = spec.get("orientation") == "h"
    where, amount = (spec.get("y"), spec.get("x")) if horizontal else (spec.get("x"), spec.get("y"))
    where_axis = y_axis if horizontal else x_axis
    values = pv.array(amount)
    count = len(values) if values is not None else 0
    if count == 0 or values is None:
        return []
    steps = np.nan_to_num(np.asarray(values, dtype=np.float64))
    labels = pv.array(where)
    at = where_axis.positions(labels[:count], count).astype(np.float64) if labels is not None \
        else np.arange(count, dtype=np.float64)
    given = pv.array(spec.get("measure"))  # a list or a numpy array (no truth value)
    measures = [] if given is None else [str(m) for m in given.tolist()]
    low, high, colours = np.empty(count), np.empty(count), []
    running = 0.0
    for i, step in enumerate(steps.tolist()):
        measure = str(measures[i]) if i < len(measures) else "relative"
        if measure == "total":
            low[i], high[i] = 0.0, running
            colours.append(_colour(spec, "totals", _TOTAL))
            continue
        start = 0.0 if measure == "absolute" else running
        running = step if measure == "absolute" else running + step
        low[i], high[i] = start, running
        colours.append(_colour(spec, "increasing" if running >= start else "decreasing",
                               _RISING if running >= start else _FALLING))
    gaps = np.diff(np.unique(at))
    width = 0.8 * (float(gaps.min()) if len(gaps) else 1.0)
    bars = Trace("bar", "waterfall", str(spec.get("name") or ""), at, high)
    bars.base, bars.width, bars.horizontal, bars.curve = low, width, horizontal, index
    bars.marker_colors = np.array(colours, dtype=np.uint8).reshape(count, 4)
    bars.color = _TOTAL
    bars.show_legend = spec.get("showlegend") is not False
    traces = [bars]
    connector = spec.get("connector") or {}
    if connector.get("visible") is not False and count > 1:
        line = connector.get("line") or {}
        ends = high  # the running total after each step, where the next step starts
        gap = np.full(count - 1, np.nan)
        xs = np.column_stack((at[:-1] + width / 2, at[1:] - width / 2, gap)).ravel()
        ys = np.column_stack((ends[:-1], ends[:-1], gap)).ravel()
        joins = Trace("line", "waterfall", bars.name, *((ys, xs) if horizontal else (xs, ys)))
        joins.color = pv.color(line.get("color")) or _CONNECTOR
        joins.line_width = float(line.get("width", 1))
        joins.dash = str(line.get("dash") or "solid")
        joins.curve, joins.show_legend = index, False
        traces.append(joins)
    return traces


def _colour(spec: Mapping[str, Any], part: str, default: tuple[int, int, int, int]) -> tuple[int, ...]:
    given = pv.color(((spec.get(part) or {}).get("marker") or {}).get("color"))
    return given if isinstance(given, tuple) else default


__all__ = ["candlestick", "ohlc", "waterfall"]
