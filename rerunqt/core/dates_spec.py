"""The checked parameters of date_input and time_input calls, and their value conversions.

Split out of ``rerunqt.core.pickers`` (which keeps the widget functions) to keep modules
small. Each spec is built once per distinct arguments and memoised, so a widget call only
looks it up and splices in the current value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from time import time as _epoch
from typing import Any

from rerunqt.errors import (
    DEFAULT,
    PartlyFits,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    invalid_min_max,
)

# the nine formats Streamlit 1.67 takes, in its order: one separator throughout
DATE_FORMAT_NAMES = tuple(f"{a}{sep}{b}{sep}{c}" for sep in "/.-"
                          for a, b, c in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY")))


def check_date_format(fmt: Any) -> str:
    """date_input's and datetime_input's ``format``, or Streamlit 1.67's error in its words."""
    if not isinstance(fmt, str):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `format` type. Expected one of: str. Provided type: {type(fmt).__name__}.")
    if fmt not in DATE_FORMAT_NAMES:
        raise StreamlitValueError("format", [repr(name) for name in DATE_FORMAT_NAMES],
                                  f"Provided value: {fmt!r}.")
    return fmt
_DAY_SECONDS = 24 * 3600
_SPECS_MAX = 1024

DateValue = date | tuple[date, ...] | None


# --------------------------------------------------------------------------------------
# the clock: today's date and the current minute, recomputed only when they may change
# --------------------------------------------------------------------------------------

_DAY: list[Any] = [0.0, 0.0, date.min]  # [start, end) as epoch seconds, and that local date
_MINUTE: list[Any] = [None, time()]  # the epoch minute and that local time of day


def today() -> date:
    """``date.today()``, without asking the clock's calendar more than once a day."""
    now = _epoch()
    day = _DAY
    if day[0] <= now < day[1]:
        return day[2]
    current = date.today()
    try:
        start = datetime.combine(current, time()).timestamp()
        end = datetime.combine(current + timedelta(days=1), time()).timestamp()
    except (OverflowError, OSError, ValueError):
        return current  # at the ends of date's range: no caching
    day[0], day[1], day[2] = start, end, current
    return current


def now_minute() -> time:
    """The local time of day truncated to the minute (``time_input``'s ``"now"``).

    Local offsets are whole minutes, so the local minute only changes with the epoch minute.
    """
    minute = _epoch() // 60
    cached = _MINUTE
    if cached[0] == minute:
        return cached[1]
    value = datetime.now().time().replace(second=0, microsecond=0)
    cached[0], cached[1] = minute, value
    return value


# --------------------------------------------------------------------------------------
# date_input
# --------------------------------------------------------------------------------------


class DateSpec:
    """The checked parameters of one date_input call (built once per distinct arguments).

    ``day`` is the date it was built on when it depends on today (``"today"`` or default
    bounds around no date), else None.
    """

    __slots__ = ("coerce", "day", "default", "default_given", "identity", "is_range", "max", "min",
                 "props", "to_ui")

    def __init__(self, is_range: bool, default: DateValue, lo: date, hi: date, fmt: str,
                 identity: tuple[Any, ...], default_given: bool, day: date | None,
                 explicit: tuple[bool, bool] = (True, True)) -> None:
        self.is_range, self.default, self.min, self.max = is_range, default, lo, hi
        self.identity, self.default_given, self.day = identity, default_given, day
        self.props = (("min", lo), ("max", hi), ("format", fmt), ("is_range", is_range))
        self.coerce = _date_coercer(is_range, lo, hi, explicit)
        self.to_ui = _date_range_to_ui if is_range else _date_to_ui

    @classmethod
    def build(cls, value: Any, lo: Any, hi: Any, fmt: Any, range_from_state: bool) -> DateSpec:
        check_date_format(fmt)
        current = today()
        uses_today = False
        if value is None:
            is_range, items = range_from_state, []
        elif isinstance(value, (list, tuple)) and len(value) <= 2:
            is_range, items = True, list(value)
        elif isinstance(value, (date, str)):
            is_range, items = range_from_state, [value]
        elif isinstance(value, (list, tuple)):  # Streamlit 1.67's words, then what was given
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `value` type. Expected one of: date, datetime, sequence of 0 to 2 date or "
                f"datetime values. Provided type: {type(value).__name__}. (value={value!r:.120})")
        else:
            raise _value_type_error("value", value)
        dates = []
        for item in items:
            dates.append(_date_arg("value", item, current))
            uses_today = uses_today or _is_today(item)
        dates.sort()
        bounds = []
        for name, bound in (("min_value", lo), ("max_value", hi)):
            bounds.append(None if bound is None else _date_arg(name, bound, current))
            uses_today = uses_today or _is_today(bound)
        if not dates and (bounds[0] is None or bounds[1] is None):
            uses_today = True
        low = bounds[0] if bounds[0] is not None else _add_years(dates[0] if dates else current, -10)
        high = bounds[1] if bounds[1] is not None else _add_years(dates[-1] if dates else current, 10)
        if low > high:
            raise invalid_min_max(low, high)
        if _is_today(value):  # Streamlit: "today" outside the bounds becomes the bound
            dates = [low if d < low else high if d > high else d for d in dates]
        for v in dates:  # Streamlit 1.67's words
            if v < low:
                raise StreamlitValueBelowMinError(f"The `value` {v} is less than the `min_value` {low}.")
            if v > high:
                raise StreamlitValueAboveMaxError(
                    f"The `value` {v} is greater than the `max_value` {high}.")
        default: DateValue = tuple(dates) if is_range else (dates[0] if dates else None)
        shown_value = tuple(value) if isinstance(value, list) else value
        identity = (shown_value, lo, hi, fmt)
        default_given = value is not None and not _is_today(value)
        return cls(is_range, default, low, high, fmt, identity, default_given,
                   current if uses_today else None, (lo is not None, hi is not None))


