"""plotly's contour traces (``go.Contour``, a filled ``histogram2dcontour``) as banded heatmaps.

A filled contour colours the plane in bands between its levels; drawn here as the heatmap
of ``z`` smoothed (bilinear, several cells per data cell) and cut at the levels, so the
Qt side draws it as any heatmap: bands, the colour scale, its colour bar. Contour lines
alone (``contours.coloring="none"`` or ``"lines"``, px.density_contour's default) are not
drawn: the caller names them in the note instead.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from rerunqt.core.plotly_figure import Trace

_MAX_CELLS = 400  # the smoothed grid's longer side
_LEVELS = 15  # plotly's ncontours: at most this many levels when none are given


def filled(spec: Mapping[str, Any]) -> bool:
    """Whether the trace colours its bands (fill or heatmap), which is what is drawn."""
    contours = spec.get("contours")
    coloring = contours.get("coloring") if isinstance(contours, Mapping) else None
    return coloring in (None, "fill", "heatmap")


def _smooth(z: np.ndarray, along: int, factor: int) -> np.ndarray:
    """``z`` linearly interpolated ``factor`` times finer along one axis (NaN stays a gap)."""
    count = z.shape[along]
    if count < 2 or factor < 2:
        return z
    at = np.linspace(0, count - 1, (count - 1) * factor + 1)
    low = np.floor(at).astype(int)
    high = np.minimum(low + 1, count - 1)
    weight = at - low
    a, b = np.take(z, low, axis=along), np.take(z, high, axis=along)
    shape = [1, 1]
    shape[along] = len(at)
    return a * (1 - weight.reshape(shape)) + b * weight.reshape(shape)


def _finer(values: np.ndarray, factor: int) -> np.ndarray:
    if len(values) < 2 or factor < 2:
        return values
    return np.interp(np.linspace(0, len(values) - 1, (len(values) - 1) * factor + 1),
                     np.arange(len(values)), values)


def _step(low: float, high: float) -> float:
    """A round level step giving at most ``_LEVELS`` levels, as plotly's auto contours."""
    span = (high - low) / _LEVELS or 1.0
    power = 10 ** math.floor(math.log10(span))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= span)


def band(trace: Trace, spec: Mapping[str, Any]) -> Trace:
    """``trace`` (a heatmap of the data cells) as the contour plotly draws from it."""
    assert trace.z is not None
    z = np.asarray(trace.z, dtype=np.float64)
    factor = max(1, min(40, _MAX_CELLS // max(z.shape)))
    fine = _smooth(_smooth(z, 0, factor), 1, factor)
    trace.x, trace.y = _finer(trace.x, factor), _finer(trace.y, factor)
    trace.type = str(spec.get("type") or "contour")
    trace.texts = ()
    contours = spec.get("contours")
    given: Mapping[str, Any] = contours if isinstance(contours, Mapping) else {}
    finite = fine[np.isfinite(fine)]
    if given.get("coloring") == "heatmap" or not finite.size:
        trace.z = fine
        return trace
    low, high = float(finite.min()), float(finite.max())
    size = given.get("size")
    size = float(size) if isinstance(size, (int, float)) and size > 0 else _step(low, high)
    start = given.get("start")
    start = float(start) if isinstance(start, (int, float)) else math.floor(low / size) * size
    with np.errstate(invalid="ignore"):
        level = np.floor((fine - start) / size)
    trace.z = np.clip(start + (level + 0.5) * size, low, high)  # each band its middle value
    return trace


__all__ = ["band", "filled"]
