"""plotly's ``categoryorder`` on a category axis: the categories' order before any is placed.

``fig.update_layout(yaxis={"categoryorder": "total ascending"})`` is the usual way to sort a
bar chart; plotly puts the first category at the start of the axis (the bottom of a y
axis), so the largest total ends on top. "category ascending/descending" sorts the labels;
"total", "sum", "min", "max", "mean" and "median" sort by the values over every trace.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv

_STATS: dict[str, Callable[[list[float]], Any]] = {
    "total": np.sum, "sum": np.sum, "min": np.min, "max": np.max, "mean": np.mean,
    "median": np.median}


def category_order(layout: Mapping[str, Any], data: Sequence[Mapping[str, Any]],
                   letter: str) -> list[str] | None:
    """The axis' categories in ``categoryorder``'s order, None to keep plotly's trace order."""
    order = str(layout.get("categoryorder") or "trace")
    how, _, direction = order.rpartition(" ")
    if direction not in ("ascending", "descending") or (how != "category" and how not in _STATS):
        return None
    other = "y" if letter == "x" else "x"
    values: dict[str, list[float]] = {}
    for trace in data:
        if trace.get("visible") in (False, "legendonly"):
            continue
        labels = pv.array(trace.get(letter))
        if labels is None or labels.dtype.kind not in "OUS":
            continue
        if any(not isinstance(v, str) for v in labels.tolist()):
            return None  # numbers or dates: no category axis, no order to apply
        numbers = pv.array(trace.get(other))
        for n, label in enumerate(labels.tolist()):
            seen = values.setdefault(label, [])
            if numbers is not None and n < len(numbers) and numbers.dtype.kind in "fiub":
                seen.append(float(numbers[n]))
    if not values:
        return None
    descending = direction == "descending"
    if how == "category":
        return sorted(values, reverse=descending)
    stat = _STATS[how]
    score = {label: float(stat(v)) if v else 0.0 for label, v in values.items()}
    return sorted(values, key=lambda label: score[label], reverse=descending)  # stable: ties keep order
