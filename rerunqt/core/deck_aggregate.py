"""deck.gl's aggregation layers in 2D (Qt-free): points binned into hexagons or square cells.

HexagonLayer bins as d3-hexbin does (pointy-top hexagons of ``radius`` metres in Web
Mercator), GridLayer in square cells of ``cellSize`` metres, ScreenGridLayer and
HeatmapLayer in cells of a size in pixels at the first zoom. Each bin's value is the
sum (or mean, min, max) of the weights, 1 per point by default: the count. Colours are
deck.gl's: the value's place between the smallest and the largest bin, cut into as many
equal steps as the colour range has colours (a quantize scale). Elevation is not drawn.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

# deck.gl's default colour range for aggregation layers (ColorBrewer's 6-class YlOrRd)
DEFAULT_COLOR_RANGE = ((255, 255, 178), (254, 217, 118), (254, 178, 76), (253, 141, 60),
                       (240, 59, 32), (189, 0, 38))
_AGGREGATIONS = {"SUM": np.add, "MIN": np.minimum, "MAX": np.maximum}


def hexbin(x: np.ndarray, y: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Each point's hexagon as d3-hexbin finds it: (bin ids (n,), centres (m, 2))."""
    dx, dy = radius * 2 * math.sin(math.pi / 3), radius * 1.5
    py = y / dy
    pj = np.floor(py + 0.5)  # JavaScript's Math.round
    px = x / dx - (pj.astype(np.int64) & 1) / 2
    pi = np.floor(px + 0.5)
    py1 = py - pj
    near = np.abs(py1) * 3 > 1  # near a row boundary: the next row's hexagon may be closer
    if near.any():
        px1 = px - pi
        pi2 = pi + np.where(px < pi, -1, 1) / 2
        pj2 = pj + np.where(py < pj, -1, 1)
        px2 = px - pi2
        py2 = py - pj2
        closer = near & (px1 ** 2 + py1 ** 2 > px2 ** 2 + py2 ** 2)
        pi = np.where(closer, pi2 + np.where((pj.astype(np.int64) & 1) == 1, 1, -1) / 2, pi)
        pj = np.where(closer, pj2, pj)
    centre_x = (pi + (pj.astype(np.int64) & 1) / 2) * dx
    centre_y = pj * dy
    return _bins(np.column_stack([centre_x, centre_y]))


def hexagon(cx: float, cy: float, radius: float) -> np.ndarray:
    """The six corners of a pointy-top hexagon (d3-hexbin's shape)."""
    angles = np.arange(6) * math.pi / 3
    return np.column_stack([cx + radius * np.sin(angles), cy + radius * np.cos(angles)])


def grid(x: np.ndarray, y: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    """Each point's square cell of side ``size``: (bin ids (n,), lower-left corners (m, 2))."""
    return _bins(np.column_stack([np.floor(x / size) * size, np.floor(y / size) * size]))


def _bins(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros((0, 2))
    unique, ids = np.unique(keys, axis=0, return_inverse=True)
    return ids.reshape(-1), unique


def totals(ids: np.ndarray, bins: int, weights: np.ndarray, how: str) -> tuple[np.ndarray, np.ndarray]:
    """(each bin's value by ``how``: SUM, MEAN, MIN or MAX of the weights, each bin's count)."""
    counts = np.bincount(ids, minlength=bins).astype(np.float64)
    how = how.upper()
    if how in ("SUM", "MEAN"):
        sums = np.bincount(ids, weights=weights, minlength=bins)
        return (sums / np.maximum(counts, 1) if how == "MEAN" else sums), counts
    start = np.inf if how == "MIN" else -np.inf
    values = np.full(bins, start)
    _AGGREGATIONS.get(how, np.add).at(values, ids, weights)
    return values, counts


def quantize(values: np.ndarray, color_range: Any, domain: Any = None) -> np.ndarray:
    """deck.gl's quantize colour scale: (m, 4) RGBA from the colour range's equal steps."""
    palette = np.array([list(c) + [255] * (4 - len(c)) for c in color_range], dtype=np.float64)
    if not len(values):
        return np.zeros((0, 4), dtype=np.uint8)
    low, high = (float(values.min()), float(values.max())) if domain is None else \
        (float(domain[0]), float(domain[1]))
    if high <= low:  # deck.gl: an empty domain gives the first colour
        return np.repeat(palette[:1], len(values), axis=0).astype(np.uint8)
    step = (high - low) / len(palette)
    index = np.clip(np.floor((values - low) / step), 0, len(palette) - 1).astype(np.int64)
    return palette[index].astype(np.uint8)


__all__ = ["DEFAULT_COLOR_RANGE", "grid", "hexagon", "hexbin", "quantize", "totals"]
