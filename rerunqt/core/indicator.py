"""A plotly ``indicator`` trace read into what its little widget shows (Qt-free).

The number (prefix, suffix, ``valueformat``), the delta against a reference (its sign
picks the increasing or decreasing colour and symbol, as plotly's) and the gauge
(axis range, bar, steps, threshold; angular or bullet) are settled here; the Qt side
only lays them out. ``valueformat`` is a d3-format string; the common forms (",.2f",
".1%", "$,.0f", ".3s", "~") are read, as plotly.js does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from rerunqt.core import plotly_values as pv

INCREASING = "#3d9970"  # plotly's delta colours and symbols
DECREASING = "#ff4136"
_D3 = re.compile(r"^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(?:\.(\d+))?(~)?([a-z%])?$", re.I)
_SI = ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""), (1e-3, "m"), (1e-6, "µ"))


def d3_format(value: float, spec: str | None) -> str:
    """``value`` written as the d3-format ``spec`` says (no spec: up to 6 significant digits)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    found = _D3.match(spec or "")
    if not spec or found is None:
        return _plain(value)
    _, _, sign, symbol, _, _, comma, precision, trim, kind = found.groups()
    digits = int(precision) if precision is not None else None
    group = "," if comma else ""
    kind = kind or ""
    if kind == "s":
        scale, unit = next(((f, u) for f, u in _SI if abs(value) >= f), (1.0, ""))
        text = f"{value / scale:.{digits or 3}g}" + unit
    elif kind == "%":
        text = f"{value * 100:{group}.{6 if digits is None else digits}f}"
        text = (_trim(text) if trim or digits is None else text) + "%"
    elif kind in ("f", "e", "g"):
        text = f"{value:{group}.{6 if digits is None else digits}{kind}}"
        text = _trim(text) if trim else text
    elif kind == "d":
        text = f"{round(value):{group}d}"
    elif kind == "r":
        text = f"{value:{group}.{digits or 6}g}"
    else:
        text = f"{value:{group}.{digits}f}" if digits is not None else f"{value:{group}.12g}"
        text = _trim(text) if trim else text
    if symbol == "$":
        text = text.replace("-", "-$", 1) if text.startswith("-") else "$" + text
    if sign == "+" and value > 0:
        text = "+" + text
    return text


def _trim(text: str) -> str:
    number, _, exponent = text.partition("e")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number + ("e" + exponent if exponent else "")


def _plain(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            return float(value) if value is not None and value != "" else None
        except (TypeError, ValueError):
            return None
    return float(value)


class Indicator:
    """What an indicator shows: number, delta, gauge; equal by its settings."""

    __slots__ = ("bar_color", "bar_thickness", "decreasing", "delta_format", "domain", "gauge",
                 "increasing", "prefix", "range", "reference", "relative", "shows", "steps",
                 "suffix", "symbols", "threshold", "title", "value", "value_format")

    def __init__(self, spec: Mapping[str, Any]) -> None:
        mode = str(spec.get("mode") or "number")
        self.shows = frozenset(part for part in mode.split("+") if part in ("number", "delta", "gauge"))
        self.value = _number(spec.get("value"))
        number = spec.get("number") or {}
        self.prefix = str(number.get("prefix") or "")
        self.suffix = str(number.get("suffix") or "")
        self.value_format = number.get("valueformat") or None
        delta = spec.get("delta") or {}
        self.reference = _number(delta.get("reference"))
        self.relative = bool(delta.get("relative"))
        self.delta_format = delta.get("valueformat") or (".2%" if self.relative else self.value_format)
        up, down = delta.get("increasing") or {}, delta.get("decreasing") or {}
        self.increasing = pv.color(up.get("color")) or pv.color(INCREASING)
        self.decreasing = pv.color(down.get("color")) or pv.color(DECREASING)
        self.symbols = (str(up.get("symbol", "▲")), str(down.get("symbol", "▼")))
        gauge = spec.get("gauge") or {}
        self.gauge = "bullet" if gauge.get("shape") == "bullet" else "angular"
        axis_range = (gauge.get("axis") or {}).get("range") or [None, None]
        low = _number(axis_range[0]) if len(axis_range) > 0 else None
        high = _number(axis_range[1]) if len(axis_range) > 1 else None
        value = self.value or 0.0
        self.range = (0.0 if low is None else low, 1.5 * value if high is None else high)
        if self.range[1] == self.range[0]:
            self.range = (self.range[0], self.range[0] + 1.0)
        bar = gauge.get("bar") or {}
        self.bar_color = pv.color(bar.get("color"))  # None: the theme's first colour
        self.bar_thickness = float(bar.get("thickness", 1.0))
        self.steps = tuple(
            (float(step["range"][0]), float(step["range"][1]), pv.color(step.get("color")))
            for step in gauge.get("steps") or ()
            if isinstance(step, Mapping) and len(step.get("range") or ()) == 2)
        threshold = gauge.get("threshold") or {}
        at = _number(threshold.get("value"))
        line = threshold.get("line") or {}
        self.threshold = None if at is None else (at, pv.color(line.get("color")) or "red",
                                                   float(line.get("width", 2)),
                                                   float(threshold.get("thickness", 0.85)))
        self.title = pv.text(spec.get("title"))
        domain = spec.get("domain") or {}
        xs, ys = domain.get("x") or [0, 1], domain.get("y") or [0, 1]
        self.domain = (float(xs[0]), float(xs[1]), float(ys[0]), float(ys[1]))

    def key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def number_text(self) -> str:
        if self.value is None:
            return ""
        return f"{self.prefix}{d3_format(self.value, self.value_format)}{self.suffix}"

    def delta(self) -> tuple[float, str, Any] | None:
        """(difference, text, colour): the symbol and size of the change from the reference;
        colour None when there is no change (the text colour)."""
        if self.value is None or self.reference is None:
            return None
        change = self.value - self.reference
        if self.relative:
            change = change / self.reference if self.reference else math.nan
        if math.isnan(change):
            return None
        size = d3_format(abs(change), self.delta_format)
        if change > 0:
            return change, f"{self.symbols[0]}{size}", self.increasing
        if change < 0:
            return change, f"{self.symbols[1]}{size}", self.decreasing
        return change, size, None

    def place(self, value: float) -> float:
        """``value``'s place along the gauge, 0 at the axis start and 1 at its end (clipped)."""
        low, high = self.range
        return min(max((value - low) / (high - low), 0.0), 1.0)

    def __repr__(self) -> str:
        return f"Indicator({sorted(self.shows)}, {self.number_text()!r})"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About ``count`` round tick values from ``low`` to ``high`` (a 1-2-5 step)."""
    span = (high - low) or 1.0
    raw = span / count
    magnitude = 10.0 ** math.floor(math.log10(abs(raw)))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw - 1e-12)
    first = math.ceil(low / step - 1e-9) * step
    ticks = []
    at = first
    while at <= high + step * 1e-9:
        ticks.append(round(at, 12))
        at += step
    return ticks


__all__ = ["DECREASING", "INCREASING", "Indicator", "d3_format", "nice_ticks"]
