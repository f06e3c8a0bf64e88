"""plotly's box, violin and funnel traces as ``Trace`` records (Qt-free).

A box trace's values are split by position (``x`` for a vertical box, ``y`` for a
horizontal one; a trace without positions stands at its name), and each group gets its
quartiles (plotly's default "linear" method: numpy's linear percentiles), whiskers at
the last values within 1.5 IQR, and the points beyond them (``boxpoints``). Boxes of
several traces at one position stand side by side with ``boxmode="group"`` (what
plotly.express sets) and over each other with "overlay". A violin adds a Gaussian
kernel density; a funnel is horizontal bars centred on zero, the first stage on top.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv
from rerunqt.core.chart_shapes import BoxStats, kde
from rerunqt.core.plotly_figure import Axis, Trace

STAT_TYPES = ("box", "violin")


def box_trace(spec: Mapping[str, Any], curve: int, x_axis: Axis, y_axis: Axis) -> Trace:
    """One box or violin trace: a ``BoxStats`` per position."""
    kind = str(spec.get("type"))
    x, y = pv.array(spec.get("x")), pv.array(spec.get("y"))
    horizontal = spec.get("orientation") == "h" or (x is not None and y is None)
    values, where = (x, y) if horizontal else (y, x)
    where_axis = y_axis if horizontal else x_axis
    values = np.zeros(0) if values is None else np.asarray(values, dtype=np.float64)
    if where is None:
        name = spec.get("name")
        own = spec.get("y0" if horizontal else "x0")
        label = name if name not in (None, "") else (own if own not in (None, " ") else f"trace {curve}")
        where = np.array([str(label)] * len(values), dtype=object)
    positions = where_axis.positions(where, len(where))
    points = spec.get("points" if kind == "violin" else "boxpoints")
    shown = "outliers" if points is None else ("none" if points is False else str(points))
    boxes = []
    for at in dict.fromkeys(positions.tolist()):
        group = values[positions == at]
        stats = BoxStats(float(at), group, None if shown == "none" else 1.5,
                         "all" if shown == "all" else ("outliers" if shown != "none" else "none"))
        if kind == "violin":
            grid, density = kde(group, _number(spec.get("bandwidth")))
            peak = float(density.max()) if len(density) else 1.0
            stats.density = (grid, density / (peak or 1.0))
        boxes.append(stats)
    trace = Trace(kind, kind, "", np.array([b.position for b in boxes], dtype=np.float64),
                  np.array([b.median for b in boxes], dtype=np.float64))
    trace.boxes = tuple(boxes)
    trace.horizontal = horizontal
    trace.mean_line = bool(spec.get("boxmean")) or bool((spec.get("meanline") or {}).get("visible"))
    trace.inner_box = kind == "box" or bool((spec.get("box") or {}).get("visible"))
    return trace


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        and value > 0 else None


def lay_out_boxes(traces: Sequence[Trace], mode: str) -> None:
    """Box widths from the gap between positions; side by side in ``group`` mode."""
    if not traces:
        return
    gaps = np.diff(np.unique(np.concatenate([t.x for t in traces])))
    slot = float(gaps.min()) if len(gaps) and gaps.min() > 0 else 1.0
    grouped = mode == "group" and len(traces) > 1
    for i, trace in enumerate(traces):
        share = slot * 0.7 / (len(traces) if grouped else 1)
        if grouped:
            offset = -slot * 0.35 + share * (i + 0.5)
            trace.x = trace.x + offset
            for box in trace.boxes:
                box.position += offset
        trace.width = share * (0.8 if trace.type == "box" else 1.0)


def funnel_trace(spec: Mapping[str, Any], x_axis: Axis, y_axis: Axis) -> Trace:
    """A funnel: one bar per stage centred on zero; stages run down the category axis."""
    horizontal = spec.get("orientation", "h") == "h"
    x, y = pv.array(spec.get("x")), pv.array(spec.get("y"))
    values, where = (x, y) if horizontal else (y, x)
    values = np.zeros(0) if values is None else np.nan_to_num(np.asarray(values, dtype=np.float64))
    where_axis = y_axis if horizontal else x_axis
    if where is None:
        where = np.arange(len(values))
        where_axis.kind = "category"
        where = np.array([f"{v}" for v in where.tolist()], dtype=object)
    positions = where_axis.positions(where, len(values))
    if horizontal:
        where_axis.reversed = True  # plotly draws the first stage at the top
    trace = Trace("bar", "funnel", "", positions, values / 2)
    trace.base = -values / 2
    trace.horizontal = horizontal
    trace.width = 0.8
    info = str(spec.get("textinfo") or "value")
    trace.texts = tuple(f"{v:g}" if "value" in info else "" for v in values.tolist())
    return trace


__all__ = ["STAT_TYPES", "box_trace", "funnel_trace", "lay_out_boxes"]
