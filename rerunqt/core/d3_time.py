"""d3's time ticks and time formats (Qt-free), in UTC as rerunqt reads naive times.

A Vega time axis asks d3 for about ``count`` ticks on calendar steps (1, 5, 15, 30
seconds or minutes; 1, 3, 6, 12 hours; 1 or 2 days; weeks from Sunday; 1 or 3 months;
years) and labels each by the coarsest unit it starts: "2024", "February", "Feb 04"
(a Sunday), "Tue 06", "03 PM", "03:30", ":15", ".250" (Vega's ``timeMultiFormat``).
``time_formatter`` writes a d3-time-format string such as ``"%b %d, %Y"``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from rerunqt.core.axis_ticks import tick_step

SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR = 1.0, 60.0, 3600.0, 86400.0, 604800.0, 2592000.0, 31536000.0
_INTERVALS = (("second", 1, SECOND), ("second", 5, 5 * SECOND), ("second", 15, 15 * SECOND),
              ("second", 30, 30 * SECOND), ("minute", 1, MINUTE), ("minute", 5, 5 * MINUTE),
              ("minute", 15, 15 * MINUTE), ("minute", 30, 30 * MINUTE), ("hour", 1, HOUR),
              ("hour", 3, 3 * HOUR), ("hour", 6, 6 * HOUR), ("hour", 12, 12 * HOUR),
              ("day", 1, DAY), ("day", 2, 2 * DAY), ("week", 1, WEEK), ("month", 1, MONTH),
              ("month", 3, 3 * MONTH), ("year", 1, YEAR))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _moment(seconds: float) -> datetime:
    return _EPOCH + timedelta(seconds=seconds)


def _interval(start: float, stop: float, count: float) -> tuple[str, float]:
    """d3's ``tickInterval``: the calendar unit and step nearest to the span / ``count``."""
    target = abs(stop - start) / max(count, 1e-9)
    i = next((k for k, (_, _, length) in enumerate(_INTERVALS) if length > target), len(_INTERVALS))
    if i == len(_INTERVALS):
        return "year", max(1.0, tick_step(start / YEAR, stop / YEAR, count))
    if i == 0:
        return "millisecond", max(tick_step(start * 1000, stop * 1000, count), 1.0)
    before, after = _INTERVALS[i - 1], _INTERVALS[i]
    unit, step, _ = before if target / before[2] < after[2] / target else after
    return unit, float(step)


def _month_ticks(start: datetime, stop: datetime, months: int) -> list[datetime]:
    out: list[datetime] = []
    year, month = start.year, start.month
    while True:
        moment = datetime(year, month, 1, tzinfo=timezone.utc)
        if moment > stop:
            return out
        if moment >= start and (month - 1) % months == 0:
            out.append(moment)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def time_ticks(start: float, stop: float, count: float) -> list[float]:
    """d3's ``utcTicks``: calendar-aligned moments from ``start`` to ``stop`` (seconds)."""
    if not (math.isfinite(start) and math.isfinite(stop)) or count <= 0:
        return []
    low, high = min(start, stop), max(start, stop)
    unit, step = _interval(low, high, count)
    if unit in ("millisecond", "second", "minute", "hour"):
        values = _clock_ticks(low, high, unit, step)
    else:
        moments = _calendar_ticks(_moment(low), _moment(high), unit, int(step))
        values = [(m - _EPOCH).total_seconds() for m in moments]
    return values if start <= stop else values[::-1]


def _clock_ticks(low: float, high: float, unit: str, step: float) -> list[float]:
    """Multiples of a fixed length whose second (minute, hour) is a multiple of ``step``."""
    size = step / 1000 if unit == "millisecond" else {"second": SECOND, "minute": MINUTE, "hour": HOUR}[unit]
    first = math.ceil(low / size - 1e-9)
    values = []
    for k in range(first, math.floor(high / size + 1e-9) + 1):
        at = k * size
        moment = _moment(at)
        field = {"second": moment.second, "minute": moment.minute, "hour": moment.hour}.get(unit, 0)
        if field % step == 0:
            values.append(at)
        if len(values) > 10_000:
            break
    return values


