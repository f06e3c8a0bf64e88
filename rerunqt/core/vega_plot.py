"""What a translated Vega-Lite chart draws: axes and marks in plot coordinates (Qt-free).

``VegaPlot`` is the element's ``data`` prop. Its equality is a cheap fingerprint (the
same as the built-in charts'), so a rerun with an unchanged chart keeps the plot as
it is. The Qt adapter (qt/adapters/vega.py) only draws what is here: every stack, bin
and aggregate is already computed.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from rerunqt.core.chart_data import fingerprint
from rerunqt.core.chart_shapes import BoxStats, Pie
from rerunqt.core.vega_legends import Gradient, Sizes
from rerunqt.core.vega_symbols import Symbols


class Axis:
    """One axis: "number", "datetime" (seconds) or "category" (positions into ``labels``).
    ``format`` is the axis' d3 format ("$,.2f", "%b %Y"), ``min_step`` its tickMinStep;
    ``zero``, ``nice`` (True, False or a tick count) and ``bounds`` (domainMin, domainMax)
    are its scale's, for ``scale_domain.domain``. ``shown``: "all", "no values"
    (``axis=alt.Axis(labels=False)``) or "none" (``axis=None``: no axis at all). ``ticks``:
    the axis' own tick values (``alt.Axis(values=[...])``), the only ticks Vega draws."""

    __slots__ = ("bounds", "domain", "format", "kind", "labels", "log", "min_step", "nice", "shown",
                 "ticks", "title", "zero")

    def __init__(self, kind: str, labels: tuple[str, ...] = (), title: str = "",
                 log: bool = False, domain: tuple[float, float] | None = None,
                 zero: bool = False, format: str | None = None,
                 min_step: float | None = None, nice: bool | int = False,
                 bounds: tuple[float | None, float | None] = (None, None)) -> None:
        self.kind = kind
        self.labels = labels
        self.title = title
        self.log = log
        self.domain = domain
        self.zero = zero
        self.format = format
        self.min_step = min_step
        self.nice = nice
        self.bounds = bounds
        self.shown = "all"
        self.ticks: tuple[float, ...] = ()

    def key(self) -> tuple[Any, ...]:
        return (self.kind, self.labels, self.title, self.log, self.domain, self.zero, self.format,
                self.min_step, self.nice, self.bounds, self.shown, self.ticks)

    def text(self, value: float) -> str:
        """A position on this axis as the user reads it."""
        if self.kind == "category":
            at = round(value)
            return self.labels[at] if 0 <= at < len(self.labels) else ""
        if self.kind == "datetime":
            from datetime import datetime, timezone

            moment = datetime.fromtimestamp(value, tz=timezone.utc)
            return moment.strftime("%Y-%m-%d" if value % 86400 == 0 else "%Y-%m-%d %H:%M:%S")
        return f"{value:g}"


class MarkSeries:
    """One series of a mark: positions, the bottom of bars and areas, sizes, tooltip texts.

    ``color`` is an explicit colour (scale range, a value) or None for the theme's
    palette colour number ``index``.
    """

    __slots__ = ("alpha", "base", "boxes", "color", "dash", "index", "name", "shades", "size", "symbol",
                 "texts", "tips", "x", "x2", "y", "y2")

    def __init__(self, name: str, index: int, x: np.ndarray, y: np.ndarray,
                 color: str | None = None) -> None:
        self.name = name
        self.index = index
        self.x = x
        self.y = y
        self.color = color
        self.base: np.ndarray | None = None
        self.size: np.ndarray | float | None = None
        self.x2: np.ndarray | None = None
        self.y2: np.ndarray | None = None
        self.tips: tuple[tuple[str, np.ndarray], ...] = ()
        self.dash: tuple[float, ...] | None = None
        self.shades: np.ndarray | None = None  # 0..1 per point: a colour by a number
        self.texts: tuple[str, ...] = ()  # text marks: one text per point
        self.boxes: tuple[BoxStats, ...] = ()  # boxplot marks: one box per position
        self.symbol: str | None = None  # a shape field's shape for this series (else the mark's)
        self.alpha: float | None = None  # an opacity field's opacity (else the mark's)

    def key(self) -> tuple[Any, ...]:
        size = fingerprint(self.size) if isinstance(self.size, np.ndarray) else self.size
        arrays = (self.x, self.y, self.base, self.x2, self.y2, self.shades)
        return (self.name, self.index, self.color, self.dash, size, self.symbol, self.alpha,
                tuple(fingerprint(a) for a in arrays),
                tuple((title, fingerprint(v)) for title, v in self.tips), self.texts,
                tuple(b.key() for b in self.boxes))

    def __repr__(self) -> str:
        return f"MarkSeries({self.name!r}, {len(self.x)} points)"


