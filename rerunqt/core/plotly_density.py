"""Plotly's histogram2d trace (``px.density_heatmap``) as a heatmap of its binned counts.

It exists so a 2-D histogram is drawn instead of a "Not drawn natively" note: the points are
binned (``nbinsx`` / ``nbinsy`` or an automatic number, a category per bin on a category
axis), aggregated as ``histfunc`` says (count, or sum / avg / min / max of ``z``), normalised
as ``histnorm`` says, and handed on as a heatmap, which the Qt side already draws.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.plotly_figure import Axis, Trace
from rerunqt.core.plotly_layout import Colorbar


def histogram2d(spec: Mapping[str, Any], x_axis: Axis, y_axis: Axis, scale: Any) -> Trace:
    """The binned trace: ``x`` / ``y`` the bins' centres, ``z`` the grid (rows are y)."""
    x, y = pv.array(spec.get("x")), pv.array(spec.get("y"))
    count = min(len(x) if x is not None else 0, len(y) if y is not None else 0)
    xs = x_axis.positions(x[:count], count) if x is not None else np.zeros(0)
    ys = y_axis.positions(y[:count], count) if y is not None else np.zeros(0)
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    keep = np.isfinite(xs) & np.isfinite(ys)
    x_edges = _edges(xs[keep], x_axis, spec.get("nbinsx"), spec.get("xbins"))
    y_edges = _edges(ys[keep], y_axis, spec.get("nbinsy"), spec.get("ybins"))
    weights = pv.array(spec.get("z"))
    values = np.asarray(weights[:count], dtype=np.float64)[keep] if weights is not None \
        and weights.dtype.kind in "fiub" and len(weights) >= count else None
    grid = _aggregate(xs[keep], ys[keep], values, x_edges, y_edges, str(spec.get("histfunc") or "count"))
    grid = _normalise(grid, str(spec.get("histnorm") or ""), x_edges, y_edges)
    trace = Trace("heatmap", "histogram2d", "", (x_edges[:-1] + x_edges[1:]) / 2,
                  (y_edges[:-1] + y_edges[1:]) / 2)
    trace.z = grid.T  # histogram2d counts x first; a heatmap's rows are y
    trace.scale = pv.colorscale(spec.get("colorscale") or scale)
    if spec.get("reversescale"):
        trace.scale = tuple((1 - s, c) for s, c in reversed(trace.scale))
    trace.lines = False
    return trace


def _edges(values: np.ndarray, axis: Axis, bins: Any, spec: Any) -> np.ndarray:
    if axis.kind == "category":  # one bin per category
        return np.arange(len(axis.labels) + 1, dtype=np.float64) - 0.5
    if not len(values):
        return np.array([0.0, 1.0])
    if isinstance(spec, Mapping) and spec.get("size"):
        start = float(spec.get("start", values.min()))
        end = float(spec.get("end", values.max()))
        return np.arange(start, end + float(spec["size"]), float(spec["size"]))
    edges: np.ndarray = np.histogram_bin_edges(values, bins=int(bins) if bins else "auto")
    return edges


def _aggregate(xs: np.ndarray, ys: np.ndarray, values: np.ndarray | None, x_edges: np.ndarray,
               y_edges: np.ndarray, histfunc: str) -> np.ndarray:
    counts, _, _ = np.histogram2d(xs, ys, bins=(x_edges, y_edges))
    if values is None or histfunc == "count":
        return counts
    sums, _, _ = np.histogram2d(xs, ys, bins=(x_edges, y_edges), weights=values)
    if histfunc == "sum":
        return sums
    if histfunc == "avg":
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counts > 0, sums / counts, np.nan)
    if histfunc in ("min", "max"):
        column = np.clip(np.searchsorted(x_edges, xs, side="right") - 1, 0, len(x_edges) - 2)
        row = np.clip(np.searchsorted(y_edges, ys, side="right") - 1, 0, len(y_edges) - 2)
        grid = np.full(counts.shape, np.nan)
        pick = np.fmin if histfunc == "min" else np.fmax
        for i, j, value in zip(column.tolist(), row.tolist(), values.tolist()):
            grid[i, j] = pick(grid[i, j], value)
        return grid
    return counts


def _normalise(grid: np.ndarray, histnorm: str, x_edges: np.ndarray, y_edges: np.ndarray) -> np.ndarray:
    total = float(np.nansum(grid))
    if histnorm in ("percent", "probability") and total:
        return grid / total * (100.0 if histnorm == "percent" else 1.0)
    if histnorm in ("density", "probability density"):
        area = np.outer(np.diff(x_edges), np.diff(y_edges))
        grid = grid / area
        return grid / total if histnorm == "probability density" and total else grid
    return grid


__all__ = ["histogram2d"]


def heatmap_colorbar(layout: Mapping[str, Any], data: Sequence[Mapping[str, Any]],
                     traces: Sequence[Trace]) -> Colorbar | None:
    """The colour bar plotly draws beside a heatmap (``go.Heatmap``, ``px.imshow``,
    ``px.density_heatmap``): its title, the values' range and 11 colours along the scale;
    None when the trace or its colour axis says ``showscale=False``."""
    for trace in traces:
        if trace.kind != "heatmap" or trace.z is None:
            continue
        spec = data[trace.curve]
        shared = layout.get(str(spec["coloraxis"])) if spec.get("coloraxis") else None
        owner: Mapping[str, Any] = shared if isinstance(shared, Mapping) else spec
        if owner.get("showscale") is False:
            continue
        finite = trace.z[np.isfinite(trace.z)]
        if not finite.size:
            continue
        low_key, high_key = ("cmin", "cmax") if owner is not spec else ("zmin", "zmax")
        low, high = owner.get(low_key), owner.get(high_key)
        low = float(low) if isinstance(low, (int, float)) else float(finite.min())
        high = float(high) if isinstance(high, (int, float)) else float(finite.max())
        given = owner.get("colorbar")
        bar: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
        colours = pv.map_colors(np.linspace(0.0, 1.0, 11), trace.scale, 0.0, 1.0)
        return (pv.text(bar.get("title")), low, high,
                tuple((int(r), int(g), int(b), int(a)) for r, g, b, a in colours.tolist()))
    return None