def _calendar_ticks(first: datetime, last: datetime, unit: str, step: int) -> list[datetime]:
    if unit == "month":
        return _month_ticks(first, last, step)
    if unit == "year":
        years = range(math.ceil(first.year / step) * step - step, last.year + 1, step)
        return [m for m in (datetime(y, 1, 1, tzinfo=timezone.utc) for y in years if y > 0)
                if first <= m <= last]
    day = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
    if day < first:
        day += timedelta(days=1)
    moments: list[datetime] = []
    while day <= last and len(moments) < 10_000:
        if (unit == "day" and (day.day - 1) % step == 0) or (unit == "week" and day.weekday() == 6):
            moments.append(day)
        day += timedelta(days=1)
    return moments


def multi_format(seconds: float) -> str:
    """Vega's default time label: the coarsest unit at which ``seconds`` is not a boundary."""
    moment = _moment(seconds)
    if moment.microsecond:
        spec = ".%L"
    elif moment.second:
        spec = ":%S"
    elif moment.minute:
        spec = "%I:%M"
    elif moment.hour:
        spec = "%I %p"
    elif moment.day != 1:
        spec = "%a %d" if moment.weekday() != 6 else "%b %d"
    elif moment.month != 1:
        spec = "%B"
    else:
        spec = "%Y"
    return time_formatter(spec)(seconds)


def _field(moment: datetime, code: str) -> tuple[str, str]:
    """One directive's text and its default padding character ("" when it has none)."""
    week_sunday = (moment.timetuple().tm_yday + 6 - (moment.weekday() + 1) % 7) // 7
    table: dict[str, tuple[Any, str]] = {
        "a": (_DAYS[moment.weekday()][:3], ""), "A": (_DAYS[moment.weekday()], ""),
        "b": (_MONTHS[moment.month - 1][:3], ""), "B": (_MONTHS[moment.month - 1], ""),
        "d": (f"{moment.day:02d}", "0"), "e": (f"{moment.day:2d}", " "),
        "H": (f"{moment.hour:02d}", "0"), "I": (f"{(moment.hour % 12) or 12:02d}", "0"),
        "j": (f"{moment.timetuple().tm_yday:03d}", "0"), "L": (f"{moment.microsecond // 1000:03d}", "0"),
        "f": (f"{moment.microsecond:06d}", "0"), "m": (f"{moment.month:02d}", "0"),
        "M": (f"{moment.minute:02d}", "0"), "p": ("AM" if moment.hour < 12 else "PM", ""),
        "q": (str((moment.month - 1) // 3 + 1), ""), "S": (f"{moment.second:02d}", "0"),
        "u": (str(moment.isoweekday()), ""), "w": (str((moment.weekday() + 1) % 7), ""),
        "U": (f"{week_sunday:02d}", "0"), "y": (f"{moment.year % 100:02d}", "0"),
        "Y": (f"{moment.year:04d}", "0"), "Z": ("+0000", ""), "%": ("%", ""),
        "s": (str(int((moment - _EPOCH).total_seconds())), ""),
        "Q": (str(int((moment - _EPOCH).total_seconds() * 1000)), ""),
        "V": (f"{moment.isocalendar()[1]:02d}", "0"), "G": (str(moment.isocalendar()[0]), ""),
    }
    text, pad = table.get(code, ("%" + code, ""))
    return str(text), pad


def time_formatter(specifier: str) -> Callable[[float], str]:
    """A function writing seconds since the epoch as d3's ``utcFormat(specifier)`` does."""
    def write(seconds: float) -> str:
        moment = _moment(seconds)

        def one(match: re.Match[str]) -> str:
            flag, code = match.group(1), match.group(2)
            text, pad = _field(moment, code)
            if flag and pad:
                stripped = text.lstrip(pad) or text[-1:]
                text = stripped if flag == "-" else stripped.rjust(len(text), " " if flag == "_" else "0")
            return text

        return re.sub(r"%([-_0]?)(.)", one, specifier)

    return write


__all__ = ["multi_format", "time_formatter", "time_ticks"]