def date_spec(value: Any, lo: Any, hi: Any, fmt: Any, range_from_state: bool = False) -> DateSpec:
    """``DateSpec.build``, memoised per distinct arguments (and per day when it uses today).

    The key holds each argument's class, so equal values of other types (a date and a
    datetime) never share a spec; a list ``value`` is keyed by its items. Only plain
    values are stored: an aware datetime equals the same instant in another zone but may
    fall on another date.
    """
    if value.__class__ is list:
        cache_key: Any = (list, tuple(value), lo.__class__, lo, hi.__class__, hi, fmt,
                          range_from_state)
    else:
        cache_key = (value.__class__, value, lo.__class__, lo, hi.__class__, hi, fmt,
                     range_from_state)
    try:
        spec = _DATE_SPECS[cache_key]
    except (KeyError, TypeError):
        pass
    else:
        if spec.day is None or spec.day == today():
            return spec
    spec = DateSpec.build(value, lo, hi, fmt, range_from_state)
    if _plain_date_args(value, lo, hi, fmt):
        if len(_DATE_SPECS) >= _SPECS_MAX:
            _DATE_SPECS.clear()
        _DATE_SPECS[cache_key] = spec
    return spec


def _plain_date_args(value: Any, lo: Any, hi: Any, fmt: Any) -> bool:
    """Whether a DateSpec may be stored under these arguments (see ``date_spec``)."""
    if value.__class__ is list or value.__class__ is tuple:
        if not all(_plain_date(v) for v in value):
            return False
    elif not _plain_date(value):
        return False
    return _plain_date(lo) and _plain_date(hi) and fmt.__class__ is str


_DATE_SPECS: dict[tuple[Any, ...], DateSpec] = {}


def _plain_date(v: Any) -> bool:
    """None, a date, a naive datetime or a string, of exactly those classes: safe to key
    a spec on ("today" is checked against the day the spec was built on)."""
    return (v is None or v.__class__ is date or v.__class__ is str
            or (v.__class__ is datetime and v.tzinfo is None))


def _is_today(v: Any) -> bool:
    return v.__class__ is str and v == "today"


def _date_arg(name: str, v: Any, current: date) -> date:
    """A date argument as Streamlit 1.67 reads it: a date, a datetime, an ISO date or
    datetime string, or "today"; else an error naming the parameter."""
    if isinstance(v, date):
        return _as_date(v)
    if isinstance(v, str):
        if _is_today(v):
            return current
        try:
            return date.fromisoformat(v)
        except ValueError:
            try:
                return datetime.fromisoformat(v).date()
            except ValueError:
                pass
    raise _value_type_error(name, v)


def _value_type_error(name: str, v: Any) -> StreamlitInvalidParameterTypeError:
    """Streamlit 1.67's words (a text it cannot read is a `value` error there, a bound's
    too), then what was given."""
    if isinstance(v, str) or name == "value":
        expected, named = 'date, datetime, ISO string, "today"', "value"
    else:
        expected, named = "date, datetime, ISO string, None", name
    return StreamlitInvalidParameterTypeError(
        f"Invalid `{named}` type. Expected one of: {expected}. Provided type: {type(v).__name__}. "
        f"(date_input {name}={v!r:.120}; an ISO date string is such as '2024-02-29')")


