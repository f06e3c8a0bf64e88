"""The bars of a pandas ``Styler.bar``: its CSS ``linear-gradient`` backgrounds read as bands.

It exists because st.table is a browser table in Streamlit, which draws a Styler's
``background: linear-gradient(90deg, #d65f5f 40.0%, transparent 40.0%)`` as a bar across
the cell (st.dataframe's grid ignores ``background``). Only hard colour stops make bands,
which is what ``Styler.bar`` writes; ``background-size: 100% 50%`` sets the bar's height.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

_GRADIENT = re.compile(r"linear-gradient\(\s*(?:90deg|to right)\s*,(.*)\)", re.IGNORECASE | re.DOTALL)
_STOP = re.compile(r"\s*(.+?)\s+(-?[\d.]+)%\s*$")


class CellBar(NamedTuple):
    """Bands (colour, start %, end %) across a cell, and the bar's height (0..1, centred)."""

    bands: tuple[tuple[str, float, float], ...]
    height: float


def _stops(inner: str) -> list[tuple[str, float]]:
    """``red 10%, transparent 10%`` as [(colour, position)]: commas inside rgb() kept."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(inner):
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    stops = []
    for part in parts:
        match = _STOP.match(part)
        if match is None:
            return []  # a stop without a position: a smooth gradient, not a bar
        stops.append((match.group(1).strip(), float(match.group(2))))
    return stops


def gradient_bands(value: str) -> tuple[tuple[str, float, float], ...]:
    """The solid bands of a left-to-right gradient with hard stops; () for anything else."""
    match = _GRADIENT.search(value)
    if match is None:
        return ()
    stops = _stops(match.group(1))
    if not stops:
        return ()
    # before the first stop the first colour, after the last the last (as CSS extends them)
    stops = [(stops[0][0], 0.0), *stops, (stops[-1][0], 100.0)]
    bands = []
    for (colour, start), (following, end) in zip(stops, stops[1:]):
        if colour.lower() == following.lower() and colour.lower() != "transparent" and end > start:
            bands.append((colour, max(start, 0.0), min(end, 100.0)))
    return tuple(bands)


def cell_bar(declarations: Iterable[Any] | None) -> CellBar | None:
    """A cell's bar from its CSS pairs (the last ``background`` wins, as in CSS)."""
    bands: tuple[tuple[str, float, float], ...] = ()
    height = 1.0
    for prop, value in declarations or ():
        name = str(prop).strip().lower()
        if name in ("background", "background-image"):
            bands = gradient_bands(str(value))
        elif name == "background-size":
            sizes = str(value).split()
            if len(sizes) == 2 and sizes[1].endswith("%"):
                try:
                    height = min(max(float(sizes[1][:-1]) / 100, 0.0), 1.0)
                except ValueError:
                    pass
    return CellBar(bands, height) if bands else None
