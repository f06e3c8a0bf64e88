"""Moment.js (and strftime) formatting of dates and times, as slider labels show them.

Split out of ``rerunqt.core.sliders`` to keep modules small; it knows nothing of sliders.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

_EPOCH = datetime(1970, 1, 1)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MOMENT = re.compile(
    r"\[([^\]]*)\]|YYYY|YY|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|DD|Do|D|dddd|ddd|dd|do|d|E|e|"
    r"WW|W|ww|w|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|X|x|ZZ|Z"
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _sunday0(d: datetime) -> int:
    return (d.weekday() + 1) % 7


_TOKENS: dict[str, Callable[[datetime], str]] = {
    "YYYY": lambda d: f"{d.year:04d}", "YY": lambda d: f"{d.year % 100:02d}",
    "Q": lambda d: str((d.month - 1) // 3 + 1),
    "MMMM": lambda d: _MONTHS[d.month - 1], "MMM": lambda d: _MONTHS[d.month - 1][:3],
    "MM": lambda d: f"{d.month:02d}", "Mo": lambda d: _ordinal(d.month), "M": lambda d: str(d.month),
    "DDDD": lambda d: f"{d.timetuple().tm_yday:03d}", "DDDo": lambda d: _ordinal(d.timetuple().tm_yday),
    "DDD": lambda d: str(d.timetuple().tm_yday), "DD": lambda d: f"{d.day:02d}",
    "Do": lambda d: _ordinal(d.day), "D": lambda d: str(d.day),
    "dddd": lambda d: _DAYS[d.weekday()], "ddd": lambda d: _DAYS[d.weekday()][:3],
    "dd": lambda d: _DAYS[d.weekday()][:2], "do": lambda d: _ordinal(_sunday0(d)),
    "d": lambda d: str(_sunday0(d)), "e": lambda d: str(_sunday0(d)), "E": lambda d: str(d.isoweekday()),
    "WW": lambda d: f"{d.isocalendar()[1]:02d}", "W": lambda d: str(d.isocalendar()[1]),
    "ww": lambda d: f"{d.isocalendar()[1]:02d}", "w": lambda d: str(d.isocalendar()[1]),
    "HH": lambda d: f"{d.hour:02d}", "H": lambda d: str(d.hour),
    "hh": lambda d: f"{d.hour % 12 or 12:02d}", "h": lambda d: str(d.hour % 12 or 12),
    "kk": lambda d: f"{d.hour or 24:02d}", "k": lambda d: str(d.hour or 24),
    "mm": lambda d: f"{d.minute:02d}", "m": lambda d: str(d.minute),
    "ss": lambda d: f"{d.second:02d}", "s": lambda d: str(d.second),
    "A": lambda d: "AM" if d.hour < 12 else "PM", "a": lambda d: "am" if d.hour < 12 else "pm",
    "X": lambda d: str((d.replace(tzinfo=None) - _EPOCH) // timedelta(seconds=1)),
    "x": lambda d: str((d.replace(tzinfo=None) - _EPOCH) // timedelta(milliseconds=1)),
    "ZZ": lambda d: _offset(d, ""), "Z": lambda d: _offset(d, ":"),
}


def _moment_token(match: re.Match[str], d: datetime) -> str:
    token, literal = match.group(0), match.group(1)
    if literal is not None:
        return literal
    if token[0] == "S":  # fractions of a second, one digit per S
        return f"{d.microsecond:06d}000"[: len(token)]
    return _TOKENS[token](d)


def _offset(d: datetime, sep: str) -> str:
    delta = d.utcoffset()
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{sep}{minutes:02d}"


def format_temporal(v: date | time, fmt: str) -> str:
    """A date, time or datetime in a moment.js format (or strftime, if ``fmt`` has a ``%``)."""
    if "%" in fmt:
        return v.strftime(fmt)
    if isinstance(v, datetime):
        d = v
    elif isinstance(v, date):
        d = datetime.combine(v, time())
    else:
        d = datetime.combine(date(2000, 1, 1), v)
    return _MOMENT.sub(lambda m: _moment_token(m, d), fmt)