def stepped(x: np.ndarray, y: np.ndarray, step: str) -> tuple[np.ndarray, np.ndarray]:
    """The corners of a stepped line through (x, y), as d3's curves: "step-after" runs level to
    the next x, then up or down; "step-before" the other way round; "step" turns midway."""
    if len(x) < 2:
        return x, y
    if step == "step":
        middle = (x[:-1] + x[1:]) / 2
        xs = np.column_stack([middle, middle]).ravel()
        ys = np.column_stack([y[:-1], y[1:]]).ravel()
        return np.concatenate([x[:1], xs, x[-1:]]), np.concatenate([y[:1], ys, y[-1:]])
    if step == "step-after":
        xs, ys = np.column_stack([x[:-1], x[1:]]).ravel(), np.column_stack([y[:-1], y[:-1]]).ravel()
    else:
        xs, ys = np.column_stack([x[:-1], x[:-1]]).ravel(), np.column_stack([y[:-1], y[1:]]).ravel()
    return np.concatenate([xs, x[-1:]]), np.concatenate([ys, y[-1:]])


class Mark:
    """One layer: its kind (line, area, bar, point, rule, tick, text, boxplot, arc), series
    and look. An arc mark's slices are its ``pie``; a text mark placed by ``theta`` (labels
    on a pie) has its points in radius units around the pie's centre (``polar``); ``style``
    holds a text mark's dx, dy, align, baseline, size and angle."""

    __slots__ = ("band", "dash", "filled", "horizontal", "keyed", "kind", "opacity", "pie", "polar", "series",
                 "shape", "step", "stops", "stroke_width", "style", "thickness")

    def __init__(self, kind: str, series: tuple[MarkSeries, ...], horizontal: bool = False,
                 thickness: float = 0.8, opacity: float | None = None, filled: bool = True,
                 shape: str = "o", stroke_width: float = 2.0,
                 dash: tuple[float, ...] | None = None) -> None:
        self.kind = kind
        self.series = series
        self.horizontal = horizontal
        self.thickness = thickness
        self.opacity = opacity
        self.filled = filled
        self.shape = shape
        self.stroke_width = stroke_width
        self.dash = dash
        self.pie: Pie | None = None
        self.step: str | None = None  # a line's or area's interpolate: "step", "step-after"...
        self.polar = False
        self.style: tuple[tuple[str, Any], ...] = ()
        self.keyed = False  # its series are colour legend entries (a colour field with a legend)
        self.band: float | None = None  # bars on a continuous axis: their width in pixels
        self.stops: tuple[str, ...] = ()  # a colour by a number's scheme or range; () the theme's

    def key(self) -> tuple[Any, ...]:
        return (self.kind, self.horizontal, self.thickness, self.opacity, self.filled,
                self.shape, self.stroke_width, self.dash, tuple(s.key() for s in self.series),
                None if self.pie is None else self.pie.key(), self.polar, self.style, self.keyed,
                self.band, self.stops)


class VegaPlot:
    """The whole chart: marks in drawing order, both axes, title, size and notes."""

    __slots__ = ("_key", "gradient", "height", "legend", "legend_orient", "marks", "notes", "sizes",
                 "source", "symbols", "title", "width", "x", "y")

    def __init__(self, marks: tuple[Mark, ...], x: Axis, y: Axis, title: str = "",
                 width: int | None = None, height: int | None = None,
                 notes: tuple[str, ...] = (), legend: str | None = None,
                 source: Any = None, gradient: Gradient | None = None, sizes: Sizes | None = None,
                 symbols: tuple[Symbols, ...] = (), legend_orient: str = "right") -> None:
        self.marks = marks
        self.x = x
        self.y = y
        self.title = title
        self.width = width
        self.height = height
        self.notes = notes
        self.legend = legend  # the colour legend's title, None without a colour field
        self.legend_orient = legend_orient  # "right" or "bottom" (legend.orient)
        self.gradient = gradient  # a colour by a number: its gradient legend
        self.sizes = sizes  # a size by a number: its symbol legend
        self.symbols = symbols  # shape, size, opacity, strokeDash by a category: one legend per field
        self.source = source
        self._key = (tuple(m.key() for m in marks), x.key(), y.key(), title, width, height,
                     notes, legend, legend_orient, None if gradient is None else gradient.key(),
                     None if sizes is None else sizes.key(), tuple(s.key() for s in symbols))

    def without_legend(self) -> VegaPlot:
        """This plot with no colour legend (a composed chart shows a shared one once)."""
        return VegaPlot(self.marks, self.x, self.y, self.title, self.width, self.height, self.notes,
                        None, self.source, self.gradient, self.sizes, self.symbols,
                        self.legend_orient)

    def legend_entries(self) -> tuple[tuple[str, int, str | None], ...]:
        """The colour legend's entries: each keyed series' name, palette index and colour."""
        seen: dict[str, tuple[str, int, str | None]] = {}
        for mark in self.marks:
            if mark.keyed:
                for s in mark.series:
                    seen.setdefault(s.name, (s.name, s.index, s.color))
        return tuple(seen.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VegaPlot):
            return NotImplemented
        return self is other or self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"VegaPlot({[m.kind for m in self.marks]!r}, notes={list(self.notes)!r})"

    @property
    def polar(self) -> bool:
        """A pie or donut (arc marks): drawn round its centre, with no axes."""
        return any(m.kind == "arc" for m in self.marks)

    @property
    def note(self) -> str:
        """The one-line note of what was left out ("" when everything is drawn)."""
        if not self.notes:
            return ""
        return "Not drawn natively: " + ", ".join(self.notes) + "."


__all__ = ["Axis", "Mark", "MarkSeries", "VegaPlot"]
