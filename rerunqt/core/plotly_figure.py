"""A plotly figure read once into what a pyqtgraph plot draws (Qt-free, plotly not needed).

``read_figure`` takes a plotly ``Figure`` (through ``to_dict()``), a dict
``{"data": [...], "layout": {...}}``, or a list of traces, and gives a ``PlotFigure``:
one ``Trace`` per drawable trace, with x/y already as float64 positions (categories
become positions, dates seconds since the epoch), bars already stacked or grouped, and
one-line notes for what it cannot draw. Its equality is a cheap fingerprint, so an
unchanged figure is not redrawn on a rerun.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.chart_data import fingerprint
from rerunqt.core.chart_shapes import BoxStats, Pie
from rerunqt.core.indicator import Indicator
from rerunqt.core.plotly_layout import (
    Colorbar,
    background_of,
    colorbar_of,
    legend_count,
    paper_of,
    title_align,
)
from rerunqt.core.plotly_panels import Panel, PaperText
from rerunqt.errors import RerunQtAPIError

DEFAULT_HEIGHT = 450  # pixels: plotly's default figure height


class DomainPart(Protocol):
    """A trace drawn in its domain rather than on axes (a pie, an indicator, a treemap...)."""

    domain: tuple[float, float, float, float]

    def key(self) -> tuple[Any, ...]: ...


class Trace:
    """One drawn trace. ``kind`` is "line" (lines and/or markers), "bar", "heatmap", "box"
    or "violin" (``boxes``: one ``BoxStats`` per position; x their positions, y medians).

    Bars: ``x`` is the bar's centre, ``base`` its bottom, ``y`` its top, ``width`` its
    thickness; ``horizontal`` swaps the axes. Lines: ``base`` is where a fill goes down
    to (None for no fill). ``color`` is None when the trace takes the palette's
    ``slot``-th colour (plotly's defaults, which theme="streamlit" replaces).
    """

    __slots__ = ("axes", "base", "boxes", "color", "curve", "dash", "horizontal", "inner_box", "kind",
                 "line_width", "lines", "marker_colors", "marker_opacity", "marker_size", "markers",
                 "mean_line", "name", "opacity", "scale", "show_legend", "slot", "symbol", "texts",
                 "type", "width", "x",
                 "y", "z")

    def __init__(self, kind: str, type_: str, name: str, x: np.ndarray, y: np.ndarray) -> None:
        self.kind = kind
        self.type = type_  # plotly's trace type
        self.name = name
        self.x = x
        self.y = y
        self.z: np.ndarray | None = None
        self.axes = ("x", "y")  # plotly's names of its axes ("x2", "y2" in a subplot)
        self.curve = 0  # the trace's position in the figure's data (plotly's curveNumber)
        self.base: np.ndarray | None = None
        self.width: float | np.ndarray = 0.8
        self.horizontal = False
        self.lines = True
        self.markers = False
        self.color: pv.Color | None = None
        self.slot = 0
        self.marker_colors: np.ndarray | None = None  # (n, 4) RGBA per point
        self.marker_size: float | np.ndarray = 6.0  # diameter in pixels
        self.marker_opacity = 1.0  # plotly's marker.opacity: the markers' or bars' fill only
        self.symbol: str | tuple[str, ...] = "circle"  # plotly's marker symbol, or one per point
        self.dash = "solid"
        self.line_width = 2.0
        self.opacity = 1.0
        self.show_legend = True
        self.scale: tuple[tuple[float, tuple[int, int, int, int]], ...] = ()
        self.boxes: tuple[BoxStats, ...] = ()
        self.mean_line = False
        self.inner_box = True
        self.texts: tuple[str, ...] = ()  # drawn on each bar (a funnel's values)

    def key(self) -> tuple[Any, ...]:
        arrays = (self.x, self.y, self.z, self.base, self.marker_colors,
                  self.width if isinstance(self.width, np.ndarray) else None,
                  self.marker_size if isinstance(self.marker_size, np.ndarray) else None)
        plain = tuple(getattr(self, name) for name in self.__slots__
                      if not isinstance(getattr(self, name), np.ndarray)
                      and getattr(self, name) is not None and name != "boxes")
        return (plain, tuple(fingerprint(a) for a in arrays if a is not None),
                tuple(b.key() for b in self.boxes))

    def __repr__(self) -> str:
        return f"Trace({self.type!r}, {self.name!r}, {len(self.y)} points)"


class Axis:
    """One axis: its title, how its values are read, its range and its tick labels."""

    __slots__ = ("grid", "kind", "labels", "log", "matches", "range", "reversed", "shown",
                 "slider", "tick_labels", "ticks", "title", "title_html")

    def __init__(self, layout: Mapping[str, Any]) -> None:
        from rerunqt.core.plotly_ticks import TickSpec

        self.title = pv.text(layout.get("title"))
        self.title_html = pv.rich(layout.get("title"))  # what is shown: <b> bold, <br> a new line
        self.ticks = TickSpec(layout)
        shown = layout.get("showgrid")
        self.grid = shown if isinstance(shown, bool) else None  # None: the theme's choice
        self.shown = layout.get("visible") is not False  # visible=False: no line, ticks, title, grid
        self.tick_labels = layout.get("showticklabels") is not False  # shared subplot axes: off
        matches = layout.get("matches")  # a shared subplot axis: the axis it moves with ("x2")
        self.matches = str(matches) if isinstance(matches, str) else None
        slider = layout.get("rangeslider")  # rangeslider_visible=True: an overview under the axis
        shown_slider = slider.get("visible") if isinstance(slider, Mapping) else None
        self.slider: bool | None = shown_slider if isinstance(shown_slider, bool) else None
        declared = layout.get("type")
        self.kind = declared if declared in ("category", "date", "log", "linear") else "auto"
        self.log = declared == "log"
        self.range = _range(layout.get("range"))
        self.reversed = layout.get("autorange") == "reversed"
        self.labels: list[str] = []
        order = layout.get("categoryarray")
        if layout.get("categoryorder") == "array" and order is not None:
            self.labels = [str(v) for v in pv.array(order).tolist()]  # type: ignore[union-attr]

    def key(self) -> tuple[Any, ...]:
        return (self.kind, tuple(self.labels), self.log, self.range, self.reversed, self.title,
                self.title_html, self.ticks.key(), self.grid, self.shown, self.tick_labels,
                self.matches, self.slider)

    def positions(self, values: np.ndarray | None, count: int) -> np.ndarray:
        """Values on this axis as float64: numbers, seconds for dates, positions of categories."""
        if values is None:
            return np.arange(count, dtype=np.float64)
        kind = values.dtype.kind
        if kind == "M":
            self.kind = "date"
            return values.astype("datetime64[ns]").astype(np.int64) / 1e9
        if kind in "fiub" and self.kind != "category":
            return values.astype(np.float64, copy=False)
        if kind == "O" and len(values) and all(hasattr(v, "timetuple") for v in values[:64]):
            self.kind = "date"
            return np.array([np.datetime64(_wall_clock(v), "ns") for v in values]).astype(np.int64) / 1e9
        if self.kind == "date" or (self.kind == "auto" and _looks_like_dates(values)):
            try:
                seconds = np.asarray([_wall_clock(v) for v in values.tolist()],
                                     dtype="datetime64[ns]").astype(np.int64) / 1e9
            except (TypeError, ValueError):
                pass
            else:
                self.kind = "date"
                return seconds
        if kind != "O" and kind not in "US" and self.kind != "category":
            return values.astype(np.float64)
        self.kind = "category"
        texts = [str(v) for v in values.tolist()]
        index = {label: i for i, label in enumerate(self.labels)}
        for label in texts:
            if label not in index:
                index[label] = len(self.labels)
                self.labels.append(label)
        return np.array([index[t] for t in texts], dtype=np.float64)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?")
_OFFSET = re.compile(r"(?<=\d)(Z|[+-]\d{2}(:?\d{2})?)$")


def _wall_clock(value: Any) -> Any:
    """A date as plotly.js places it: at its own wall-clock time, the time zone dropped
    (a tz-aware Timestamp, "2025-01-01T09:00:00+09:00"), not converted to UTC."""
    if isinstance(value, str):
        return _OFFSET.sub("", value) if ":" in value else value
    if getattr(value, "tzinfo", None) is not None:
        return value.replace(tzinfo=None)
    return value


def _looks_like_dates(values: np.ndarray) -> bool:
    """plotly.js reads ISO date strings as dates on an axis of no declared type."""
    sample = values[:64].tolist()
    return bool(sample) and all(isinstance(v, str) and _DATE.fullmatch(v) for v in sample)


def _range(given: Any) -> tuple[float, float] | None:
    """An axis range: two numbers, or two dates (seconds since the epoch, as dates are drawn)."""
    if not isinstance(given, (list, tuple)) or len(given) != 2:
        return None
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in given):
        return (float(given[0]), float(given[1]))
    try:
        stamps = np.asarray([str(_wall_clock(v)) for v in given],
                            dtype="datetime64[ns]").astype(np.int64) / 1e9
    except (TypeError, ValueError):
        return None
    return (float(stamps[0]), float(stamps[1]))


class PlotFigure:
    """What st.plotly_chart shows: traces on axes, pies and indicators in their domains
    (``domain``), title, legend, notes, the trace types not drawn; equal by fingerprint."""

    __slots__ = ("_key", "axes", "background", "barmode", "colorbar", "domain", "height",
                 "legend_align", "legend_row", "legend_title", "marks", "notes", "panels", "paper",
                 "paper_texts", "show_legend", "skipped", "source", "spec", "title", "title_align",
                 "title_html", "traces", "width", "x_axis", "y_axis")

    def __init__(self, traces: tuple[Trace, ...], x_axis: Axis, y_axis: Axis, title: str,
                 show_legend: bool, barmode: str, notes: tuple[str, ...], spec: dict[str, Any],
                 size: tuple[int | None, int | None], source: Any,
                 domain: tuple[DomainPart, ...] = (), skipped: tuple[str, ...] = (),
                 colorbar: Colorbar | None = None,
                 background: tuple[pv.Color, pv.Color | None] | None = None,
                 axes: dict[str, Axis] | None = None, panels: tuple[Panel, ...] = (),
                 texts: tuple[PaperText, ...] = (), marks: tuple[Any, ...] = (),
                 align: str = "center") -> None:
        self.traces = traces
        self.axes = axes or {"x": x_axis, "y": y_axis}  # every axis by plotly's name ("x2")
        self.panels = panels  # the subplots' plot areas (one: the figure is one area)
        self.paper_texts = texts  # annotations placed in figure fractions (subplot titles)
        self.marks = marks  # layout shapes and annotations on the axes (plotly_shapes.Mark)
        self.paper = paper_of(spec.get("layout", {}))  # the background round the plot area
        self.title_align = align  # "left", "center" or "right"
        self.background = background  # the plot area's and its grid's colours, None: the page's
        self.colorbar = colorbar  # a colour axis' bar: title, low, high, colours low to high
        self.domain = domain
        self.skipped = skipped
        self.x_axis = x_axis
        self.y_axis = y_axis
        self.title = title
        self.title_html = pv.rich(spec.get("layout", {}).get("title")) if title else ""
        self.show_legend = show_legend
        legend = spec.get("layout", {}).get("legend")
        self.legend_title = pv.text(legend.get("title")) if isinstance(legend, Mapping) else ""
        # legend=dict(orientation="h"): its entries in a row over or under the plot
        self.legend_row = _legend_row(legend)
        self.legend_align = _legend_align(legend) if self.legend_row else "center"
        self.barmode = barmode
        self.notes = notes
        self.spec = spec  # the figure as a dict (what AppTest reads)
        self.width, self.height = size  # the layout's own size, if it sets one
        self.source = source
        self._key = (tuple(t.key() for t in traces), x_axis.key(), y_axis.key(), self.title_html,
                     show_legend, barmode, notes, size, tuple(d.key() for d in domain), skipped,
                     self.legend_title, self.legend_row, self.legend_align, colorbar, background,
                     panels, texts, marks,
                     self.paper, align,
                     tuple((name, a.key()) for name, a in self.axes.items()))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlotFigure):
            return NotImplemented
        return self is other or self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"PlotFigure({[t.type for t in self.traces]!r}, notes={list(self.notes)!r})"

    @property
    def pies(self) -> tuple[Pie, ...]:
        return tuple(d for d in self.domain if isinstance(d, Pie))

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(d for d in self.domain if isinstance(d, Indicator))

    @property
    def cartesian(self) -> bool:
        """Whether the figure is drawn on axes (it has traces there, or nothing else to show)."""
        return bool(self.traces) or not self.domain


def figure_dict(figure: Any) -> dict[str, Any]:
    """The figure as ``{"data": [...], "layout": {...}}`` from any form plotly_chart takes."""
    if hasattr(figure, "to_dict") and not isinstance(figure, Mapping):
        figure = figure.to_dict()
    if isinstance(figure, Mapping):
        if "data" not in figure and "type" in figure:  # one trace as a dict
            return {"data": [dict(figure)], "layout": {}}
        data = figure.get("data", [])
        if isinstance(data, Mapping):
            data = [data]
        return {"data": [_trace_dict(t) for t in data], "layout": dict(figure.get("layout") or {})}
    if isinstance(figure, (list, tuple)):
        return {"data": [_trace_dict(t) for t in figure], "layout": {}}
    raise RerunQtAPIError(
        f"st.plotly_chart figure_or_data={figure!r:.80} is not a plotly figure: pass a "
        f"plotly.graph_objects.Figure (plotly.express returns one), a dict with 'data' and "
        f"'layout', or a list of traces. A matplotlib figure goes to st.pyplot."
    )


def _trace_dict(trace: Any) -> dict[str, Any]:
    if hasattr(trace, "to_plotly_json"):
        trace = trace.to_plotly_json()
    if not isinstance(trace, Mapping):
        raise RerunQtAPIError(
            f"st.plotly_chart: a trace must be a dict or a plotly trace object, got {trace!r:.80}."
        )
    return dict(trace)


def _legend_row(legend: Any) -> str:
    """Where a horizontal legend (``orientation="h"``) lies in one row: "top" when its
    ``y`` is in the upper half of the figure (``y=1.02``, plotly's docs' pattern), else
    "bottom" (plotly.js puts it at ``y=-0.1``); "" for the usual column at the right."""
    if not isinstance(legend, Mapping) or legend.get("orientation") != "h":
        return ""
    y = legend.get("y")
    return "top" if isinstance(y, (int, float)) and not isinstance(y, bool) and y > 0.5 else "bottom"


def _legend_align(legend: Mapping[str, Any]) -> str:
    """A legend row's side, as plotly.js anchors it by ``x`` (0, its default, is the left
    edge; past two thirds it hangs from the right, in the middle third it is centred)."""
    x = legend.get("x")
    x = x if isinstance(x, (int, float)) and not isinstance(x, bool) else 0
    return "left" if x <= 1 / 3 else "right" if x >= 2 / 3 else "center"


def read_figure(figure: Any, theme: str | None) -> PlotFigure:
    """Translate ``figure`` (see the module doc); unsupported traces become notes."""
    from rerunqt.core.plotly_density import heatmap_colorbar
    from rerunqt.core.plotly_order import category_order
    from rerunqt.core.plotly_panels import axis_name, layout_axes, paper_texts, read_panels
    from rerunqt.core.plotly_shapes import read_marks
    from rerunqt.core.plotly_traces import translate

    spec = figure_dict(figure)
    layout = spec["layout"]
    axes: dict[str, Axis] = {}
    for letter in ("x", "y"):
        for name, given in layout_axes(layout, spec["data"], letter).items():
            axis = axes[name] = Axis(given)
            mine = [t for t in spec["data"] if axis_name(t.get(f"{letter}axis"), letter) == name]
            ordered = None if axis.labels else category_order(given, mine, letter)
            if ordered is not None:
                axis.labels = ordered
    for axis in axes.values():  # shared (matched) axes place their categories alike
        target = axes.get(axis_name(axis.matches, axis.matches[0])) if axis.matches else None
        if target is not None and target is not axis and not axis.labels:
            axis.labels = target.labels
    x_axis, y_axis = axes["x"], axes["y"]
    panels = read_panels(layout, spec["data"])
    barmode = str(layout.get("barmode") or "group")
    traces, domain, notes, skipped = translate(spec["data"], x_axis, y_axis, barmode,
                                               theme == "streamlit", layout, axes, len(panels) > 1)
    if x_axis.slider is None:  # plotly.js gives a candlestick's or OHLC's x axis a range slider
        x_axis.slider = any(t.type in ("candlestick", "ohlc") and t.axes[0] == "x" for t in traces)
    texts = paper_texts(layout)  # subplot and facet titles
    marks, extras = read_marks(layout, axes, len(panels) <= 1)  # add_hline, add_annotation...
    extras += ["images"] if layout.get("images") else []
    if extras:  # what is not drawn: say so rather than drop it silently
        notes.append(f"layout {' and '.join(extras)} not drawn")
    legend = layout.get("showlegend")
    pies = any(isinstance(d, Pie) for d in domain) \
        or sum(len(getattr(d, "legend", ())) for d in domain) > 1  # polar traces by name
    show_legend = bool(legend) if legend is not None else (legend_count(spec["data"]) > 1 or pies)
    size = (_pixels(layout.get("width")), _pixels(layout.get("height")))
    return PlotFigure(tuple(traces), x_axis, y_axis, pv.text(layout.get("title")), show_legend,
                      barmode, tuple(notes), spec, size, figure, tuple(domain), tuple(skipped),
                      colorbar_of(layout, spec["data"])
                      or heatmap_colorbar(layout, spec["data"], traces),
                      background_of(layout, theme),
                      axes, panels, texts, marks, title_align(layout, theme))


def _pixels(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 \
        else None


__all__ = ["DEFAULT_HEIGHT", "Axis", "DomainPart", "PlotFigure", "Trace", "figure_dict", "read_figure"]
