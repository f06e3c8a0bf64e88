"""Each plotly trace type as ``Trace`` records: scatter, bar, histogram, area, heatmap (and,
through plotly_stats / plotly_domain / plotly_finance / plotly_density, box, violin, funnel,
pie, indicator, candlestick, ohlc, waterfall and histogram2d).

Bars of one figure are laid out together as ``layout.barmode`` says (group, stack,
relative, overlay), and scatter traces that share a ``stackgroup`` are stacked, so the
Qt side only draws rectangles, curves and fills. A type not drawn here is named in a note.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.chart_data import Series, stack
from rerunqt.core.indicator import Indicator
from rerunqt.core.plotly_bars import lay_out_bars
from rerunqt.core.plotly_figure import Axis, DomainPart, Trace
from rerunqt.core.plotly_markers import marker_colors, marker_size, marker_symbol

LINE_TYPES = ("scatter", "scattergl")
# traces drawn in their own domain, not on the x/y axes (plotly_domain, plotly_hierarchy...)
_DOMAIN_TYPES = frozenset({"pie", "indicator", "table", "treemap", "sunburst", "icicle",
                           "scatterpolar", "scatterpolargl", "barpolar"})
_HISTNORM = ("percent", "probability", "density", "probability density")


def translate(data: Sequence[Mapping[str, Any]], x_axis: Axis, y_axis: Axis, barmode: str,
              streamlit: bool, layout: Mapping[str, Any] | None = None,
              axes: Mapping[str, Axis] | None = None, mixed: bool = False
              ) -> tuple[list[Trace], list[DomainPart], list[str], list[str]]:
    """The traces drawn on axes, the pies and indicators, the notes about what was left
    out, and the trace types not drawn. ``axes`` (by plotly's name, "x2") reads each
    subplot's trace on its own axes; without it every trace is on ``x_axis``/``y_axis``.
    ``mixed``: subplots, so a pie or a table keeps its own place beside them (drawn)."""
    from rerunqt.core.plotly_domain import read_pie
    from rerunqt.core.plotly_hierarchy import HIERARCHY_TYPES, read_hierarchy
    from rerunqt.core.plotly_panels import axis_name
    from rerunqt.core.plotly_polar import POLAR_TYPES, read_polars
    from rerunqt.core.plotly_stats import box_trace, funnel_trace, lay_out_boxes

    layout = layout or {}
    x0_axis, y0_axis = x_axis, y_axis
    traces: list[Trace] = []
    domain: list[DomainPart] = []
    notes: list[str] = []
    skipped: list[str] = []
    slots: dict[str, int] = {}  # pie labels: one colour each across the figure
    scale = layout.get("coloraxis", {}).get("colorscale")
    histograms = [t for t in data if t.get("type") == "histogram"]
    if any(t.get("type") in POLAR_TYPES for t in data):
        domain.extend(read_polars(data, layout, streamlit))
    edges = _bin_edges(histograms)
    for i, spec in enumerate(data):
        kind = str(spec.get("type") or "scatter")
        if spec.get("visible") in (False, "legendonly"):
            continue
        if kind == "pie":
            domain.append(read_pie(spec, layout, streamlit, slots))
            continue
        if kind == "indicator":
            domain.append(Indicator(spec))
            continue
        if kind in POLAR_TYPES:
            continue
        if kind in HIERARCHY_TYPES:
            domain.append(read_hierarchy(spec, layout, streamlit))
            continue
        if kind == "table":
            from rerunqt.core.plotly_table import PlotlyTable

            domain.append(PlotlyTable(spec, layout, streamlit))
            continue
        names = (axis_name(spec.get("xaxis"), "x"), axis_name(spec.get("yaxis"), "y"))
        x_axis, y_axis = (axes.get(names[0], x0_axis), axes.get(names[1], y0_axis)) \
            if axes else (x0_axis, y0_axis)
        if kind in ("candlestick", "ohlc", "waterfall"):
            from rerunqt.core import plotly_finance

            for part in getattr(plotly_finance, kind)(spec, i, x_axis, y_axis):
                part.axes = names
                traces.append(part)
            continue
        if kind in ("box", "violin"):
            trace = box_trace(spec, i, x_axis, y_axis)
        elif kind == "funnel":
            trace = funnel_trace(spec, x_axis, y_axis)
        elif kind in LINE_TYPES:
            trace = _scatter(spec, x_axis, y_axis, scale)
        elif kind == "bar":
            trace = _bar(spec, x_axis, y_axis, scale)
        elif kind == "histogram":
            trace = _histogram(spec, x_axis, y_axis, edges)
        elif kind == "heatmap":
            trace = _heatmap(spec, x_axis, y_axis, scale)
        elif kind == "histogram2d":
            from rerunqt.core.plotly_density import histogram2d

            trace = histogram2d(spec, x_axis, y_axis, scale)
        elif kind in ("contour", "histogram2dcontour") and _filled(spec):
            from rerunqt.core.plotly_contour import band
            from rerunqt.core.plotly_density import histogram2d

            trace = band(_heatmap(spec, x_axis, y_axis, scale) if kind == "contour"
                         else histogram2d(spec, x_axis, y_axis, scale), spec)
        else:
            skipped.append(kind)
            continue
        trace.curve = i
        trace.axes = names
        trace.name = str(spec["name"]) if spec.get("name") not in (None, "") else ""
        trace.show_legend = spec.get("showlegend") is not False
        trace.opacity = float(spec.get("opacity", 1.0))
        _colour(trace, spec, i, streamlit)
        _fade_markers(trace, spec)
        traces.append(trace)
        if not axes and names != ("x", "y"):
            note = "subplots are drawn on one set of axes"
            if note not in notes:
                notes.append(note)
    _stack_areas(traces, data)
    laid_out = ("funnel", "candlestick", "waterfall")  # placed by their own rules
    for pair in dict.fromkeys(t.axes for t in traces):  # each subplot's bars side by side
        mine = [t for t in traces if t.axes == pair]
        lay_out_bars([t for t in mine if t.kind == "bar" and t.type not in laid_out], barmode,
                      layout)
        for kind in ("box", "violin"):
            mode = str(layout.get(f"{kind}mode") or "overlay")
            lay_out_boxes([t for t in mine if t.kind == kind], mode)
    if traces and domain and not mixed:  # one plot area: its axes are drawn, the domains not
        skipped.extend(str(spec.get("type")) for spec in data if spec.get("type") in _DOMAIN_TYPES
                       and spec.get("visible") not in (False, "legendonly"))
    if skipped:
        listed = ", ".join(dict.fromkeys(skipped))
        notes.insert(0, f"Not drawn natively: {listed} trace{'s' if len(set(skipped)) > 1 else ''}")
    return traces, domain, notes, list(dict.fromkeys(skipped))


def _filled(spec: Mapping[str, Any]) -> bool:
    from rerunqt.core.plotly_contour import filled

    return filled(spec)


def _colour(trace: Trace, spec: Mapping[str, Any], index: int, streamlit: bool) -> None:
    """The trace's colour; plotly's default colours become palette slots."""
    line = spec.get("line") or {}
    marker = spec.get("marker") or {}
    given = line.get("color") if trace.kind == "line" and trace.lines else None
    if given is None and isinstance(marker.get("color"), str):
        given = marker.get("color")
    if given is None and trace.kind == "line" and isinstance(line.get("color"), str):
        given = line.get("color")
    pv.set_colour(trace, given, index, streamlit)


def _fade_markers(trace: Trace, spec: Mapping[str, Any]) -> None:
    """plotly's ``marker.opacity`` (``px.scatter(opacity=0.5)``, ``px.histogram(opacity=...)``)
    fades a scatter's markers and a bar's fill; per-point colours take the trace's opacity too."""
    if trace.kind not in ("line", "bar"):
        return
    fade = (spec.get("marker") or {}).get("opacity")
    if isinstance(fade, (int, float)) and not isinstance(fade, bool):
        trace.marker_opacity = min(1.0, max(0.0, float(fade)))
    alpha = trace.marker_opacity * trace.opacity
    if trace.marker_colors is not None and alpha < 1:
        colours = trace.marker_colors.copy()
        colours[:, 3] = np.round(colours[:, 3] * alpha).astype(np.uint8)
        trace.marker_colors = colours


def _scatter(spec: Mapping[str, Any], x_axis: Axis, y_axis: Axis, scale: Any) -> Trace:
    y = pv.array(spec.get("y"))
    x = pv.array(spec.get("x"))
    count = len(y) if y is not None else (len(x) if x is not None else 0)
    trace = Trace("line", str(spec.get("type") or "scatter"), "",
                  _axis_values(x_axis, x, count, spec, "x"), _axis_values(y_axis, y, count, spec, "y"))
    mode = str(spec.get("mode") or ("lines+markers" if count < 20 else "lines"))
    trace.lines = "lines" in mode
    trace.markers = "markers" in mode
    line = spec.get("line") or {}
    trace.dash = str(line.get("dash") or "solid")
    trace.line_width = float(line.get("width", 2.0))
    marker = spec.get("marker") or {}
    trace.marker_size = marker_size(marker)
    trace.marker_colors = marker_colors(marker, scale)
    trace.symbol = marker_symbol(marker.get("symbol"))
    fill = spec.get("fill")
    if fill in ("tozeroy", "tonexty") or spec.get("stackgroup") is not None:
        trace.base = np.zeros(len(trace.y))
    return trace


def _axis_values(axis: Axis, values: np.ndarray | None, count: int, spec: Mapping[str, Any],
                 letter: str) -> np.ndarray:
    if values is None:  # plotly's x0 + i * dx
        start, step = float(spec.get(f"{letter}0", 0)), float(spec.get(f"d{letter}", 1))
        return start + step * np.arange(count, dtype=np.float64)
    return axis.positions(values, len(values))


def _bar(spec: Mapping[str, Any], x_axis: Axis, y_axis: Axis, scale: Any = None) -> Trace:
    horizontal = spec.get("orientation") == "h"
    x, y = pv.array(spec.get("x")), pv.array(spec.get("y"))
    if horizontal:
        x, y = y, x
    count = len(y) if y is not None else 0
    where_axis, value_axis = (y_axis, x_axis) if horizontal else (x_axis, y_axis)
    trace = Trace("bar", "bar", "", _axis_values(where_axis, x, count, spec, "y" if horizontal else "x"),
                  value_axis.positions(y, count) if y is not None else np.zeros(0))
    trace.horizontal = horizontal
    colors = marker_colors(spec.get("marker") or {}, scale)
    trace.marker_colors = colors if colors is not None and len(colors) == count else None
    base = spec.get("base")
    if isinstance(base, (int, float)):
        trace.base = np.full(count, float(base))
    if spec.get("text") is not None or spec.get("texttemplate"):  # px.bar(text_auto=True)
        from rerunqt.core.plotly_text import point_texts

        raw_x, raw_y = (y, x) if horizontal else (x, y)
        where = x.tolist() if x is not None else list(range(count))
        values = y.tolist() if y is not None else []
        trace.texts = point_texts(spec, {"x": raw_x.tolist() if raw_x is not None else where,
                                         "y": raw_y.tolist() if raw_y is not None else [],
                                         "value": values, "label": where}, count)
    return trace


def _bin_edges(histograms: Sequence[Mapping[str, Any]]) -> np.ndarray | None:
    """One set of bins for every numeric histogram of the figure (they share plotly's bingroup)."""
    values = [_histogram_values(h)[0] for h in histograms]
    numeric = [v for v in values if v is not None and v.dtype.kind in "fiu"]
    if not numeric:
        return None
    joined = np.concatenate([v.astype(np.float64) for v in numeric])
    joined = joined[np.isfinite(joined)]
    first = histograms[0]
    bins = first.get("xbins") or first.get("ybins") or {}
    if isinstance(bins, Mapping) and bins.get("size"):
        start = float(bins.get("start", joined.min(initial=0)))
        end = float(bins.get("end", joined.max(initial=1)))
        return np.arange(start, end + float(bins["size"]), float(bins["size"]))
    count = first.get("nbinsx") or first.get("nbinsy")
    edges: np.ndarray = np.histogram_bin_edges(joined, bins=int(count) if count else "auto")
    return edges


def _histogram_values(spec: Mapping[str, Any]) -> tuple[np.ndarray | None, np.ndarray | None, bool]:
    """The binned values, the values summed (histfunc), and whether the bars are horizontal."""
    x, y = pv.array(spec.get("x")), pv.array(spec.get("y"))
    horizontal = spec.get("orientation") == "h" or (x is None and y is not None)
    return (y, x, True) if horizontal else (x, y, False)


def _histogram(spec: Mapping[str, Any], x_axis: Axis, y_axis: Axis, edges: np.ndarray | None) -> Trace:
    values, weights, horizontal = _histogram_values(spec)
    where_axis = y_axis if horizontal else x_axis
    values = np.zeros(0) if values is None else values
    func = spec.get("histfunc") or "count"
    weights = weights.astype(np.float64) if weights is not None and func in ("sum", "avg") \
        and weights.dtype.kind in "fiub" else None
    if values.dtype.kind in "fiu" and edges is not None and where_axis.kind != "category":
        numbers = values.astype(np.float64)
        counts, _ = np.histogram(numbers, bins=edges, weights=weights)
        if func == "avg" and weights is not None:
            counts = counts / np.maximum(np.histogram(numbers, bins=edges)[0], 1)
        at, width = (edges[:-1] + edges[1:]) / 2, np.diff(edges)
    else:
        positions = where_axis.positions(values, len(values)).astype(np.int64)
        counts = np.bincount(positions, weights=weights, minlength=len(where_axis.labels))
        at, width = np.arange(len(counts), dtype=np.float64), np.full(len(counts), 0.8)
    counts = _normalise(counts.astype(np.float64), spec.get("histnorm"), width)
    trace = Trace("bar", "histogram", "", at, counts)
    trace.horizontal = horizontal
    trace.width = width
    return trace


def _normalise(counts: np.ndarray, norm: Any, width: np.ndarray) -> np.ndarray:
    total = counts.sum() or 1.0
    if norm == "percent":
        return counts / total * 100
    if norm == "probability":
        return counts / total
    if norm == "density":
        return counts / width
    if norm == "probability density":
        return counts / total / width
    return counts


def _heatmap(spec: Mapping[str, Any], x_axis: Axis, y_axis: Axis, scale: Any) -> Trace:
    z = pv.array(spec.get("z"))
    grid = np.atleast_2d(np.asarray(z if z is not None else [[0.0]], dtype=np.float64))
    rows, cols = grid.shape
    x = _axis_values(x_axis, pv.array(spec.get("x")), cols, spec, "x")
    y = _axis_values(y_axis, pv.array(spec.get("y")), rows, spec, "y")
    trace = Trace("heatmap", "heatmap", "", x, y)
    trace.z = grid
    trace.scale = pv.colorscale(spec.get("colorscale") or scale)
    if spec.get("reversescale"):
        trace.scale = tuple((1 - s, c) for s, c in reversed(trace.scale))
    trace.lines = False
    if spec.get("text") is not None or spec.get("texttemplate"):  # px.imshow(text_auto=True)
        from rerunqt.core.plotly_text import point_texts

        raw_x, raw_y = pv.array(spec.get("x")), pv.array(spec.get("y"))
        xs = raw_x.tolist() if raw_x is not None else list(range(cols))
        ys = raw_y.tolist() if raw_y is not None else list(range(rows))
        trace.texts = point_texts(spec, {"z": grid.ravel().tolist(), "x": xs * rows,
                                         "y": [v for v in ys for _ in range(cols)]}, rows * cols)
    return trace


def _stack_areas(traces: list[Trace], data: Sequence[Mapping[str, Any]]) -> None:
    """Stack scatter traces that share a ``stackgroup``; ``tonexty`` fills to the trace before.
    A trace's spec is ``data[trace.curve]`` (a candlestick's outlines are lines of no spec's)."""
    groups: dict[str, list[Trace]] = {}
    previous: Trace | None = None
    for trace in traces:
        if trace.kind != "line" or trace.type not in LINE_TYPES:
            continue
        spec = data[trace.curve]
        group = spec.get("stackgroup")
        if group is not None:
            groups.setdefault(str(group), []).append(trace)
        elif spec.get("fill") == "tonexty" and previous is not None and len(previous.y) == len(trace.y):
            trace.base = previous.y
        previous = trace
    for members in groups.values():
        series = [Series(t.name, t.x, t.y) for t in members]
        for trace, (x, lower, upper) in zip(members, stack(series, True, diverging=False)):
            trace.x, trace.base, trace.y = x, lower, upper


__all__ = ["translate"]
