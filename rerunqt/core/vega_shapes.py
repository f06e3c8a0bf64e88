"""Vega-Lite's arc, text and boxplot marks as ``Mark`` records (Qt-free).

- ``arc``: ``theta`` stacked into slices in the colour domain's order, clockwise from
  12 o'clock; ``innerRadius`` (a donut) and ``outerRadius`` are pixels, kept as a share
  of the largest radius that fits the chart (Vega-Lite's default outer radius).
- ``text`` with ``theta`` (labels on a pie): at the middle of its slice, ``radius`` pixels
  out. Other text: at x/y, moved ``dx``/``dy`` pixels, aligned as ``align``/``baseline``.
- ``boxplot``: per position (and colour), quartiles as numpy's linear percentiles and
  whiskers at the last values within ``extent`` (1.5) IQR, the rest drawn as outliers;
  ``extent="min-max"`` reaches the extremes.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from rerunqt.core.chart_shapes import BoxStats, Pie, Slice, pie_angles
from rerunqt.core.charts import CHART_HEIGHT
from rerunqt.core.vega_channels import Channel
from rerunqt.core.vega_data import numbers
from rerunqt.core.vega_marks import (
    _coords,
    _fixed_color,
    _format,
    _groups,
    _shades,
    _text,
    series_colour,
)
from rerunqt.core.vega_plot import Axis, Mark, MarkSeries
from rerunqt.core.vega_spec import Layer

SHAPE_MARKS = ("arc", "text", "boxplot", "rect")


def _radius_unit(view: dict[str, Any]) -> float:
    """Vega-Lite's default outer radius in pixels: half the smaller side of the view."""
    sides = [v for v in (view.get("width"), view.get("height")) if isinstance(v, (int, float)) and v > 0]
    return (min(sides) if sides else CHART_HEIGHT) / 2


def _slices(channels: dict[str, Channel], domain: tuple[str, ...],
            colors: tuple[str, ...]) -> tuple[list[int], list[float], list[tuple[float, float]], list[str]]:
    """Rows in stack order, their values, (start, end) angles and colour labels."""
    theta = channels["theta"]
    values = np.nan_to_num(numbers(theta.values), nan=0.0)
    values = np.where(values > 0, values, 0.0)
    color = channels.get("color")
    labels = [_text(v) if color is not None and color.discrete and v is not None else ""
              for v in (color.values if color is not None else [None] * len(values))]
    order = list(range(len(values)))
    if color is not None and color.discrete and not color.constant:
        rank = {label: i for i, label in enumerate(domain)}
        order.sort(key=lambda r: rank.get(labels[r], len(rank)))
    angles = pie_angles([float(values[r]) for r in order], True) if order else []
    return order, [float(values[r]) for r in order], angles, labels


def arc_mark(layer: Layer, channels: dict[str, Channel], domain: tuple[str, ...],
             colors: tuple[str, ...], view: dict[str, Any]) -> Mark | None:
    """A pie (or donut) from an arc layer; None (noted) without a ``theta`` channel."""
    if "theta" not in channels:
        layer.notes.append("an arc mark without theta")
        return None
    if "radius" in channels and not channels["radius"].constant:
        layer.notes.append("radius encoding (slices drawn at one radius)")
    order, values, angles, labels = _slices(channels, domain, colors)
    unit = _radius_unit(view)
    props = layer.props
    outer = float(props["outerRadius"]) / unit if isinstance(props.get("outerRadius"), (int, float)) else 1.0
    inner = float(props["innerRadius"]) / unit if isinstance(props.get("innerRadius"), (int, float)) else 0.0
    total = sum(values) or 1.0
    color = channels.get("color")
    fixed = _fixed_color(layer, color)
    categories = color is not None and color.discrete and not color.constant
    slices = []
    series = []
    for row, value, (start, end) in zip(order, values, angles):
        label = labels[row]
        known = categories and label in domain
        index = domain.index(label) if known else row
        # a slice is named by its colour category ("" too); without a colour field, by its value
        piece = Slice(label if categories else _format(channels["theta"], value), value, start, end,
                      value / total, index)
        explicit = fixed or (colors[index % len(colors)] if colors and known else None)
        piece.color = explicit
        slices.append(piece)
        mid = math.radians((start + end) / 2)
        made = MarkSeries(label, index, np.array([math.cos(mid) * outer]),
                          np.array([math.sin(mid) * outer]), explicit)
        made.tips = tuple((c.title, np.array([_format(c, c.values[row])], dtype=object))
                          for name, c in channels.items() if name.startswith("tooltip"))
        series.append(made)
    mark = Mark("arc", tuple(series), opacity=props.get("opacity"))
    mark.pie = Pie(slices, min(inner / outer, 0.95) if outer else 0.0, min(outer, 1.5))
    mark.pie.text_inside = False
    mark.pie.in_legend = categories
    return mark


