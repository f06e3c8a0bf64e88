"""A slider's value kinds, and conversions between Python values and front-end numbers.

The front end works in numbers: ints and floats as they are, dates as ordinals, times and
datetimes in microseconds. The spec (slider_spec.py), the Qt adapter and AppTest's views
all convert through here.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, tzinfo
from numbers import Integral, Real
from typing import Any

from rerunqt.core.cell_dates import PRESETS, date_text
from rerunqt.core.number_format import format_js_number
from rerunqt.core.timefmt import format_temporal

INT, FLOAT, DATE, TIME, DATETIME = "int", "float", "date", "time", "datetime"
TEMPORAL = (DATE, TIME, DATETIME)
_EPOCH = datetime(1970, 1, 1)
_US = timedelta(microseconds=1)
_HOUR_US = 3_600_000_000


# ----- conversions between Python values and front-end numbers -----


def to_ui_scalar(data_type: str, v: Any) -> int | float:
    """One Python value (already of the slider's type) as its front-end number."""
    if data_type == INT:
        return int(v)
    if data_type == FLOAT:
        return float(v)
    if data_type == DATE:
        return v.toordinal()
    if data_type == TIME:
        return ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond
    return (v.replace(tzinfo=None) - _EPOCH) // _US


def from_ui_scalar(data_type: str, x: Any, tz: tzinfo | None = None) -> Any:
    """One front-end number as a Python value of the slider's type."""
    if x.__class__ is bool or not isinstance(x, Real):
        raise TypeError(f"expected a number from the slider, got {x!r}")
    if data_type == FLOAT:
        return float(x)
    n = int(round(x))
    if data_type == INT:
        return n
    if data_type == DATE:
        return date.fromordinal(n)
    if data_type == TIME:
        hours, rest = divmod(n % (24 * _HOUR_US), _HOUR_US)
        minutes, rest = divmod(rest, 60_000_000)
        seconds, micros = divmod(rest, 1_000_000)
        return time(hours, minutes, seconds, micros, tzinfo=tz)
    return (_EPOCH + timedelta(microseconds=n)).replace(tzinfo=tz)


def step_from_ui(data_type: str, step: Any) -> Any:
    """The slider's step as a Python value (a timedelta for dates and times)."""
    if data_type == DATE:
        return timedelta(days=step)
    if data_type in (TIME, DATETIME):
        return timedelta(microseconds=step)
    return step


def _step_to_ui(data_type: str, step: Any) -> int | float:
    if data_type == DATE:
        return step // timedelta(days=1)
    if data_type in (TIME, DATETIME):
        return step // _US
    return step


_A = {INT: "an int", FLOAT: "a float", DATE: "a date", TIME: "a time", DATETIME: "a datetime"}


def fit_scalar(data_type: str, v: Any) -> Any:
    """A value from session state or a test as the slider's type (no clamping); TypeError if not."""
    if data_type == INT:
        if v.__class__ is not bool and isinstance(v, Integral):
            return int(v)
        if v.__class__ is not bool and isinstance(v, Real) and math.isfinite(v):
            return int(round(v))
    elif data_type == FLOAT:
        if v.__class__ is not bool and isinstance(v, Real) and not math.isnan(v):
            return float(v)
    elif data_type == DATE:
        if isinstance(v, datetime):
            return v.date()
        if isinstance(v, date):
            return v
    elif data_type == DATETIME:
        if isinstance(v, datetime):
            return v
        if isinstance(v, date):
            return datetime.combine(v, time())
    elif data_type == TIME:
        if isinstance(v, datetime):
            return v.timetz()
        if isinstance(v, time):
            return v
    raise TypeError(f"expected {_A[data_type]}, got {type(v).__name__} {v!r}")


# ----- formatting (shared by the Qt adapter) -----


def format_ui_value(data_type: str, fmt: str, x: Any) -> str:
    """A front-end number as the slider shows it."""
    try:
        if data_type in (INT, FLOAT):  # as Streamlit's browser: sprintf-js or a preset
            return format_js_number(float(x), fmt)
        value = from_ui_scalar(data_type, x)
        if fmt in PRESETS:
            return temporal_preset(data_type, value, fmt)
        return format_temporal(value, fmt)
    except (TypeError, ValueError, KeyError, OverflowError):
        return str(x)


def temporal_preset(data_type: str, value: Any, fmt: str) -> str:
    """A date / time / datetime slider value in Streamlit 1.67's named formats ("localized",
    "iso8601", "distance", "calendar"); the browser reads a time as that time on
    2000-01-01, so "distance" and "calendar" of a time slider count from that day."""
    if fmt in ("distance", "calendar") and data_type == TIME:
        return date_text(datetime.combine(date(2000, 1, 1), value), DATETIME, fmt)
    return date_text(value, data_type, fmt)
