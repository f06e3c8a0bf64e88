"""plotly.js's automatic ticks and labels on a date axis without ``tickformat`` (Qt-free).

plotly picks ``dtick`` from the rough step (span / about one tick per 80 pixels across,
40 up): years on 1, 2, 5, 10...; months on 1, 2, 3, 6, 12; days on 1, 2, 3, 7, 14 (from
Sunday 2000-01-02); hours on 1, 2, 3, 6, 12; minutes and seconds on 1, 2, 5, 10, 15, 30.
The step sets the label's unit (its ``tickround``): "2024"; "Jan 2024"; "Feb 7"; "12:00";
"12:00:05". Day and time labels carry a second line (the year; the date) on the first
tick and wherever it changes, as plotly's date headers ("Feb 7<br>2024").
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from rerunqt.core.d3_time import time_formatter

SECOND, MINUTE, HOUR, DAY = 1.0, 60.0, 3600.0, 86400.0
_AVG_YEAR, _AVG_MONTH = 365.25 * DAY, 365.25 * DAY / 12
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_SUNDAY = (datetime(2000, 1, 2, tzinfo=timezone.utc) - _EPOCH).total_seconds()


def _round_up(value: float, steps: tuple[float, ...]) -> float:
    return next((s for s in steps if s >= value), steps[-1])


def _base10(rough: float) -> float:
    base = 10 ** math.floor(math.log10(rough)) if rough > 0 else 1.0
    return base * _round_up(rough / base, (2.0, 5.0, 10.0))


def auto_step(low: float, high: float, count: float) -> tuple[str, float]:
    """plotly's ``dtick`` for ``count`` ticks over seconds ``low``..``high``: ("month", n)
    or ("second", seconds)."""
    rough = abs(high - low) / max(count, 1e-9)
    twice = 2 * rough
    if twice > _AVG_YEAR:
        return "month", 12 * max(1.0, _base10(rough / _AVG_YEAR))
    if twice > _AVG_MONTH:
        return "month", _round_up(rough / _AVG_MONTH, (1, 2, 3, 6, 12))
    if twice > DAY:
        return "second", DAY * _round_up(rough / DAY, (1, 2, 3, 7, 14))
    if twice > HOUR:
        return "second", HOUR * _round_up(rough / HOUR, (1, 2, 3, 6, 12))
    if twice > MINUTE:
        return "second", MINUTE * _round_up(rough / MINUTE, (1, 2, 5, 10, 15, 30))
    if twice > SECOND:
        return "second", _round_up(rough, (1, 2, 5, 10, 15, 30))
    return "second", _base10(rough) if rough > 0 else 0.001


def _moment(seconds: float) -> datetime:
    return _EPOCH + timedelta(seconds=seconds)


def date_ticks(low: float, high: float, count: float) -> tuple[list[float], float]:
    """The tick values in ``low``..``high`` and the nominal step (months as 1/12 year)."""
    low, high = min(low, high), max(low, high)
    unit, step = auto_step(low, high, count)
    if unit == "month":
        months = int(step)
        start_at = _moment(low)
        index = (start_at.year - 2000) * 12 + start_at.month - 1  # months since 2000-01 (plotly's tick0)
        index -= index % months
        out: list[float] = []
        while len(out) < 1000:
            year, month = 2000 + index // 12, index % 12 + 1
            value = (datetime(year, month, 1, tzinfo=timezone.utc) - _EPOCH).total_seconds()
            if value > high:
                break
            if value >= low:
                out.append(value)
            index += months
        return out, months * _AVG_MONTH
    start = _SUNDAY if step >= DAY else 0.0  # day ticks from Sunday 2000-01-02
    first = math.ceil((low - start) / step - 1e-9)
    last = math.floor((high - start) / step + 1e-9)
    if last - first > 1000:
        return [], step
    return [start + k * step for k in range(first, last + 1)], step


def _unit(step: float) -> str:
    """plotly's ``tickround`` for a step in seconds: y, m, d, M (minutes), S (seconds)."""
    if step >= 360 * DAY:
        return "y"
    if step >= 28 * DAY:
        return "m"
    if step >= DAY:
        return "d"
    if step >= MINUTE:
        return "M"
    return "S"


def date_labels(values: list[float], step: float) -> list[str]:
    """Each tick's text; a day's or time's head (year, or date) on a second line on the
    first tick and wherever it changes."""
    unit = _unit(step if step > 0 else DAY)
    if unit in ("y", "m"):
        return [time_formatter("%Y" if unit == "y" else "%b %Y")(v) for v in values]
    main = time_formatter({"d": "%b %-d", "M": "%H:%M", "S": "%H:%M:%S"}[unit])
    head = time_formatter("%Y" if unit == "d" else "%b %-d, %Y")
    out, last = [], None
    for value in values:
        text, top = main(value), head(value)
        out.append(text if top == last else f"{text}\n{top}")
        last = top
    return out


__all__ = ["auto_step", "date_labels", "date_ticks"]