def _style(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    size = props.get("size", props.get("fontSize", 11))
    return (("dx", float(props.get("dx", 0))), ("dy", float(props.get("dy", 0))),
            ("align", str(props.get("align", "center"))),
            ("baseline", str(props.get("baseline", "middle"))),
            ("size", float(size) if isinstance(size, (int, float)) else 11.0),
            ("angle", float(props.get("angle", 0))))


def _texts(channels: dict[str, Channel], layer: Layer, rows: list[int]) -> tuple[str, ...]:
    channel = channels.get("text")
    if channel is None:
        value = layer.props.get("text")
        return tuple("" if value is None else str(value) for _ in rows)
    return tuple(_format(channel, channel.values[r]) for r in rows)


def text_mark(layer: Layer, channels: dict[str, Channel], x_axis: Axis, y_axis: Axis,
              domain: tuple[str, ...], colors: tuple[str, ...], view: dict[str, Any]) -> Mark | None:
    """Text at x/y (or round a pie by theta), one series per colour."""
    count = len(next(iter(channels.values())).values) if channels else 0
    polar = "theta" in channels
    if polar:
        order, _, angles, _ = _slices(channels, domain, colors)
        radius = layer.props.get("radius")
        unit = float(radius) / _radius_unit(view) if isinstance(radius, (int, float)) else 0.0
        x = np.full(count, math.nan)
        y = np.full(count, math.nan)
        for row, (start, end) in zip(order, angles):
            mid = math.radians((start + end) / 2)
            x[row], y[row] = math.cos(mid) * unit, math.sin(mid) * unit
    else:
        xs, ys = _coords(channels.get("x"), x_axis, count), _coords(channels.get("y"), y_axis, count)
        # no x (or y) channel: Vega-Lite's "mid", the plot's middle (placed by the window),
        # NaN here so it is outside the scale's domain
        x = xs if xs is not None else np.full(count, math.nan)
        y = ys if ys is not None else np.full(count, math.nan)
    color = channels.get("color")
    fixed = _fixed_color(layer, color)
    series = []
    for key, rows in _groups(channels, count).items():
        label, index, explicit = series_colour(key, color, domain, colors, fixed)
        made = MarkSeries(label, index, x[rows], y[rows], explicit)
        made.texts = _texts(channels, layer, rows)
        series.append(made)
    mark = Mark("text", tuple(series), opacity=layer.props.get("opacity"))
    mark.polar = polar
    mark.style = _style(layer.props)
    # without a colour, text is the theme's text colour (not the palette's first colour)
    mark.filled = color is not None or fixed is not None
    return mark


def rect_mark(layer: Layer, channels: dict[str, Channel], x_axis: Axis, y_axis: Axis,
              domain: tuple[str, ...], colors: tuple[str, ...]) -> Mark | None:
    """A heatmap's cells (``mark_rect`` on two discrete axes): one whole band each way, as
    Vega-Lite's rect band padding of 0 draws them, coloured by ``color``."""
    xc, yc = channels.get("x"), channels.get("y")
    if xc is None or yc is None or x_axis.kind != "category" or y_axis.kind != "category":
        layer.notes.append("'rect' marks")  # on a continuous axis: not yet drawn
        return None
    count = len(xc.values)
    x, y = _coords(xc, x_axis, count), _coords(yc, y_axis, count)
    assert x is not None and y is not None
    color = channels.get("color")
    shades = _shades("rect", color, layer)
    fixed = _fixed_color(layer, color)
    series = []
    for key, rows in _groups(channels, count).items():
        label, index, explicit = series_colour(key, color, domain, colors, fixed)
        made = MarkSeries(label, index, x[rows], y[rows], explicit)
        made.shades = shades[rows] if shades is not None else None
        series.append(made)
    return Mark("rect", tuple(series), opacity=layer.props.get("opacity"))


def boxplot_mark(layer: Layer, channels: dict[str, Channel], x_axis: Axis, y_axis: Axis,
                 domain: tuple[str, ...], colors: tuple[str, ...]) -> Mark | None:
    """Boxes per position (and colour); horizontal when x holds the numbers and y the groups."""
    xc, yc = channels.get("x"), channels.get("y")
    horizontal = (xc is not None and not xc.discrete) and (yc is None or yc.discrete)
    value_channel, where_channel = (xc, yc) if horizontal else (yc, xc)
    if value_channel is None or value_channel.discrete:
        layer.notes.append("a boxplot without a quantitative x or y")
        return None
    count = len(value_channel.values)
    values = numbers(value_channel.values)
    where = _coords(where_channel, y_axis if horizontal else x_axis, count) \
        if where_channel is not None else np.zeros(count)
    assert where is not None
    extent = layer.props.get("extent", 1.5)
    whisker = None if extent == "min-max" else float(extent) if isinstance(extent, (int, float)) else 1.5
    color = channels.get("color")
    fixed = _fixed_color(layer, color)
    series = []
    for key, rows in _groups(channels, count).items():
        label, index, explicit = series_colour(key, color, domain, colors, fixed)
        boxes = []
        picked = np.array(rows, dtype=np.int64)
        for at in dict.fromkeys(where[picked].tolist()):
            if isinstance(at, float) and math.isnan(at):
                continue
            group = values[picked[where[picked] == at]]
            boxes.append(BoxStats(float(at), group, whisker))
        positions = np.array([b.position for b in boxes], dtype=np.float64)
        low = np.array([min([b.lower, *b.points.tolist()]) for b in boxes], dtype=np.float64)
        high = np.array([max([b.upper, *b.points.tolist()]) for b in boxes], dtype=np.float64)
        made = MarkSeries(label or value_channel.title, index, low if horizontal else positions,
                          positions if horizontal else low, explicit)
        if horizontal:
            made.x2 = high
        else:
            made.y2 = high
        made.boxes = tuple(boxes)
        series.append(made)
    size = layer.props.get("size")
    return Mark("boxplot", tuple(series), horizontal, 0.5 if not isinstance(size, (int, float))
                else min(float(size) / 40, 0.9), layer.props.get("opacity"))


__all__ = ["SHAPE_MARKS", "arc_mark", "boxplot_mark", "rect_mark", "text_mark"]
