"""Date, time and datetime table cells: their text, their edit form, their typed value.

It exists so st.dataframe, st.data_editor and AppTest agree on three things, Qt-free:

- the text of a cell (``date_text``): a momentjs format or one of Streamlit's named
  presets "localized", "distance", "calendar", "iso8601"; Streamlit's defaults
  ("YYYY-MM-DD", "HH:mm:ss", "YYYY-MM-DD HH:mm:ss") when no format is given. A desktop
  app has no browser locale, so "localized" uses the US English forms Streamlit's docs
  show ("Mar 4, 2025, 12:00:00 PM");
- the edit delta's form of a cell (``iso_cell``): an ISO 8601 string, as Streamlit keeps
  date cells in ``st.session_state[key]`` (the delta travels as JSON there too);
- the value the returned data holds (``typed_cell``): a ``date``, ``time`` or ``datetime``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from rerunqt.core.timefmt import format_temporal

DATE_KINDS = frozenset({"date", "time", "datetime"})
DEFAULT_FORMATS = {"date": "YYYY-MM-DD", "time": "HH:mm:ss", "datetime": "YYYY-MM-DD HH:mm:ss"}
_LOCALIZED = {"date": "MMM D, YYYY", "time": "h:mm:ss A", "datetime": "MMM D, YYYY, h:mm:ss A"}
PRESETS = frozenset({"localized", "distance", "calendar", "iso8601"})
_OFFSET = re.compile(r"([+-]\d\d:?\d\d|Z)$")


def as_python(value: Any) -> Any:
    """A numpy datetime64 or pandas Timestamp as the datetime it stands for."""
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if type(value).__name__ == "datetime64":
        return value.astype("datetime64[us]").item()
    return value


def zone(name: str | None) -> tzinfo | None:
    """A timezone by name ("UTC", "Europe/Berlin", "+02:00"); ValueError naming it if unknown."""
    if name is None:
        return None
    if name.upper() in ("UTC", "Z"):
        return timezone.utc
    match = re.fullmatch(r"([+-])(\d\d):?(\d\d)", name)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # loaded with the first zoned column

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"timezone={name!r} is not a known timezone (use an IANA name such as "
                         f"'Europe/Berlin', 'UTC' or an offset such as '+02:00')") from None


def in_zone(value: Any, tz: str | None) -> Any:
    """An aware datetime shown in the column's timezone (a naive one is taken as UTC)."""
    if tz is None or not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(zone(tz))


# ----------------------------------------------------------------------------- text
def date_text(value: Any, kind: str, fmt: str | None = None, tz: str | None = None,
              now: datetime | None = None) -> str:
    """A cell's text; ``kind`` is the column's (date, time or datetime)."""
    value = in_zone(as_python(value), tz)
    if kind == "date" and isinstance(value, datetime):
        value = value.date()
    elif kind == "time" and isinstance(value, datetime):
        value = value.timetz()
    fmt = fmt or DEFAULT_FORMATS.get(kind, DEFAULT_FORMATS["datetime"])
    if fmt == "localized":
        return format_temporal(value, _LOCALIZED[_kind_of(value)])
    if fmt == "iso8601":
        return _iso8601(value)
    if fmt == "distance":
        return _distance(_moment(value), now)
    if fmt == "calendar":
        return _calendar(_moment(value), now)
    return format_temporal(value, fmt)


def step_format(kind: str, step: Any) -> str | None:
    """Streamlit's default format of a time / datetime column for its ``step``: minutes
    for a step of 60 s or more, milliseconds for one under a second; None: the usual."""
    if isinstance(step, timedelta):
        step = step.total_seconds()
    if kind not in ("time", "datetime") or isinstance(step, bool) or not isinstance(step, (int, float)):
        return None
    if step >= 60:
        return DEFAULT_FORMATS[kind][:-3]
    return DEFAULT_FORMATS[kind] + ".SSS" if 0 < step < 1 else None


