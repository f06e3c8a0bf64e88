"""Which deck object is under the mouse (Qt-free): deck.gl's picking, done with geometry.

deck.gl picks the top-most object of a pickable layer at a pixel; here the layers are
searched from the top (the last drawn) and, within one, the last drawn shape that
contains the point (a dot, a polygon) or passes within a few pixels (a line, a label).
"""

from __future__ import annotations

import numpy as np

from rerunqt.core.deck_data import DeckData
from rerunqt.core.deck_layers import Circles, Lines, Part, Shapes, Texts

PICK_PX = 4.0  # a line, a label or a tiny dot this close (pixels) counts as under the mouse


def circle_radii(part: Circles, px_per_unit: float) -> np.ndarray:
    """Each dot's radius in pixels at the view's scale, within the layer's pixel bounds."""
    px = part.radius / part.metres_per_unit * px_per_unit if part.units == "meters" else \
        part.radius.astype(np.float64)
    return np.clip(px, part.min_px, part.max_px)


def _inside(ring: np.ndarray, x: float, y: float) -> bool:
    """Ray casting (odd crossings: inside)."""
    xs, ys = ring[:, 0], ring[:, 1]
    xn, yn = np.roll(xs, -1), np.roll(ys, -1)
    crosses = (ys > y) != (yn > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = xs + (y - ys) * (xn - xs) / (yn - ys)
    return bool(np.count_nonzero(crosses & (x < at)) % 2)


def _segment_px(path: np.ndarray, x: float, y: float, px_per_unit: float) -> float:
    a, b = path[:-1], path[1:]
    d = b - a
    length = (d ** 2).sum(axis=1)
    t = np.clip(((x - a[:, 0]) * d[:, 0] + (y - a[:, 1]) * d[:, 1]) / np.where(length > 0, length, 1),
                0, 1)
    near = a + d * t[:, None]
    return float(np.sqrt(((near - [x, y]) ** 2).sum(axis=1)).min()) * px_per_unit


def _line_px(part: Lines | Shapes, i: int, metres_per_unit: float, px_per_unit: float) -> float:
    size = float(part.width[i])
    px = size / metres_per_unit * px_per_unit if part.units == "meters" else size
    return min(max(px, part.min_px), part.max_px)


def _hit(part: Part, x: float, y: float, px_per_unit: float, metres_per_unit: float) -> int | None:
    """The position of the top-most shape of ``part`` under (x, y), or None."""
    if isinstance(part, Circles) and len(part.x):
        distance = np.hypot(part.x - x, part.y - y) * px_per_unit
        hits = np.flatnonzero(distance <= np.maximum(circle_radii(part, px_per_unit), PICK_PX))
        return int(hits[-1]) if len(hits) else None
    if isinstance(part, Shapes):
        for i in range(len(part.rings) - 1, -1, -1):
            rings = part.rings[i]
            outer = rings[0]
            if not (outer[:, 0].min() <= x <= outer[:, 0].max()
                    and outer[:, 1].min() <= y <= outer[:, 1].max()):
                continue
            if sum(_inside(r, x, y) for r in rings) % 2:
                return i
        return None
    if isinstance(part, Lines):
        for i in range(len(part.paths) - 1, -1, -1):
            reach = _line_px(part, i, metres_per_unit, px_per_unit) / 2 + PICK_PX
            if _segment_px(part.paths[i], x, y, px_per_unit) <= reach:
                return i
        return None
    if isinstance(part, Texts):
        for i in range(len(part.text) - 1, -1, -1):
            size = float(part.size[i])
            dx, dy = abs(part.x[i] - x) * px_per_unit, abs(part.y[i] - y) * px_per_unit
            if dx <= max(len(part.text[i]) * size * 0.3, PICK_PX) and dy <= max(size / 2, PICK_PX):
                return i
    return None


def pick(deck: DeckData, x: float, y: float, px_per_unit: float,
         pickable_only: bool = True) -> tuple[int, int] | None:
    """(layer position, object index) of the top-most object at map point (x, y), or None."""
    metres = deck.view.metres_per_unit
    for position in range(len(deck.layers) - 1, -1, -1):
        layer = deck.layers[position]
        if pickable_only and not layer.pickable:
            continue
        for part in reversed(layer.parts):
            found = _hit(part, x, y, px_per_unit, metres)
            if found is not None:
                return position, int(part.index[found])
    return None


def shapes_of(deck: DeckData, picks: tuple[tuple[int, int], ...]) -> dict[int, list[tuple[Part, int]]]:
    """For each picked layer, the (part, shape position) pairs that draw the picked objects."""
    out: dict[int, list[tuple[Part, int]]] = {}
    for position, index in picks:
        if not 0 <= position < len(deck.layers):
            continue
        for part in deck.layers[position].parts:
            out.setdefault(position, []).extend((part, int(i)) for i in np.flatnonzero(part.index == index))
    return out


__all__ = ["PICK_PX", "circle_radii", "pick", "shapes_of"]
