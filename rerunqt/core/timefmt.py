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
    r"\[([^\]]*)\]|YYYY|YY|Y|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|DD|Do|D|dddd|ddd|dd|do|d|E|e|"
    r"WW|Wo|W|ww|wo|w|gggg|gg|GGGG|GG|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|X|x|ZZ|Z|N{1,5}"
)
# momentjs' US English long date formats, expanded before the tokens are read
_LONG = {"LTS": "h:mm:ss A", "LT": "h:mm A", "LLLL": "dddd, MMMM D, YYYY h:mm A",
         "LLL": "MMMM D, YYYY h:mm A", "LL": "MMMM D, YYYY", "L": "MM/DD/YYYY",
         "llll": "ddd, MMM D, YYYY h:mm A", "lll": "MMM D, YYYY h:mm A", "ll": "MMM D, YYYY",
         "l": "M/D/YYYY"}
_LONG_TOKENS = re.compile(r"(\[[^\[]*\])|LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _sunday0(d: datetime) -> int:
    return (d.weekday() + 1) % 7


def _us_week(d: datetime) -> tuple[int, int]:
    """momentjs' US English week (Sunday first; week 1 holds January 1) and its year."""
    sunday = d.date() - timedelta(days=_sunday0(d))
    year = (sunday + timedelta(days=6)).year
    jan1 = date(year, 1, 1)
    start = jan1 - timedelta(days=(jan1.weekday() + 1) % 7)
    return (sunday - start).days // 7 + 1, year


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
    "ww": lambda d: f"{_us_week(d)[0]:02d}", "w": lambda d: str(_us_week(d)[0]),
    "HH": lambda d: f"{d.hour:02d}", "H": lambda d: str(d.hour),
    "hh": lambda d: f"{d.hour % 12 or 12:02d}", "h": lambda d: str(d.hour % 12 or 12),
    "kk": lambda d: f"{d.hour or 24:02d}", "k": lambda d: str(d.hour or 24),
    "mm": lambda d: f"{d.minute:02d}", "m": lambda d: str(d.minute),
    "ss": lambda d: f"{d.second:02d}", "s": lambda d: str(d.second),
    "A": lambda d: "AM" if d.hour < 12 else "PM", "a": lambda d: "am" if d.hour < 12 else "pm",
    "X": lambda d: str((d.replace(tzinfo=None) - _EPOCH) // timedelta(seconds=1)),
    "x": lambda d: str((d.replace(tzinfo=None) - _EPOCH) // timedelta(milliseconds=1)),
    "ZZ": lambda d: _offset(d, ""), "Z": lambda d: _offset(d, ":"),
    "Y": lambda d: str(d.year), "Qo": lambda d: _ordinal((d.month - 1) // 3 + 1),
    "Wo": lambda d: _ordinal(d.isocalendar()[1]), "wo": lambda d: _ordinal(_us_week(d)[0]),
    "gggg": lambda d: f"{_us_week(d)[1]:04d}", "gg": lambda d: f"{_us_week(d)[1] % 100:02d}",
    "GGGG": lambda d: f"{d.isocalendar()[0]:04d}", "GG": lambda d: f"{d.isocalendar()[0] % 100:02d}",
}


def _moment_token(match: re.Match[str], d: datetime) -> str:
    token, literal = match.group(0), match.group(1)
    if literal is not None:
        return literal
    if token[0] == "S":  # fractions of a second, one digit per S
        return f"{d.microsecond:06d}000"[: len(token)]
    if token[0] == "N":  # the era
        return "Anno Domini" if token == "NNNN" else "AD"
    return _TOKENS[token](d)


def _offset(d: datetime, sep: str) -> str:
    delta = d.utcoffset()
    if delta is None:  # a naive value is read as UTC, as Streamlit's moment.utc reads it
        return f"+00{sep}00"
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
    fmt = _LONG_TOKENS.sub(lambda m: m.group(1) or _LONG[m.group(0)], fmt)
    return _MOMENT.sub(lambda m: _moment_token(m, d), fmt)
