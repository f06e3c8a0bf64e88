"""The checked parameters of time_input (and datetime_input's step), and its conversions.

Split out of ``rerunqt.core.dates_spec`` (date_input) to keep modules small; the spec is
built once per distinct arguments and memoised, as the date spec is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from rerunqt.core.dates_spec import _DAY_SECONDS, _SPECS_MAX, now_minute
from rerunqt.errors import PartlyFits, RerunQtAPIError, StreamlitInvalidParameterTypeError


class TimeSpec:
    """The checked parameters of one time_input call (built once per distinct arguments).

    ``now`` means the default is the current time (to the minute, or to the second when
    the step is not whole minutes), read per call; ``default`` is None then. A step of
    whole minutes keeps times to the minute; any other step keeps their seconds (as in
    Streamlit 1.67), so ``coerce`` and ``to_ui`` depend on it.
    """

    __slots__ = ("coerce", "default", "default_given", "now", "props", "seconds", "to_ui")

    def __init__(self, default: time | None, now: bool, default_given: bool, seconds: int) -> None:
        self.default, self.now, self.default_given, self.seconds = default, now, default_given, seconds
        self.props = (("step", seconds),)
        minutes = not seconds % 60
        self.coerce: Callable[[Any], time | None] = (
            _state_time if minutes else _state_time_seconds)
        self.to_ui = time_to_ui if minutes else _time_seconds_to_ui

    def current(self) -> time | None:
        """The default of this call: ``default``, or the time now for ``"now"``."""
        if not self.now:
            return self.default
        return now_minute() if not self.seconds % 60 else now_second()

    @classmethod
    def build(cls, value: Any, step: Any) -> TimeSpec:
        seconds = check_step(step, "time_input", 1)
        if value.__class__ is str and value == "now":
            return cls(None, True, False, seconds)
        if value is None:
            return cls(None, False, False, seconds)
        if isinstance(value, str):
            try:
                moment = parse_time(value)
            except ValueError:
                raise _bad(value) from None
            value = moment
        if isinstance(value, (time, datetime)):
            fit = fit_time if not seconds % 60 else fit_time_seconds
            return cls(fit(value), False, True, seconds)
        raise _bad(value)


def _bad(value: Any) -> StreamlitInvalidParameterTypeError:
    return StreamlitInvalidParameterTypeError(  # Streamlit 1.67's words
        f"Invalid `value` type. Expected one of: datetime, time, ISO string. Provided type: "
        f"{type(value).__name__}.")


def time_spec(value: Any, step: Any) -> TimeSpec:
    """``TimeSpec.build``, memoised per distinct arguments and their classes.

    Only plain values are stored: an aware time or datetime equals the same instant in
    another zone but shows another time of day.
    """
    cache_key = (value.__class__, value, step.__class__, step)
    try:
        return _TIME_SPECS[cache_key]
    except (KeyError, TypeError):
        pass
    spec = TimeSpec.build(value, step)
    cls = value.__class__
    if ((value is None or cls is str or ((cls is time or cls is datetime) and value.tzinfo is None))
            and (step.__class__ is int or step.__class__ is timedelta)):
        if len(_TIME_SPECS) >= _SPECS_MAX:
            _TIME_SPECS.clear()
        _TIME_SPECS[cache_key] = spec
    return spec


_TIME_SPECS: dict[tuple[Any, ...], TimeSpec] = {}


def check_step(step: Any, kind: str = "datetime_input", least: int = 60) -> int:
    """``step`` in seconds: from ``least`` (time_input 1, datetime_input 60) to 23 hours."""
    if isinstance(step, timedelta):
        seconds = step.days * _DAY_SECONDS + step.seconds
    elif isinstance(step, int) and not isinstance(step, bool):
        seconds = step
    else:
        raise RerunQtAPIError(
            f"{kind} step={step!r} must be an int (seconds) or a datetime.timedelta, "
            f"not {type(step).__name__}."
        )
    if not least <= seconds <= 23 * 3600:
        lowest = "1 second" if least == 1 else f"{least} seconds"
        raise RerunQtAPIError(
            f"{kind} step={step!r} must be between {lowest} and 23 hours; it is "
            f"{seconds} seconds."
        )
    return seconds


def fit_time(v: Any) -> time:
    """A time truncated to the minute (no seconds, no time zone), from a time or datetime."""
    if isinstance(v, datetime):
        v = v.time()
    if not isinstance(v, time):
        raise TypeError(f"expected a time, got {type(v).__name__} {v!r}")
    return time(v.hour, v.minute)


def fit_time_seconds(v: Any) -> time:
    """A time to the second (no time zone), from a time or datetime (sub-minute steps)."""
    if isinstance(v, datetime):
        v = v.time()
    if not isinstance(v, time):
        raise TypeError(f"expected a time, got {type(v).__name__} {v!r}")
    return time(v.hour, v.minute, v.second)


def parse_time(text: str) -> time:
    """An ISO time ('12:30', '12:30:15') or datetime ('2024-01-01 12:30:00') string's time
    of day, as Streamlit 1.67 reads it; ValueError otherwise."""
    try:
        return time.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(text).time()


def now_second() -> time:
    """The local time of day to the second ("now" with a step that is not whole minutes)."""
    return datetime.now().time().replace(microsecond=0)


def coerce_time(v: Any) -> time | None:
    """Decision 5: a value from session state becomes a time to the minute."""
    if v.__class__ is time and not v.second and not v.microsecond and v.tzinfo is None:
        return v
    if v is None:
        return None
    if isinstance(v, str):
        return fit_time(parse_time(v.strip()))
    return fit_time(v)


def coerce_time_seconds(v: Any) -> time | None:
    """``coerce_time`` for a step that is not whole minutes: seconds are kept."""
    if v.__class__ is time and not v.microsecond and v.tzinfo is None:
        return v
    if v is None:
        return None
    if isinstance(v, str):
        return fit_time_seconds(parse_time(v.strip()))
    return fit_time_seconds(v)


def _state_time(v: Any) -> time | None:
    """``coerce_time`` of a session-state value: a time's text is read when it comes from an
    earlier run, and is an error when code sets it (as in Streamlit 1.67)."""
    if isinstance(v, str):
        raise PartlyFits(f"expected a time, got the str {v!r}", coerce_time(v))
    return coerce_time(v)


def _state_time_seconds(v: Any) -> time | None:
    if isinstance(v, str):
        raise PartlyFits(f"expected a time, got the str {v!r}", coerce_time_seconds(v))
    return coerce_time_seconds(v)


def _time_seconds_to_ui(v: Any) -> time | None:
    return None if v is None else coerce_time_seconds(v)


def time_to_ui(v: Any) -> time | None:
    if v is None:
        return None
    return coerce_time(v)
