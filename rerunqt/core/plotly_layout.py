"""A plotly figure's layout read beside its traces (Qt-free): the plot area's and the paper's
colours, the colour axis' bar, and whether the legend is shown by default (plotly.js' rule)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv

APP_SECONDARY = "app:secondary"  # the app theme's secondary background, as the Qt side knows it


def background_of(layout: Mapping[str, Any],
                  theme: str | None) -> tuple[pv.Color, pv.Color | None] | None:
    """The plot area's colour and its grid lines' (``plot_bgcolor``, ``yaxis.gridcolor``).
    The layout's own colour wins; with ``theme=None`` Streamlit fills in the app's secondary
    background (``APP_SECONDARY``; its layoutWithThemeDefaults, which beats the template's
    #E5ECF6) and the grid keeps the template's colour (plotly's white lines); its own theme
    replaces the template. None: the page shows through, the usual grid."""
    template = layout.get("template")
    inner = template.get("layout") if isinstance(template, Mapping) and theme is None else None
    fallback: Mapping[str, Any] = inner if isinstance(inner, Mapping) else {}
    fill = pv.color(layout.get("plot_bgcolor")) or (APP_SECONDARY if theme is None else None)
    if fill is None:
        return None
    grid = None
    for source in (layout, fallback):
        axis = source.get("yaxis")
        grid = grid or (pv.color(axis.get("gridcolor")) if isinstance(axis, Mapping) else None)
    return fill, grid  # no grid colour of its own: the usual grid


def paper_of(layout: Mapping[str, Any]) -> pv.Color | None:
    """The figure's background round the plot area: the layout's own ``paper_bgcolor``, in
    either theme (Streamlit fills in the app's background for the template's, so
    ``template="plotly_dark"`` does not darken it); None or a transparent one: the page."""
    fill = pv.color(layout.get("paper_bgcolor"))
    return None if isinstance(fill, tuple) and fill[3] == 0 else fill


def title_align(layout: Mapping[str, Any], theme: str | None) -> str:
    """Where the title sits: "left", "center" or "right", from ``title.x`` / ``xanchor`` as
    plotly places it (an ``auto`` anchor: the third of the width ``x`` falls in). Unset, the
    template's: Streamlit's theme puts it at the left (x=0), plotly's template at x=0.05; a
    figure with neither is centred, as plotly.js."""
    title = layout.get("title")
    own: Mapping[str, Any] = title if isinstance(title, Mapping) else {}
    template = layout.get("template")
    inner = template.get("layout") if isinstance(template, Mapping) else None
    kept = inner.get("title") if isinstance(inner, Mapping) and theme is None else None
    fallback: Mapping[str, Any] = kept if isinstance(kept, Mapping) else {}
    x = own.get("x", fallback.get("x", 0.0 if theme == "streamlit" else 0.5))
    anchor = own.get("xanchor")  # the template's "left" at a given x=0.5 starts mid-way: centred
    if anchor in ("left", "center", "right"):
        return str(anchor)
    x = float(x) if isinstance(x, (int, float)) else 0.5
    return "left" if x < 1 / 3 else "right" if x > 2 / 3 else "center"


Colorbar = tuple[str, float, float, tuple[tuple[int, int, int, int], ...]]


def colorbar_of(layout: Mapping[str, Any], data: list[dict[str, Any]]) -> Colorbar | None:
    """plotly express' colour axis (``color=`` a numeric column): its colour bar's title,
    the range of the values coloured and 11 colours along the scale; None without one."""
    axis = layout.get("coloraxis")
    if not isinstance(axis, Mapping) or axis.get("showscale") is False:
        return None
    values = []
    for trace in data:
        marker = trace.get("marker")
        if isinstance(marker, Mapping) and marker.get("coloraxis") and trace.get("visible") is not False:
            given = marker.get("color") if "color" in marker else marker.get("colors")  # a treemap's
            numbers = pv.array(given)
            if numbers is not None and numbers.dtype.kind in "fiu" and numbers.size:
                values.append(numbers.astype(np.float64))
    if not values:
        return None
    joined = np.concatenate(values)
    joined = joined[np.isfinite(joined)]
    if not joined.size:
        return None
    low = float(axis["cmin"]) if isinstance(axis.get("cmin"), (int, float)) else float(joined.min())
    high = float(axis["cmax"]) if isinstance(axis.get("cmax"), (int, float)) else float(joined.max())
    given = axis.get("colorbar")
    bar: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
    colours = pv.map_colors(np.linspace(0.0, 1.0, 11), pv.colorscale(axis.get("colorscale")), 0.0, 1.0)
    return (pv.text(bar.get("title")), low, high,
            tuple((int(r), int(g), int(b), int(a)) for r, g, b, a in colours.tolist()))


LEGEND_TYPES = frozenset({"scatter", "scattergl", "bar", "histogram", "box", "violin", "funnel",
                          "candlestick", "ohlc", "waterfall"})


def legend_count(data: list[dict[str, Any]]) -> int:
    """plotly.js' count for showing the legend by default: each trace listed in it, named or
    not ("trace 1"), and once more for one given ``showlegend=True`` (px's colour groups)."""
    count = 0
    for trace in data:
        if trace.get("visible") is False or str(trace.get("type") or "scatter") not in LEGEND_TYPES \
                or trace.get("showlegend") is False:
            continue
        count += 2 if trace.get("showlegend") is True else 1
    return count


__all__ = ["APP_SECONDARY", "LEGEND_TYPES", "Colorbar", "background_of", "colorbar_of", "legend_count",
           "paper_of", "title_align"]