def _as_date(v: date) -> date:
    return v.date() if isinstance(v, datetime) else v


def _add_years(day: date, years: int) -> date:
    """``day`` moved by whole years (29 February becomes the 28th), within date's range."""
    year = min(max(day.year + years, date.min.year), date.max.year)
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def parse_date(v: Any) -> date:
    """A date from a date, datetime or ISO string; TypeError/ValueError otherwise."""
    if v.__class__ is date:
        return v
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return date(v.year, v.month, v.day)
    if isinstance(v, str):
        return date.fromisoformat(v.strip()[:10])
    raise TypeError(f"expected a date, got {type(v).__name__} {v!r}")


def _date_to_ui(v: Any) -> date | None:
    """What AppTest may set on a single date_input: a date, a datetime or None."""
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        raise ValueError("this date_input holds one date (it was not created with a range); "
                         "set a date or None")
    return parse_date(v)


def _date_range_to_ui(v: Any) -> tuple[date, ...]:
    """What AppTest may set on a range date_input: a list/tuple of 0 to 2 dates, or one
    date (the range's start, picked alone, as Streamlit's AppTest takes it)."""
    if v is None:
        return ()
    if isinstance(v, (date, str)):
        return (parse_date(v),)
    if not isinstance(v, (list, tuple)) or len(v) > 2:
        raise ValueError("this date_input is a range; set a tuple of 0 to 2 dates")
    return tuple(sorted(parse_date(d) for d in v))


def _date_coercer(is_range: bool, lo: date, hi: date,
                  explicit: tuple[bool, bool]) -> Callable[[Any], Any]:
    """A value from session state as a date (or range) within the bounds.

    Built once per DateSpec; a value that already fits is returned after class and bound
    checks only. Any other goes through ``_fit_dates`` (see there what replaces it).
    """

    def clamp(d: date) -> date:
        return lo if d < lo else hi if d > hi else d

    if is_range:
        def coerce_range(v: Any) -> tuple[date, ...]:
            if v.__class__ is tuple:
                n = len(v)
                if n == 0:
                    return v
                if n == 1:
                    d = v[0]
                    if d.__class__ is date and lo <= d <= hi:
                        return v
                elif n == 2:
                    d, e = v
                    if d.__class__ is date and e.__class__ is date and lo <= d <= e <= hi:
                        return v
            if v is None:
                return ()
            if isinstance(v, (date, str)):
                v = (v,)
            if not isinstance(v, (list, tuple)):
                raise TypeError(f"expected a tuple of 0 to 2 dates, got {type(v).__name__}")
            if len(v) > 2:
                raise ValueError(f"a date range holds at most 2 dates, got {len(v)}")
            return tuple(sorted(_fit_dates(v, lo, hi, explicit, clamp, tuple)))

        return coerce_range

    def coerce_single(v: Any) -> date | None:
        if v.__class__ is date and lo <= v <= hi:
            return v
        if v is None:
            return None
        if isinstance(v, (list, tuple)):
            raise TypeError("expected one date, got a sequence (this date_input is not a range)")
        return _fit_dates((v,), lo, hi, explicit, clamp, _first)[0]

    return coerce_single


def _first(dates: list[date]) -> date:
    return dates[0]


def _fit_dates(given: Any, lo: date, hi: date, explicit: tuple[bool, bool],
               clamp: Callable[[date], date], shape: Callable[[list[date]], Any]) -> list[date]:
    """``given`` as dates; raises PartlyFits (the stand-in: the dates clamped to the bounds,
    sorted) for an ISO string, refused when code set it, and for a date outside the bounds,
    replaced by the default when ``min_value`` or ``max_value`` was given, whether code set
    it or an earlier run with other bounds kept it (Streamlit 1.67 resets it). With neither
    given, a date outside the ten years shown is kept: Streamlit checks no value against
    bounds it made up."""
    dates = [parse_date(d) for d in given]
    if all(lo <= d <= hi for d in dates) and not any(isinstance(d, str) for d in given):
        return dates
    fitted = shape(sorted(map(clamp, dates)))  # the widget's value: a date, or a tuple
    text = next((d for d in given if isinstance(d, str)), None)
    if text is not None:
        raise PartlyFits(f"expected a date, got the str {text!r}", fitted)
    if not any(explicit):
        return dates
    outside = next(d for d in dates if not lo <= d <= hi)
    raise PartlyFits(f"{outside} is outside {lo} to {hi}", DEFAULT, DEFAULT)
