"""A slider's argument checks: the data type of a value, matching kinds of value, bounds
and step, and the format, with Streamlit 1.67's errors and words. Qt-free; split out of
``slider_spec`` to keep modules small."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from numbers import Integral, Real
from typing import Any

from rerunqt.core.number_format import SprintfError, format_js_number
from rerunqt.core.slider_values import DATE, DATETIME, FLOAT, INT, TIME
from rerunqt.core.timefmt import format_temporal
from rerunqt.errors import RerunQtAPIError, StreamlitInvalidParameterTypeError


def type_of(v: Any) -> str | None:
    """The slider data type of one value, or None if a slider cannot hold it."""
    if v.__class__ is bool:
        return None
    if isinstance(v, datetime):
        return DATETIME
    if isinstance(v, date):
        return DATE
    if isinstance(v, time):
        return TIME
    if isinstance(v, Integral):
        return INT
    if isinstance(v, Real):
        return FLOAT
    return None


def mismatch(value: Any, lo: Any, hi: Any, step: Any) -> RerunQtAPIError:
    """Streamlit 1.67's type error for bounds and step of different kinds."""
    return StreamlitInvalidParameterTypeError(
        f"Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "
        f"Provided type: min_value={type(lo).__name__}, max_value={type(hi).__name__}, "
        f"step={type(step).__name__}.")


def check_types(data_type: str, value: Any, lo: Any, hi: Any, step: Any) -> None:
    """The bounds and step of one kind (ints, floats, or times with a timedelta), then the
    value of that kind too, checked in that order and worded as Streamlit 1.67."""
    ints = all(type_of(v) == INT for v in (lo, hi, step))
    floats = all(type_of(v) == FLOAT for v in (lo, hi, step))
    timelike = isinstance(step, timedelta) and type_of(lo) == type_of(hi) in (DATE, TIME, DATETIME)
    if not (ints or floats or timelike):
        raise mismatch(value, lo, hi, step)
    if not ((ints and data_type == INT) or (floats and data_type == FLOAT)
            or (timelike and type_of(lo) == data_type)):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `value` type. Expected one of: value and arguments with matching types. "
            f"Provided type: value={type(value).__name__}, min_value={type(lo).__name__}, "
            f"max_value={type(hi).__name__}.")


def check_format(data_type: str, fmt: Any, sample: Any) -> None:
    """A number format Streamlit's browser can apply (a preset name, or text sprintf-js takes:
    ``"%d kg"``, ``"%,d"``, plain text), or a date/time format."""
    if not isinstance(fmt, str):
        raise RerunQtAPIError(f"slider format={fmt!r} must be a string.")
    try:
        if data_type in (INT, FLOAT):
            try:
                format_js_number(float(sample), fmt)
            except SprintfError:  # Streamlit 1.67 takes it (its page fails); the number shows
                return
        else:
            format_temporal(sample, fmt)
    except (TypeError, ValueError, KeyError) as exc:
        hint = "a printf-style format such as '%d' or '%0.2f', or a preset such as 'percent'" \
            if data_type in (INT, FLOAT) \
            else "a moment.js format such as 'YYYY-MM-DD' or 'HH:mm' (or a strftime one)"
        detail = f" ({exc})" if isinstance(exc, SprintfError) else ""
        raise RerunQtAPIError(
            f"slider format={fmt!r} cannot format a {data_type} value{detail}; use {hint}."
        ) from None
