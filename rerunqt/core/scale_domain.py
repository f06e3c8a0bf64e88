"""Vega-Lite's quantitative scale domains: a zero baseline and "nice" ends (Qt-free).

Vega-Lite gives an unbinned quantitative x or y scale ``zero: true`` (the domain reaches
0, from below for negative data) except along the position axis of a bar, area or line
(a line's numeric x is not stretched to 0), and ``nice: true`` (d3's ``nice`` with 10
ticks widens the ends to round steps: 2,400..10,400 is drawn 0..11,000). Time scales get
neither; a ``scale.domain`` turns both off unless the spec asks for them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import numpy as np

from rerunqt.core.axis_ticks import nice as nice_linear

Span = tuple[float, float] | None

# marks whose position axis (x when vertical) keeps the data's own extent
_ORIENTED = ("bar", "area", "line", "trail")


def extent(arrays: Iterable[np.ndarray], positive: bool = False) -> tuple[float, float] | None:
    """The finite minimum and maximum over ``arrays`` (only values > 0 for a log scale)."""
    low, high = math.inf, -math.inf
    for values in arrays:
        values = np.asarray(values, dtype=np.float64)
        finite = values[np.isfinite(values) & (values > 0)] if positive else values[np.isfinite(values)]
        if finite.size:
            low, high = min(low, float(finite.min())), max(high, float(finite.max()))
    return (low, high) if low <= high else None


def domain(span: tuple[float, float], zero: bool = False, nice: bool | int = False,
           log: bool = False, low: float | None = None, high: float | None = None,
           pad: float = 0.0) -> tuple[float, float]:
    """Vega's order: ``span`` (the data's extent, or the spec's ``domain``) reaches 0 when
    ``zero``, takes ``domainMin``/``domainMax`` (``low``/``high``), widens by ``pad`` (half a
    bar), then is made nice (d3: round steps of about ``nice`` ticks, 10 for ``True``; a
    log scale to powers of ten)."""
    start, stop = span
    if zero and not log:
        start, stop = min(start, 0.0), max(stop, 0.0)
    start = start if low is None else float(low)
    stop = stop if high is None else float(high)
    if pad and start != stop:
        start, stop = start - pad, stop + pad
    if nice is not False and start != stop:
        if log and start > 0 and stop > 0:
            start, stop = 10.0 ** math.floor(math.log10(start)), 10.0 ** math.ceil(math.log10(stop))
        elif not log:
            count = 10 if nice is True else max(1, int(nice))
            start, stop = nice_linear(start, stop, count)
    return start + 0.0, stop + 0.0  # never -0.0 (a "-0" label)


def chart_domains(kind: str, x_kind: str, xs: list[np.ndarray], values: list[np.ndarray],
                  pad: float = 0.0) -> tuple[Span, Span]:
    """The (position, value) domains of a built-in chart, as Vega-Lite's for Streamlit's spec:
    the value axis from 0 with nice ends; a number x nice, and from 0 only on a scatter (a
    point mark's x gets ``zero`` too); time as the data's extent; categories are left alone."""
    span = extent(values)
    value = domain(span, zero=True, nice=True) if span is not None else None
    position: Span = None
    x_span = extent(xs)
    if x_span is not None and x_kind in ("number", "index"):
        position = domain(x_span, zero=kind == "scatter_chart", nice=True)
    elif x_span is not None and x_kind == "datetime":
        position = domain(x_span, pad=pad)
    return position, value


def measure(channel: Any) -> bool:
    """An unbinned quantitative or temporal field (Vega-Lite's "continuous measure")."""
    return channel is not None and channel.type in ("quantitative", "temporal") \
        and channel.bin_step is None and not channel.constant


def orient(mark: str, x: Any, y: Any, given: Any = None) -> str | None:
    """Vega-Lite's orient of a bar, area or line: "vertical" when x is its position axis."""
    if mark not in _ORIENTED:
        return None
    if given in ("vertical", "horizontal") and mark != "trail":
        return str(given)
    if mark == "bar":  # binned or grouped (the other axis aggregated) x is the position
        if x is not None and (x.bin_step is not None or (y is not None and y.spec.get("aggregate")
                                                          and not x.spec.get("aggregate"))):
            return "vertical"
        if y is not None and (y.bin_step is not None or (x is not None and x.spec.get("aggregate")
                                                          and not y.spec.get("aggregate"))):
            return "horizontal"
    if measure(x) and not measure(y):
        return "horizontal"
    if measure(x) and measure(y) and y.type == "temporal" and x.type != "temporal":
        return "horizontal"
    return "vertical"


def zero_default(name: str, mark: str, channels: dict[str, Any], given: Any = None) -> bool:
    """Whether Vega-Lite's ``zero`` defaults to true for channel ``name`` ("x" or "y") of
    one layer: not for a bar, area or line along its position axis, nor binned fields."""
    channel = channels.get(name)
    if channel is None or channel.bin_step is not None:
        return False
    side = orient(mark, channels.get("x"), channels.get("y"), given)
    return not ((side == "vertical" and name == "x") or (side == "horizontal" and name == "y"))


__all__ = ["chart_domains", "domain", "extent", "measure", "orient", "zero_default"]
