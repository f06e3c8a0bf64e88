"""One Vega-Lite layer as a ``Mark``: rows split into series, placed, stacked, sized.

Vega-Lite's defaults are kept: bars and areas split by colour stack (``stack: null``
overlaps them, ``xOffset`` sets them side by side), a line is drawn in x order, a
bar on a category or binned axis fills most of its band, and point sizes are areas.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from rerunqt.core.chart_data import Series, stack
from rerunqt.core.d3_time import time_formatter
from rerunqt.core.vega_channels import Channel
from rerunqt.core.vega_data import numbers
from rerunqt.core.vega_plot import Axis, Mark, MarkSeries
from rerunqt.core.vega_spec import Layer
from rerunqt.core.vega_symbols import SHAPE_NAMES, discrete_keys, label, style

_SHAPES = {"circle": "o", "square": "s", "point": "o"}
_OPACITY = {"point": 0.7, "area": 0.7}
CONTINUOUS_BAND = 5.0  # Vega-Lite's bar width and scale padding on a continuous axis, pixels


def _coords(channel: Channel | None, axis: Axis, count: int) -> np.ndarray | None:
    """The channel's values as positions on ``axis`` (NaN where missing)."""
    if channel is None:
        return None
    if axis.kind == "category":
        where = {label: i for i, label in enumerate(axis.labels)}
        return np.array([where.get(_text(v), math.nan) for v in channel.values], dtype=np.float64)
    values = numbers(channel.values)
    if channel.bin_step is not None:
        values = values + channel.bin_step / 2  # a bin is drawn at its middle
    return values


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _format(channel: Channel, value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if channel.type == "temporal" and isinstance(value, (int, float)):  # Vega-Lite's timeFormat
        given = channel.spec.get("format")
        return time_formatter(given if isinstance(given, str) and given else "%b %d, %Y")(float(value))
    given = channel.spec.get("format")
    if isinstance(given, str) and given and isinstance(value, (int, float)) and not isinstance(value, bool):
        from rerunqt.core.d3_format import formatter  # Vega-Lite's d3 number format (".1f", ",.0%")

        try:
            return formatter(given)(float(value))
        except (ValueError, KeyError):
            pass
    if isinstance(value, float):
        return f"{value:,.6g}"
    return str(value)


def _horizontal(kind: str, x: Channel | None, y: Channel | None) -> bool:
    """Bars run along x when y holds the categories (or when only x is aggregated)."""
    if kind not in ("bar", "tick"):
        return False
    if x is None or y is None:
        return kind == "bar" and x is not None
    if y.discrete and not x.discrete:
        return True
    if x.discrete or x.bin_step is not None or x.type == "temporal":
        return False
    return bool(x.spec.get("aggregate")) and not y.spec.get("aggregate")


def _groups(channels: dict[str, Channel], count: int) -> dict[tuple[str, ...], list[int]]:
    """Row numbers per series: by colour, shape, size, opacity, strokeDash and detail values
    (a field once), in first-seen order."""
    splitting: list[Channel] = []
    for name, c in channels.items():
        if name in ("color", "size", "opacity", "strokeDash", "shape", "detail") and c.discrete \
                and not c.constant and all(c.spec.get("field") != s.spec.get("field") for s in splitting):
            splitting.append(c)
    groups: dict[tuple[str, ...], list[int]] = {}
    for row in range(count):
        key = tuple(_text(c.values[row]) if c.values[row] is not None else "" for c in splitting)
        groups.setdefault(key, []).append(row)
    return groups


def _stack_mode(kind: str, value: Channel | None, split: bool, channels: dict[str, Channel]) -> Any:
    """chart_data.stack's mode, or False for no stacking."""
    if kind not in ("bar", "area") or value is None or "xOffset" in channels or "yOffset" in channels:
        return False
    mode = value.spec.get("stack", "default")
    if mode == "default":
        return None if split and not value.discrete else False
    if mode in (True, "zero"):
        return None
    return mode if mode in ("normalize", "center") else False


def _thickness(positions: np.ndarray, axis: Axis, channel: Channel | None) -> float:
    if axis.kind == "category":
        return 0.8
    if channel is not None and channel.bin_step is not None:
        return channel.bin_step * 0.94
    grid = np.unique(positions[np.isfinite(positions)])
    gaps = np.diff(grid)
    if len(gaps) and gaps.min() > 0:
        return float(gaps.min()) * 0.8
    return 0.8 if axis.kind == "number" else 86400 * 0.8  # one value: a day wide on a time axis


def draw_mark(layer: Layer, channels: dict[str, Channel], x_axis: Axis, y_axis: Axis,
              domain: tuple[str, ...], colors: tuple[str, ...]) -> Mark | None:
    """The layer's ``Mark``, or None (with a note) when it has nothing to place."""
    kind = {"circle": "point", "square": "point", "trail": "line"}.get(layer.mark, layer.mark)
    count = len(next(iter(channels.values())).values) if channels else 0
    if channels and all(c.constant for c in channels.values()):
        count = min(count, 1)  # a rule at a datum: one rule, not one per row
    xc, yc = channels.get("x"), channels.get("y")
    x, y = _coords(xc, x_axis, count), _coords(yc, y_axis, count)
    if x is None and y is None and kind != "rule":
        layer.notes.append(f"a {layer.mark} mark without x or y")
        return None
    horizontal = _horizontal(kind, xc, yc)
    if x is None:
        x = np.full(count, math.nan) if kind == "rule" else np.zeros(count)
    if y is None:
        y = np.full(count, math.nan) if kind == "rule" else np.zeros(count)
    position, value = (y, x) if horizontal else (x, y)
    value_channel = xc if horizontal else yc
    groups = _groups(channels, count)
    color = channels.get("color")
    if color is not None and color.discrete and not color.constant:  # stack and legend in domain order
        rank = {label: i for i, label in enumerate(domain)}
        groups = dict(sorted(groups.items(), key=lambda item: rank.get(item[0][0], len(rank))))
    split = len(groups) > 1 or (color is not None and color.discrete and not color.constant)
    mode = _stack_mode(kind, value_channel, split, channels)
    fixed = _fixed_color(layer, color)
    out: list[MarkSeries] = []
    shades = _shades(kind, color, layer)
    built = [Series(_name(key, channels, value_channel), position[rows], value[rows])
             for key, rows in groups.items()]
    layers = stack(built, mode) if mode is not False else [(s.x, None, s.y) for s in built]
    offsets = _offsets(channels, horizontal)
    thickness = _thickness(position, y_axis if horizontal else x_axis,
                           yc if horizontal else xc) if kind == "bar" else 0.8
    for (key, rows), series, (at, lower, upper) in zip(groups.items(), built, layers):
        _label, index, explicit = series_colour(key, color, domain, colors, fixed)
        if offsets is not None:
            slots, names = offsets
            at = at + np.array([-thickness / 2 + thickness / len(slots) * (slots.index(names[r]) + 0.5)
                                for r in rows])
        order = np.argsort(at, kind="stable") if kind in ("line", "area") else None
        px, py = (upper, at) if horizontal else (at, upper)
        made = MarkSeries(series.name, index, px, py, explicit)
        if kind in ("bar", "area"):
            made.base = lower if lower is not None else _base(kind, channels, horizontal, rows)
        made.tips = _tips(channels, rows, at if lower is not None else None, position[rows])
        if order is not None and lower is None:
            _reorder(made, order)
        made.size = _size(channels.get("size"), rows, layer.props)
        made.x2, made.y2 = _ends(kind, channels, x_axis, y_axis, rows, count)
        if shades is not None:
            made.shades = shades[rows]
        _keyed(made, channels, rows[0])
        out.append(made)
    if offsets is not None:
        thickness /= len(offsets[0])
    mark = _mark(kind, layer, tuple(out), horizontal, thickness, channels)
    if kind == "bar" and offsets is None:
        mark.band = _band(yc if horizontal else xc, y_axis if horizontal else x_axis, layer.props)
    return mark


def _keyed(made: MarkSeries, channels: dict[str, Channel], row: int) -> None:
    """A series' shape, size, opacity and dash from its category on those channels."""
    for name, channel in discrete_keys(channels).items():
        value = style(name, channel, label(channel.values[row]))
        if name == "shape":
            made.symbol = value
        elif name == "size":
            made.size = value
        elif name == "opacity":
            made.alpha = value
        else:
            made.dash = None if value == (1.0, 0.0) else value


def _band(channel: Channel | None, axis: Axis, props: dict[str, Any]) -> float | None:
    """Vega-Lite's bar width in pixels on a continuous, unbinned axis without a time unit:
    the mark's ``size``, else ``continuousBandSize`` (5)."""
    if channel is None or axis.kind == "category" or channel.bin_step is not None \
            or channel.spec.get("timeUnit"):
        return None
    size = props.get("size")
    return float(size) if isinstance(size, (int, float)) and size > 0 else CONTINUOUS_BAND


def _shades(kind: str, color: Channel | None, layer: Layer) -> np.ndarray | None:
    """A colour by a number: each mark's place (0..1) on the colour scale; points, ticks and
    rects only."""
    if color is None or color.discrete or color.constant:
        return None
    if kind not in ("point", "tick", "rect"):
        layer.notes.append(f"colour by the number {color.title!r} on {layer.mark} marks (one colour used)")
        return None
    values = numbers(color.values)
    domain = (color.spec.get("scale") or {}).get("domain")
    finite = values[np.isfinite(values)]
    low, high = (float(domain[0]), float(domain[1])) if isinstance(domain, list) and len(domain) == 2 \
        else ((float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0))
    return np.clip((values - low) / ((high - low) or 1.0), 0.0, 1.0)


def _name(key: tuple[str, ...], channels: dict[str, Channel], value: Channel | None) -> str:
    if key and any(key):
        return ", ".join(k for k in key if k)
    return value.title if value is not None else ""


def series_colour(key: tuple[Any, ...], color: Channel | None, domain: tuple[str, ...],
                  colors: tuple[str, ...], fixed: str | None) -> tuple[str, int, str | None]:
    """A group's legend label, its place in the colour domain, and its colour: the mark's
    fixed colour, else the scale's colour for a label of the domain, else None (the theme's)."""
    label = key[0] if key and color is not None and color.discrete else ""
    index = domain.index(label) if label in domain else 0
    return label, index, fixed or (colors[index % len(colors)] if colors and label in domain else None)


def _fixed_color(layer: Layer, color: Channel | None) -> str | None:
    if color is not None and color.constant and isinstance(color.values[0] if color.values else None, str):
        return str(color.values[0])
    value = layer.props.get("color") or layer.props.get("fill")
    return str(value) if isinstance(value, str) else None


def _offsets(channels: dict[str, Channel], horizontal: bool) -> tuple[list[str], list[str]] | None:
    channel = channels.get("yOffset" if horizontal else "xOffset")
    if channel is None:
        return None
    names = [_text(v) for v in channel.values]
    return sorted(set(names)), names


def _base(kind: str, channels: dict[str, Channel], horizontal: bool, rows: list[int]) -> np.ndarray:
    """Bars and areas start at 0, or at y2/x2 when the encoding gives it."""
    other = channels.get("x2" if horizontal else "y2")
    if other is not None and not other.discrete:
        return np.array([other.values[r] if isinstance(other.values[r], (int, float)) else 0.0
                         for r in rows], dtype=np.float64)
    return np.zeros(len(rows))


def _ends(kind: str, channels: dict[str, Channel], x_axis: Axis, y_axis: Axis, rows: list[int],
          count: int) -> tuple[np.ndarray | None, np.ndarray | None]:
    """A rule's other end (x2, y2) where given; NaN where the rule spans the whole plot."""
    if kind != "rule":
        return None, None
    x2, y2 = _coords(channels.get("x2"), x_axis, count), _coords(channels.get("y2"), y_axis, count)
    return (None if x2 is None else x2[rows]), (None if y2 is None else y2[rows])


def _tips(channels: dict[str, Channel], rows: list[int], grid: np.ndarray | None,
          at: np.ndarray) -> tuple[tuple[str, np.ndarray], ...]:
    """Tooltip texts per drawn point (on a stack's grid when stacked)."""
    tips = [c for name, c in channels.items() if name.startswith("tooltip")]
    out = []
    for channel in tips:
        texts = np.array([_format(channel, channel.values[r]) for r in rows], dtype=object)
        if grid is not None:
            placed = np.full(len(grid), "", dtype=object)
            placed[np.searchsorted(grid, at)] = texts
            texts = placed
        out.append((channel.title, texts))
    return tuple(out)


def _reorder(series: MarkSeries, order: np.ndarray) -> None:
    series.x, series.y = series.x[order], series.y[order]
    if series.base is not None:
        series.base = series.base[order]
    series.tips = tuple((title, texts[order]) for title, texts in series.tips)


def _size(channel: Channel | None, rows: list[int], props: dict[str, Any]) -> np.ndarray | float | None:
    """Point areas in square pixels: Vega-Lite's size scale (zero based, up to 361), or a value."""
    if channel is not None and channel.constant and isinstance(channel.values[0], (int, float)):
        return float(channel.values[0])
    if channel is not None and not channel.discrete and not channel.constant:
        values = np.array([v if isinstance(v, (int, float)) else math.nan for v in channel.values],
                          dtype=np.float64)
        finite = values[np.isfinite(values)]
        low = min(0.0, float(finite.min())) if finite.size else 0.0
        high = max(0.0, float(finite.max())) if finite.size else 1.0
        return 9 + 352 * (np.nan_to_num(values[rows], nan=low) - low) / ((high - low) or 1.0)
    size = props.get("size")
    return float(size) if isinstance(size, (int, float)) else None


def _mark(kind: str, layer: Layer, series: tuple[MarkSeries, ...], horizontal: bool,
          thickness: float, channels: dict[str, Channel]) -> Mark:
    props = layer.props
    opacity = props.get("opacity")
    given = channels.get("opacity")
    if given is not None and given.constant and isinstance(given.values[0], (int, float)):
        opacity = given.values[0]
    elif given is not None and not given.constant and not given.discrete:
        layer.notes.append("opacity by a number")
    if not isinstance(opacity, (int, float)):
        opacity = _OPACITY.get(kind)
    shape = SHAPE_NAMES.get(str(props.get("shape")), _SHAPES.get(layer.mark, "o"))
    if kind == "tick":
        y = channels.get("y")
        shape = "|" if y is None or y.discrete else "_"
    if kind == "line":
        shape = "o" if props.get("point") else ""
    given_shape = channels.get("shape")
    if given_shape is not None and given_shape.constant and isinstance(given_shape.values[0], str):
        shape = SHAPE_NAMES.get(given_shape.values[0], shape)
    elif given_shape is not None and not given_shape.discrete:
        layer.notes.append("shape encoding")
    filled = bool(props.get("filled", layer.mark != "point"))
    dash = props.get("strokeDash")
    width = props.get("strokeWidth", 2.0 if kind == "line" else 1.0)
    mark = Mark(kind, series, horizontal, thickness, opacity, filled, shape, float(width),
                tuple(float(d) for d in dash) if isinstance(dash, list) else None)
    if kind in ("line", "area") and props.get("interpolate") in ("step", "step-after", "step-before"):
        mark.step = str(props["interpolate"])
    if kind == "tick":  # mark_tick(size=36, thickness=2): the tick's length and width in pixels
        mark.style = tuple((k, float(props[k])) for k in ("size", "thickness")
                           if isinstance(props.get(k), (int, float)) and props[k] > 0)
    return mark


__all__ = ["CONTINUOUS_BAND", "draw_mark"]
