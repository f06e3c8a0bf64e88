"""plotly.js's tick values and labels for a linear axis (Qt-free).

plotly picks a step of 2, 5 or 10 times a power of ten for about one tick per 80 pixels
across (40 up), and writes big ranges with an SI letter ("500k", "1.5B": its default
``exponentformat="B"``), small ones with two digits past the step's. A layout may set
``tickmode="linear"`` with ``tick0`` / ``dtick``, ``tickmode="array"`` with ``tickvals``
/ ``ticktext``, a d3 ``tickformat`` and a ``tickprefix`` / ``ticksuffix``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from rerunqt.core.d3_format import MINUS, formatter
from rerunqt.core.d3_time import time_formatter, time_ticks

_SI = ("f", "p", "n", "\u03bc", "m", "", "k", "M", "G", "T")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


class TickSpec:
    """What an axis' layout says about its ticks (plotly's defaults where it says nothing)."""

    __slots__ = ("dtick", "exponentformat", "format", "mode", "nticks", "prefix", "separate",
                 "suffix", "text", "tick0", "values")

    def __init__(self, layout: Mapping[str, Any]) -> None:
        self.dtick = _number(layout.get("dtick"))
        if self.dtick is not None and self.dtick <= 0:
            self.dtick = None
        self.tick0 = _number(layout.get("tick0")) or 0.0
        values = layout.get("tickvals")
        self.values = tuple(float(v) for v in values if _number(v) is not None) \
            if isinstance(values, (list, tuple)) else ()
        text = layout.get("ticktext")
        self.text = tuple(str(t) for t in text) if isinstance(text, (list, tuple)) else ()
        mode = layout.get("tickmode")
        if mode not in ("auto", "linear", "array"):
            mode = "array" if self.values else "linear" if self.dtick is not None else "auto"
        self.mode = str(mode)
        if self.mode == "linear" and self.dtick is None:
            self.dtick = 1.0  # plotly's default step when "linear" names no dtick (hours 0..23)
        self.nticks = int(layout.get("nticks") or 0) if _number(layout.get("nticks")) else 0
        self.format = str(layout.get("tickformat") or "")
        self.prefix = str(layout.get("tickprefix") or "")
        self.suffix = str(layout.get("ticksuffix") or "")
        self.exponentformat = str(layout.get("exponentformat") or "B")
        self.separate = bool(layout.get("separatethousands"))

    def key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def step(self, low: float, high: float, pixels: float, across: bool) -> float:
        """The distance between ticks: ``dtick``, or plotly's automatic choice."""
        if self.mode == "linear" and self.dtick is not None:
            return self.dtick
        count = self.nticks or min(max(pixels / (80 if across else 40), 4), 9) + 1
        rough = abs(high - low) / count
        if not rough or not math.isfinite(rough):
            return 1.0
        base = 10 ** math.floor(math.log10(rough))
        return base * next((r for r in (2, 5, 10) if r > rough / base), 10)

    def ticks(self, low: float, high: float, pixels: float, across: bool,
              date: bool = False) -> tuple[list[float], float]:
        """The tick values in view and the step between them (``date``: seconds, on calendar
        steps)."""
        low, high = min(low, high), max(low, high)
        if date:
            count = self.nticks or min(max(pixels / (80 if across else 40), 4), 9) + 1
            if self.format:  # as before: d3's calendar ticks under the layout's tickformat
                values = time_ticks(low, high, count)
                return values, (values[1] - values[0]) if len(values) > 1 else 0.0
            return date_ticks(low, high, count)
        if self.mode == "array" and self.values:
            return [v for v in self.values if low <= v <= high], 0.0
        step = self.step(low, high, pixels, across)
        start = self.tick0 if self.mode == "linear" else 0.0
        first = math.ceil((low - start) / step - 1e-9)
        last = math.floor((high - start) / step + 1e-9)
        if last - first > 1000:
            return [], step
        return [start + k * step for k in range(first, last + 1)], step

    def labels(self, values: list[float], step: float, low: float, high: float,
               date: bool = False) -> list[str]:
        """Each tick's text, prefixed and suffixed (``date``: by the d3 time ``tickformat``,
        else as plotly writes dates by the step)."""
        if date:
            dates = [time_formatter(self.format)(v) for v in values] if self.format \
                else auto_date_labels(values, step)
            return [f"{self.prefix}{text}{self.suffix}" for text in dates]
        if self.mode == "array" and self.values:
            texts = {v: (self.text[i] if i < len(self.text) else None) for i, v in enumerate(self.values)}
            plain = [texts.get(v) for v in values]
            return [t if t is not None else self._one(v, step, low, high)
                    for v, t in zip(values, plain)]
        return [self._one(v, step, low, high) for v in values]

    def log_ticks(self, low: float, high: float, pixels: float,
                  across: bool) -> list[tuple[float, str]] | None:
        """plotly.js's automatic ticks of a log axis (``low``/``high`` in decades): every
        decade or every few when they crowd ("1000", "10k"), else the decades with the
        2 and 5 between them ("D2") or every digit ("D1"), labelled "2", "5"; a span under
        a decade is ticked linearly. None when the layout sets its own ticks."""
        if self.mode != "auto" or self.format or self.nticks:
            return None
        low, high = min(low, high), max(low, high)
        span = high - low
        if not span or not math.isfinite(span):
            return None
        rough = span / (min(max(pixels / (80 if across else 40), 4), 9) + 1)
        if span < 1:  # inside one decade: linear steps on the values, labelled whole
            values, step = self.ticks(10 ** low, 10 ** high, pixels, across)
            return [(math.log10(v), self._one(v, step, 10 ** low, 10 ** high)) for v in values if v > 0]
        if rough > 0.7:
            every = math.ceil(rough)
            decades = range(math.ceil(low / every) * every, math.floor(high) + 1, every)
            return [(float(k), _decade(k)) for k in decades]
        digits = (2, 5) if rough > 0.3 else tuple(range(2, 10))
        out: list[tuple[float, str]] = []
        for k in range(math.floor(low), math.floor(high) + 1):
            for value, text in ((float(k), _decade(k)), *((k + math.log10(d), str(d)) for d in digits)):
                if low - 1e-9 <= value <= high + 1e-9:
                    out.append((value, text))
        return out

    def _one(self, value: float, step: float, low: float, high: float) -> str:
        if self.format:
            try:
                text = formatter(self.format)(value)
            except ValueError:
                text = number_label(value, step or 1.0, low, high, self.exponentformat, self.separate)
        else:
            text = number_label(value, step or 1.0, low, high, self.exponentformat, self.separate)
        return f"{self.prefix}{text}{self.suffix}"


