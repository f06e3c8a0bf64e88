"""A built-in scatter chart coloured by a number column, drawn as its Vega-Lite spec.

Streamlit types a ``color`` column of numbers as quantitative: the points take a colour
scale and the legend is a gradient. The built-in drawing splits a colour column into one
series per value (a category each: a hundred legend entries for a hundred numbers), so
such a chart is handed to st.vega_lite_chart's drawing, which has the gradient legend.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from rerunqt.core.chart_columns import read_columns
from rerunqt.errors import RerunQtAPIError

INDEX = "(index)"
# Streamlit's chartSequentialColors (light theme: blue10 ... blue100), low to high
RAMP = ("#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9",
        "#0054a3", "#004280")


def ramp_colours(first: dict[str, Any]) -> dict[str, str]:
    """Each name's colour when a line, area or bar chart's ``color`` column holds numbers:
    Streamlit types it quantitative, so Vega-Lite colours each series along the sequential
    scale from the column's least value to its greatest (not by the categorical palette)."""
    values = {name: float(v) for name, v in first.items() if v == v}
    if not values:
        return {}
    low, high = min(values.values()), max(values.values())
    stops = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in RAMP]
    out = {}
    for name, value in values.items():
        where = (value - low) / (high - low) * (len(stops) - 1) if high > low else 0.0
        i = min(int(where), len(stops) - 2)
        t = where - i
        rgb = (round(a + (b - a) * t) for a, b in zip(stops[i], stops[i + 1]))
        out[name] = "#" + "".join(f"{c:02x}" for c in rgb)
    return out


def numeric_colour(data: Any, color: Any) -> bool:
    """``color`` names a column of numbers (not a column of colours, not a category)."""
    if not isinstance(color, str) or data is None:
        return False
    try:
        values = read_columns(data).arrays.get(color)
    except RerunQtAPIError:  # the built-in path reports bad data in its own words
        return False
    return values is not None and values.dtype.kind in "iuf" and values.dtype != bool


def _type(values: np.ndarray) -> str:
    return "quantitative" if values.dtype.kind in "iuf" else "temporal" if values.dtype.kind == "M" \
        else "nominal"


def scatter_spec(data: Any, x: str | None, y: Any, color: str, size: Any,
                 x_label: str | None, y_label: str | None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The rows and the spec Streamlit's scatter_chart builds for these arguments."""
    columns = read_columns(data)
    arrays = dict(columns.arrays)
    x_name = x if x is not None else INDEX
    if x is None:
        arrays[INDEX] = columns.index
    y_name = y[0] if isinstance(y, (list, tuple)) and len(y) == 1 else y
    if y_name is None:
        y_name = next(n for n in columns.arrays if n not in (x, color, size))
    names = list(arrays)
    rows = [dict(zip(names, row)) for row in zip(*(arrays[n].tolist() for n in names))]
    encoding: dict[str, Any] = {
        "x": {"field": x_name, "type": _type(arrays[x_name]),
              "title": x_label if x_label is not None else (x or "")},
        "y": {"field": y_name, "type": _type(arrays[y_name]),
              "title": y_label if y_label is not None else y_name},
        "color": {"field": color, "type": "quantitative", "title": color},
    }
    mark: dict[str, Any] = {"type": "circle"}
    if isinstance(size, str):
        encoding["size"] = {"field": size, "type": "quantitative", "title": size}
    elif isinstance(size, (int, float)) and not isinstance(size, bool):
        mark["size"] = size
    return rows, {"mark": mark, "encoding": encoding}
