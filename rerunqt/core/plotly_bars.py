"""Where plotly's bars go: side by side, stacked or over each other (``barmode``), with
the layout's ``bargap`` and ``bargroupgap``; one trace's bars at one place stack.

Apart from ``plotly_traces`` (which reads the traces) to keep that module to its readers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core.plotly_figure import Trace


def _gap(value: Any, default: float) -> float:
    """A layout's bargap / bargroupgap: a share of the slot, 0 up to 1."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        return float(value)
    return default


def lay_out_bars(bars: list[Trace], barmode: str, layout: Mapping[str, Any]) -> None:
    """Bar positions and bases as ``barmode`` says: side by side, stacked, or over each other;
    ``bargap`` between slots (plotly.js: 0.2, none between histogram bins) and
    ``bargroupgap`` between the bars of a group (0)."""
    if not bars:
        return
    gap = _gap(layout.get("bargap"), 0.0 if all(b.type == "histogram" for b in bars) else 0.2)
    group_gap = _gap(layout.get("bargroupgap"), 0.0)
    gaps = np.diff(np.unique(np.concatenate([b.x for b in bars])))
    slot = (float(gaps.min()) if len(gaps) and gaps.min() > 0 else 1.0) * (1 - gap)
    for bar in bars:
        if bar.type == "bar":
            bar.width = slot
        elif bar.type == "histogram":
            bar.width = bar.width * (1 - gap)
    if barmode == "group" and len(bars) > 1:
        for i, bar in enumerate(bars):
            thick = bar.width / len(bars)
            bar.x = bar.x - bar.width / 2 + thick * (i + 0.5)
            bar.width = thick * (1 - group_gap)
    if barmode == "group":  # one trace's bars at one place stack (px.bar of raw rows), as plotly.js
        for bar in bars:
            if bar.base is None and len(np.unique(bar.x)) < len(bar.x):
                _stack_within(bar)
    elif barmode in ("stack", "relative"):
        up: dict[float, float] = {}
        down: dict[float, float] = {}
        for bar in bars:
            values = np.nan_to_num(bar.y)
            base = np.empty(len(values))
            for j, (at, value) in enumerate(zip(bar.x.tolist(), values.tolist())):
                side = down if value < 0 and barmode == "relative" else up
                base[j] = side.get(at, 0.0)
                side[at] = base[j] + value
            bar.base = base
            bar.y = base + values
    for bar in bars:
        if bar.base is None:
            bar.base = np.zeros(len(bar.y))
        elif bar.y is not None and barmode not in ("stack", "relative"):
            bar.y = bar.base + np.nan_to_num(bar.y)


def _stack_within(bar: Trace) -> None:
    """Stack a trace's bars that share a position: positive up, negative down."""
    up: dict[float, float] = {}
    down: dict[float, float] = {}
    values = np.nan_to_num(bar.y)
    base = np.empty(len(values))
    for j, (at, value) in enumerate(zip(bar.x.tolist(), values.tolist())):
        side = down if value < 0 else up
        base[j] = side.get(at, 0.0)
        side[at] = base[j] + value
    bar.base = base  # the tops are base + value, as for every bar with a base (below)