_DAY = 86400.0
_YEAR = 365.25 * _DAY  # plotly's ONEAVGYEAR and ONEAVGMONTH
_MONTH = _YEAR / 12
_SUNDAY_2000 = 946771200.0  # 2000-01-02: plotly's first tick of day steps
_JAN_2000 = 946684800.0


def _decade(power: int) -> str:
    """10 ** power as plotly writes a log axis' decade: "1000", "10k", "1M", "0.01"."""
    value = 10.0 ** power
    return number_label(value, value, value, value)


def _round_up(value: float, choices: tuple[float, ...]) -> float:
    return next((c for c in choices if c >= value), choices[-1])


def date_ticks(low: float, high: float, count: float) -> tuple[list[float], float]:
    """plotly.js's automatic date ticks (seconds): years and months on calendar months
    from January 2000, days from Sunday 2000-01-02 (1, 2, 3, 7 or 14 of them), hours,
    minutes and seconds on round steps; and the step."""
    rough = (high - low) / count
    if not rough or not math.isfinite(rough):
        return [low], 0.0
    if 2 * rough > _MONTH:
        if 2 * rough > _YEAR:
            years = rough / _YEAR
            base = 10.0 ** math.floor(math.log10(years))
            months = int(round(12 * base * _round_up(years / base, (2, 5, 10))))
        else:
            months = int(_round_up(rough / _MONTH, (1, 2, 3, 6, 12)))
        return _month_ticks(low, high, max(months, 1)), months * _MONTH
    if 2 * rough > _DAY:
        step, start = _DAY * _round_up(rough / _DAY, (1, 2, 3, 7, 14)), _SUNDAY_2000
    elif 2 * rough > 3600:
        step, start = 3600 * _round_up(rough / 3600, (1, 2, 3, 6, 12)), _JAN_2000
    elif 2 * rough > 60:
        step, start = 60 * _round_up(rough / 60, (1, 2, 5, 10, 15, 30)), _JAN_2000
    elif 2 * rough > 1:
        step, start = _round_up(rough, (1, 2, 5, 10, 15, 30)), _JAN_2000
    else:
        base = 10.0 ** math.floor(math.log10(rough))
        step, start = base * _round_up(rough / base, (2, 5, 10)), _JAN_2000
    first = math.ceil((low - start) / step - 1e-9)
    last = math.floor((high - start) / step + 1e-9)
    if last - first > 1000:
        return [], step
    return [start + k * step for k in range(first, last + 1)], step


