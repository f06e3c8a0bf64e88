"""Vega-Lite's legends for numbers: a colour gradient's labelled ticks, a size legend (Qt-free).

Vega labels a gradient legend at d3's round ticks of the colour scale's domain (about
``max(2, 2 * floor(length / 100))`` of them: 4 on a 200 px ramp), written as an axis
writes them ("2", "4", "0.5"), and draws a size field as a symbol legend: circles at
d3's round values (about 5) of the size scale's zero-based domain. A size and a colour
on the same field make one legend of sized, coloured circles, as Vega-Lite merges them.
"""

from __future__ import annotations

import math
from typing import Any

from rerunqt.core.axis_ticks import ticks
from rerunqt.core.d3_format import format_span
from rerunqt.core.vega_channels import Channel
from rerunqt.core.vega_data import is_number
from rerunqt.core.vega_schemes import scheme_stops

SIZE_RANGE = (9.0, 361.0)  # point areas in square pixels (Vega-Lite's size scale range)


def _values(channels: list[Channel]) -> list[float]:
    return [float(v) for c in channels for v in c.values if is_number(v) and not math.isnan(float(v))]


def _shown(channel: Channel | None) -> bool:
    """A field (not a constant) whose legend is not turned off (``legend=None``)."""
    if channel is None or channel.constant or channel.discrete:
        return False
    return not ("legend" in channel.spec and not channel.spec["legend"])


def _format(channel: Channel) -> str | None:
    legend = channel.spec.get("legend")
    fmt = legend.get("format") if isinstance(legend, dict) else None
    return fmt if isinstance(fmt, str) else None


def labels(low: float, high: float, count: int, fmt: str | None = None) -> tuple[tuple[float, str], ...]:
    """d3's round ticks from ``low`` to ``high`` (about ``count``), each with its text."""
    values = ticks(low, high, count)
    try:
        write = format_span(low, high, count, fmt)
    except ValueError:  # not a d3-format string: Vega's default
        write = format_span(low, high, count)
    return tuple((v, write(v)) for v in values)


def colour_domain(channels: list[Channel]) -> tuple[float, float] | None:
    """The colour scale's domain: the spec's, else the values' span (no zero, no nice)."""
    domain = (channels[0].spec.get("scale") or {}).get("domain")
    if isinstance(domain, list) and len(domain) == 2 and all(is_number(v) for v in domain):
        return float(domain[0]), float(domain[1])
    values = _values(channels)
    return (min(values), max(values)) if values else None


def size_domain(channels: list[Channel]) -> tuple[float, float] | None:
    """The size scale's domain: the spec's, else the values' span stretched to 0."""
    domain = (channels[0].spec.get("scale") or {}).get("domain")
    if isinstance(domain, list) and len(domain) == 2 and all(is_number(v) for v in domain):
        return float(domain[0]), float(domain[1])
    values = _values(channels)
    return (min(0.0, min(values)), max(0.0, max(values))) if values else None


def area(value: float, low: float, high: float) -> float:
    """A size value's circle area in square pixels (the size scale)."""
    part = min(max((value - low) / ((high - low) or 1.0), 0.0), 1.0)
    return SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * part


class Gradient:
    """A colour by a number's legend: its title, the scale's ends, and the tick format."""

    __slots__ = ("format", "high", "low", "stops", "title")

    def __init__(self, title: str, low: float, high: float, fmt: str | None = None,
                 stops: tuple[str, ...] = ()) -> None:
        self.title, self.low, self.high, self.format, self.stops = title, low, high, fmt, stops

    def key(self) -> tuple[Any, ...]:
        return (self.title, self.low, self.high, self.format, self.stops)

    def ticks(self, length: float) -> tuple[tuple[float, str], ...]:
        """The labelled values along a ramp ``length`` pixels long (Vega's default count)."""
        low, high = sorted((self.low, self.high))
        return labels(low, high, max(2, 2 * math.floor(length / 100)), self.format)


class Sizes:
    """A size field's symbol legend: title and (text, area, colour place or None) per entry."""

    __slots__ = ("entries", "title")

    def __init__(self, title: str, entries: tuple[tuple[str, float, float | None], ...]) -> None:
        self.title, self.entries = title, entries

    def key(self) -> tuple[Any, ...]:
        return (self.title, self.entries)


def legends(read: list[tuple[Any, dict[str, Channel]]]) -> tuple[Gradient | None, Sizes | None]:
    """The chart's gradient legend and size legend (either None when it has none)."""
    colours = [chans["color"] for _, chans in read if _shown(chans.get("color"))]
    sizes = [chans["size"] for _, chans in read if _shown(chans.get("size"))]
    span = colour_domain(colours) if colours else None
    gradient = Gradient(colours[0].title, *span, _format(colours[0]),
                        scheme_stops(colours[0].spec.get("scale"))) if colours and span else None
    size_span = size_domain(sizes) if sizes else None
    if not sizes or size_span is None:
        return gradient, None
    low, high = sorted(size_span)
    # a size and a colour on one field: one legend (Vega-Lite merges them)
    merged = gradient is not None and colours[0].spec.get("field") == sizes[0].spec.get("field")
    entries = []
    for value, text in labels(low, high, 5, _format(sizes[0])):
        place = None
        if merged and gradient is not None:
            place = min(max((value - gradient.low) / ((gradient.high - gradient.low) or 1.0), 0.0), 1.0)
        entries.append((text, area(value, low, high), place))
    return (None if merged else gradient), Sizes(sizes[0].title, tuple(entries))


__all__ = ["SIZE_RANGE", "Gradient", "Sizes", "area", "labels", "legends"]
