"""st.datetime_input: a date and a time of day in one field, returned as a datetime.

Values are naive datetimes to the minute. ``value`` may be "now", a datetime, a date
(midnight), a time (today), an ISO string or None (an empty field). Bounds default to
ten years either side of the value, as date_input's do; values are clamped to them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from rerunqt.core.containers import _width
from rerunqt.core.dates_spec import check_date_format, today
from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, write
from rerunqt.core.query_codecs import show_values
from rerunqt.core.registration import (
    LABEL_VISIBILITIES,
    check_label,
    check_persist_state,
    register,
)
from rerunqt.core.time_spec import check_step
from rerunqt.core.widgets import Args, Callback, Kwargs, field_props
from rerunqt.errors import DEFAULT, PartlyFits, RerunQtAPIError

DATETIME_INPUT = KINDS["datetime_input"]


def to_datetime(v: Any, name: str = "value") -> datetime | None:
    """A naive datetime to the minute from what a script or session state may hold."""
    if v is None:
        return None
    if isinstance(v, str):
        text = v.strip()
        if text == "now":
            moment = datetime.now()
        else:
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                raise RerunQtAPIError(
                    f"st.datetime_input {name}={v!r} is not an ISO date and time "
                    f"(e.g. '2026-12-06 09:30') nor 'now'.") from None
    elif isinstance(v, datetime):
        moment = v
    elif isinstance(v, date):
        moment = datetime.combine(v, time())
    elif isinstance(v, time):
        moment = datetime.combine(today(), v)
    else:
        raise RerunQtAPIError(
            f"st.datetime_input {name}= must be a datetime, date, time, ISO string, 'now' or "
            f"None; got {type(v).__name__} {v!r}.")
    return moment.replace(second=0, microsecond=0, tzinfo=None)


class _Bounds:
    def __init__(self, lo: datetime, hi: datetime, explicit: tuple[bool, bool]) -> None:
        self.lo, self.hi, self.explicit = lo, hi, explicit

    def coerce(self, v: Any) -> datetime | None:
        try:
            moment = to_datetime(v)
        except RerunQtAPIError as exc:  # a bad value in session state: decision 5's TypeError
            raise TypeError(str(exc)) from None
        return None if moment is None else min(max(moment, self.lo), self.hi)

    def from_state(self, v: Any) -> datetime | None:
        """A session-state value, as Streamlit 1.67 takes one: an ISO string code sets is an
        error, a moment past ``min_value``/``max_value`` becomes the default (code set it,
        or an earlier run with other bounds kept it). (An earlier run's ISO string is read
        as ``coerce`` does; the ten years shown without a bound clamp.)"""
        if v.__class__ is datetime and self.lo <= v <= self.hi:
            return v
        fitted = self.coerce(v)
        if isinstance(v, str):
            raise PartlyFits(f"expected a datetime, got the str {v!r}", fitted)
        moment = to_datetime(v)
        if moment is None or fitted == moment:
            return fitted
        crossed = self.explicit[0] if moment < self.lo else self.explicit[1]
        stand_in = DEFAULT if crossed else fitted
        raise PartlyFits(f"{moment} is outside {self.lo} to {self.hi}", stand_in, stand_in)

    def within(self, v: Any) -> datetime | None:
        """A query parameter's moment, which must lie within the bounds (else it is ignored)."""
        moment = to_datetime(v)
        if moment is None or not self.lo <= moment <= self.hi:
            raise ValueError(f"{v!r} is outside {self.lo} to {self.hi}")
        return moment


def _years(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


def datetime_input(
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    format: str = "YYYY/MM/DD",
    step: int | timedelta = 900,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: int | Literal["stretch"] = "stretch",
    bind: Any = None,
    persist_state: Any = None,
) -> datetime | None:
    """A date-and-time field with a calendar; its arrows move the time by ``step``."""
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("datetime_input", label, label_visibility)
    check_date_format(format)
    param = binding("datetime_input", bind, key)
    check_persist_state("datetime_input", persist_state, key)
    seconds = check_step(step)
    default = to_datetime(value)
    if default is None and required:
        default = to_datetime("now")
    anchor = default or datetime.combine(today(), time())
    # as Streamlit: from 00:00 ten years before to 23:59 ten years after
    lo = to_datetime(min_value, "min_value") or _years(anchor, -10).replace(
        hour=0, minute=0, second=0, microsecond=0)
    hi = to_datetime(max_value, "max_value") or _years(anchor, 10).replace(
        hour=23, minute=59, second=0, microsecond=0)
    if lo > hi:
        raise RerunQtAPIError(
            f"st.datetime_input min_value {lo} is after max_value {hi}.")
    if default is not None and not lo <= default <= hi:
        raise RerunQtAPIError(
            f"st.datetime_input value {default} is outside min_value {lo} and max_value {hi}.")
    bounds, start = _Bounds(lo, hi, (min_value is not None, max_value is not None)), default
    if param is not None:
        default = initial(param, default, lambda values: bounds.within(values[-1]))
    ctx, wid, current, by_code = register(
        DATETIME_INPUT, label, key, () if key is not None else (label, help, value, lo, hi),
        default, bounds.from_state, on_change, "on_change", args, kwargs, disabled,
        value is not None and value != "now", None, bounds.coerce,  # (None: no default)
    )
    ctx.add_widget("datetime_input", wid, field_props(
        label, current, disabled, help, label_visibility, by_code) + (
        ("min", lo), ("max", hi), ("format", format), ("step", seconds),
        ("required", bool(required)), ("width", _width("datetime_input", width, content=False)),
        ("clearable", start is None)))  # no default: Streamlit's field has a clear button
    if param is not None:
        write(param, current, start, show_values)
    return current