def _month_ticks(low: float, high: float, months: int) -> list[float]:
    from datetime import datetime, timezone

    begin = datetime.fromtimestamp(low, timezone.utc)
    index = (begin.year - 2000) * 12 + begin.month - 1
    index = -(-index // months) * months  # up to a multiple of the step from January 2000
    out: list[float] = []
    while len(out) < 1000:
        year, month = divmod(index, 12)
        at = datetime(2000 + year, month + 1, 1, tzinfo=timezone.utc).timestamp()
        if at > high:
            break
        if at >= low:
            out.append(at)
        index += months
    return out


def auto_date_labels(values: list[float], step: float) -> list[str]:
    """plotly's date labels with no ``tickformat``, by the step: "2024" (years), "Jan 2024"
    (months), "Nov 15" (days; the year on a second line under the first tick and where it
    changes), "09:30" (hours, minutes; the day on a second line the same way)."""
    if step >= 360 * _DAY:
        shown, head = "%Y", ""
    elif step >= 28 * _DAY:
        shown, head = "%b %Y", ""
    elif step >= _DAY or not step:
        shown, head = "%b %-d", "%Y"
    else:
        shown, head = ("%H:%M" if step >= 60 else "%H:%M:%S"), "%b %-d, %Y"
    write, write_head = time_formatter(shown), time_formatter(head) if head else None
    out: list[str] = []
    before = None
    for value in values:
        text = write(value)
        if write_head is not None and (now := write_head(value)) != before:
            text, before = f"{text}\n{now}", now
        out.append(text)
    return out


def _separate(text: str, always: bool) -> str:
    whole, _, fraction = text.partition(".")
    if always or fraction or len(whole) > 4:  # plotly leaves 4-digit whole numbers (years) alone
        head = len(whole) % 3 or 3
        whole = ",".join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return whole + ("." + fraction if fraction else "")


def number_label(value: float, step: float, low: float, high: float, exponentformat: str = "B",
                 separate: bool = False) -> str:
    """plotly's default label: two digits past the step's first, and a shared SI letter when
    the range reaches 10,000 or more (or under 0.001)."""
    tick_round = 2 - math.floor(math.log10(step) + 0.01)
    exponent = 0
    biggest = max(abs(low), abs(high))
    if biggest > 0 and exponentformat != "none":
        range_exp = math.floor(math.log10(biggest) + 0.01)
        if abs(range_exp) > 3:
            si = exponentformat in ("SI", "B") and -15 <= range_exp <= 15
            exponent = 3 * round((range_exp - 1) / 3) if si else range_exp
    negative = value < 0
    v = abs(value)
    half = 10.0 ** -tick_round / 2
    if v < half:
        text, negative = "0", False
    else:
        v += half
        if exponent:
            v *= 10.0 ** -exponent
            tick_round += exponent
        if tick_round == 0:
            text = str(math.floor(v))
        elif tick_round < 0:
            text = str(round(v - half))
            text = text[:len(text) + tick_round] + "0" * -tick_round
        else:
            text = repr(v)
            point = text.find(".") + 1
            if point and "e" not in text:
                text = text[:point + tick_round].rstrip("0").rstrip(".")
        text = _separate(text, separate)
    if exponent and exponentformat != "hide" and abs(value / step) >= 1e-6:  # zero: "0", not "0k"
        if exponentformat == "B" and exponent == 9:
            text += "B"
        elif exponentformat in ("SI", "B") and -15 <= exponent <= 15:
            text += _SI[exponent // 3 + 5]
        else:
            text += f"e{'+' if exponent > 0 else MINUS}{abs(exponent)}"
    return MINUS + text if negative else text


__all__ = ["TickSpec", "auto_date_labels", "date_ticks", "number_label"]