# the slash dates a browser's Date parses (momentjs falls back to it): 2023/03/26, 03/26/2023
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4})")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def parsed_text(value: str) -> Any:
    """A text cell read as a date column reads it (Streamlit's toSafeDate): an ISO 8601
    date / datetime, a slash date as a browser reads one (year first, or month/day/year),
    with a time of day after it, else a time ("HH:mm[:ss[.SSS]]"); None when it is neither."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    day, _, clock = text.partition(" ")
    slashed, timed = _SLASHED.fullmatch(day), _CLOCK.fullmatch(clock.strip())
    if slashed and (timed or not clock.strip()):
        y, m, d = slashed.group(1, 2, 3) if slashed.group(1) else slashed.group(6, 4, 5)
        h, mi, sec = (timed.group(1), timed.group(2), timed.group(3) or 0) if timed else (0, 0, 0)
        try:
            return datetime(int(y), int(m), int(d), int(h), int(mi), int(sec))
        except ValueError:
            return None
    try:
        return time.fromisoformat(text) if re.fullmatch(r"\d\d:\d\d(:\d\d(\.\d+)?)?", text) else None
    except ValueError:
        return None


def _kind_of(value: Any) -> str:
    return "datetime" if isinstance(value, datetime) else "time" if isinstance(value, time) else "date"


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return datetime.combine(date.today(), value)


def _iso8601(value: Any) -> str:
    """momentjs' toISOString: UTC with milliseconds and Z (a naive value is taken as UTC)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    if isinstance(value, time):
        return value.strftime("%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value.isoformat()


def _now_for(value: datetime, now: datetime | None) -> datetime:
    if now is None:
        now = datetime.now(timezone.utc) if value.tzinfo is not None else datetime.now()
    if (value.tzinfo is None) != (now.tzinfo is None):
        now = now.replace(tzinfo=value.tzinfo)
    return now


def _distance(value: datetime, now: datetime | None) -> str:
    """momentjs' fromNow(): "a few seconds ago", "3 days ago", "in a month"; the same
    humanized duration as a duration cell, so 45 days is "a month" (not "1 months")."""
    from rerunqt.core.frame_text import duration_text  # (with numpy)

    seconds = (value - _now_for(value, now)).total_seconds()
    text = duration_text(abs(seconds))
    return f"in {text}" if seconds > 0 else f"{text} ago"


def _calendar(value: datetime, now: datetime | None) -> str:
    """momentjs' calendar(): "Today at 8:00 PM", "Last Monday at 2:30 AM", else MM/DD/YYYY."""
    days = (value.date() - _now_for(value, now).date()).days
    clock = format_temporal(value, "h:mm A")
    if days == 0:
        return f"Today at {clock}"
    if days == -1:
        return f"Yesterday at {clock}"
    if days == 1:
        return f"Tomorrow at {clock}"
    if -7 < days < 0:
        return f"Last {format_temporal(value, 'dddd')} at {clock}"
    if 0 < days < 7:
        return f"{format_temporal(value, 'dddd')} at {clock}"
    return format_temporal(value, "MM/DD/YYYY")


# ----------------------------------------------------------------------------- edit values
def iso_cell(kind: str, value: Any) -> str:
    """A cell of a ``kind`` column as the delta holds it: an ISO string; ValueError if not one."""
    value = as_python(value)
    if isinstance(value, str):
        value = typed_cell(kind, value)
    if kind == "datetime" and isinstance(value, date):
        if not isinstance(value, datetime):
            value = datetime.combine(value, time())
        return value.isoformat()
    if kind == "date" and isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if kind == "time" and isinstance(value, (time, datetime)):
        return (value.timetz() if isinstance(value, datetime) else value).isoformat()
    raise ValueError(f"{value!r} is not a {kind}")


def typed_cell(kind: str, value: Any) -> Any:
    """An ISO string (or a date/time value) as the ``kind`` value the returned data holds."""
    if value is None or not isinstance(value, str):
        return value
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        if kind == "time":
            return time.fromisoformat(text)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 {kind}") from None
    return parsed.date() if kind == "date" else parsed


def check_bounds(kind: str, iso: str, low: Any, high: Any) -> None:
    """ValueError when an edited cell lies outside the column's min_value / max_value."""
    value = typed_cell(kind, iso)
    for bound, name, outside in ((low, "min_value", lambda b: value < b),
                                 (high, "max_value", lambda b: value > b)):
        if bound is None:
            continue
        limit = typed_cell(kind, iso_cell(kind, bound))
        try:
            if outside(limit):
                raise ValueError(f"{iso} is outside the column's {name}={limit.isoformat()}")
        except TypeError:  # naive against aware: compare wall times
            if outside(limit.replace(tzinfo=value.tzinfo)):
                raise ValueError(f"{iso} is outside the column's {name}={limit.isoformat()}") from None


def stepped(kind: str, value: Any, step: float | None) -> Any:
    """A picked date/time rounded to the column's step (seconds; days for a DateColumn)."""
    if not step or step <= 0:
        return value
    if kind == "date":
        return value  # a date picker moves by days; a larger step is not a picker concept
    if kind == "time":
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        seconds = min(round(seconds / step) * step, 86399)
        whole = int(seconds)
        return time(whole // 3600, whole // 60 % 60, whole % 60, tzinfo=value.tzinfo)
    start = datetime.combine(value.date(), time(), value.tzinfo)
    seconds = (value - start).total_seconds()
    return start + timedelta(seconds=round(seconds / step) * step)
