"""A plotly trace's markers read Qt-free: their symbol (``px.scatter(symbol=...)``), a
colour per point through a colour scale, and their sizes (bubbles' ``sizeref``)."""

from __future__ import annotations

from collections.abc import Mapping
from numbers import Real
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv

_SYMBOLS = ("circle", "square", "diamond", "cross", "x", "triangle-up", "triangle-down",
            "triangle-left", "triangle-right")  # plotly's symbol numbers 0 to 8


def marker_symbol(given: Any) -> str | tuple[str, ...]:
    """plotly's marker symbol(s) by name (``px.scatter(symbol=...)``; numbers are names too,
    100 more for "-open")."""
    def name(value: Any) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = int(value)
            base = _SYMBOLS[number % 100] if number % 100 < len(_SYMBOLS) else "circle"
            return base + ("-open" if 100 <= number < 200 else "")
        return str(value) if isinstance(value, str) and value else "circle"

    if given is None or isinstance(given, (str, int, float)):
        return name(given)
    values = pv.array(given)
    return tuple(name(v) for v in values.tolist()) if values is not None and values.ndim == 1 else "circle"


def marker_colors(marker: Mapping[str, Any], scale: Any) -> np.ndarray | None:
    """A colour per point or bar (n, 4 RGBA): numbers through the colour scale (plotly
    express' ``color=`` a numeric column), or a list of colours; None for one colour.
    In a list mixing both, as plotly.js does, numbers take the scale and colours stay."""
    colors = marker.get("color")
    if colors is None or isinstance(colors, str):
        return None
    values = pv.array(colors)
    if values is not None and values.dtype.kind in "fiu":
        return pv.map_colors(values, pv.colorscale(marker.get("colorscale") or scale),
                             marker.get("cmin"), marker.get("cmax"))
    if values is None:
        return None
    items = list(colors) if isinstance(colors, (list, tuple)) else values.tolist()
    numeric = [isinstance(v, Real) and not isinstance(v, bool) for v in items]
    if any(numeric):
        numbers = np.array([float(v) if n else np.nan for v, n in zip(items, numeric)])
        out = pv.map_colors(numbers, pv.colorscale(marker.get("colorscale") or scale),
                            marker.get("cmin"), marker.get("cmax"))
        for i, (v, n) in enumerate(zip(items, numeric)):
            if not n:
                one = pv.color(v)
                out[i] = one if isinstance(one, tuple) else _DEFAULT_LINE
        return out
    parsed = [pv.color(v) for v in items]
    if all(isinstance(c, tuple) for c in parsed):
        return np.array(parsed, dtype=np.uint8).reshape(len(parsed), 4)
    return None


_DEFAULT_LINE = (68, 68, 68, 255)  # plotly's #444: a value that is neither number nor colour


def marker_size(marker: Mapping[str, Any]) -> float | np.ndarray:
    """Diameters in pixels: plotly's ``size`` through ``sizemode`` and ``sizeref``."""
    size = marker.get("size", 6)
    values = pv.array(size) if not isinstance(size, (int, float)) else None
    numbers: Any = np.nan_to_num(values.astype(np.float64)) if values is not None else float(size)
    ref = float(marker.get("sizeref") or 1.0)
    if marker.get("sizemode") == "area":
        numbers = np.sqrt(np.abs(numbers) / ref)
    else:
        numbers = np.abs(numbers) / ref
    minimum = float(marker.get("sizemin", 0))
    return np.maximum(numbers, minimum) if isinstance(numbers, np.ndarray) else max(numbers, minimum)


__all__ = ["marker_colors", "marker_size", "marker_symbol"]
