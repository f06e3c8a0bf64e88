"""Widgets: toggle, text_area, date_input, time_input, color_picker.

Python values and front-end values are the same plain values here (bool, str, date,
tuple of dates, time, "#rrggbb"), so only ``to_ui`` is given: it checks and normalises
what AppTest's ``set_value`` sends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from rerunqt.core import context
from rerunqt.core.registration import LABEL_VISIBILITIES, check_label, register
from rerunqt.core.widgets import (
    Args,
    Callback,
    Kwargs,
    _coerce_bool,
    _coerce_text,
    _TextLimit,
    field_props,
)
from rerunqt.errors import RerunQtAPIError

TEXT_AREA_MIN_HEIGHT = 68
DATE_FORMATS = re.compile(r"(YYYY[/.\-]MM[/.\-]DD|DD[/.\-]MM[/.\-]YYYY|MM[/.\-]DD[/.\-]YYYY)")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_HEX_NORMAL = re.compile(r"#[0-9a-f]{6}")
_DAY_SECONDS = 24 * 3600


# --------------------------------------------------------------------------------------
# toggle
# --------------------------------------------------------------------------------------


def toggle(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> bool:
    """An on/off switch returning its state (a checkbox that looks like a switch)."""
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("toggle", label, label_visibility)
    default = value if value.__class__ is bool else _coerce_toggle_default(value)
    ctx, wid, current, by_code = register(
        "toggle", label, key, (label, default, help), default, _coerce_bool,
        on_change, "on_change", args, kwargs, disabled, default is not False,
        False, False, None, _coerce_bool,
    )
    ctx.add_widget("toggle", wid, field_props(label, current, disabled, help, label_visibility, by_code))
    return current


def _coerce_toggle_default(value: Any) -> bool:
    try:
        return _coerce_bool(value)
    except TypeError:
        raise RerunQtAPIError(f"toggle value={value!r} must be True or False.") from None


# --------------------------------------------------------------------------------------
# text_area
# --------------------------------------------------------------------------------------


def text_area(
    label: str,
    value: str | None = "",
    height: int | None = None,
    max_chars: int | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str | None:
    """A multi-line text field; it commits on Ctrl+Enter or when it loses focus."""
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("text_area", label, label_visibility)
    if height is not None and (height.__class__ is not int or height < TEXT_AREA_MIN_HEIGHT):
        raise RerunQtAPIError(
            f"text_area height={height!r} is not valid: give the height in pixels as an int "
            f"of at least {TEXT_AREA_MIN_HEIGHT}, or None for the default."
        )
    if max_chars is None:
        coerce: Callable[[Any], str | None] = _coerce_text
    elif max_chars.__class__ is not int or max_chars < 1:
        raise RerunQtAPIError(f"text_area max_chars={max_chars!r} must be a positive int or None.")
    else:
        coerce = _TextLimit(max_chars)
    default = coerce(value)
    ctx, wid, current, by_code = register(
        "text_area", label, key, (label, default, height, max_chars, help, placeholder),
        default, coerce, on_change, "on_change", args, kwargs, disabled,
        True if default else False, False, False, None, _text_to_ui,
    )
    ctx.add_widget(
        "text_area",
        wid,
        field_props(label, current, disabled, help, label_visibility, by_code)
        + (("placeholder", placeholder), ("max_chars", max_chars), ("height", height)),
    )
    return current


def _text_to_ui(v: Any) -> str | None:
    if v is None or v.__class__ is str:
        return v
    raise TypeError(f"expected a str or None, got {type(v).__name__}")


# --------------------------------------------------------------------------------------
# date_input
# --------------------------------------------------------------------------------------

DateValue = date | tuple[date, ...] | None


def date_input(
    label: str,
    value: Any = "today",
    min_value: date | datetime | None = None,
    max_value: date | datetime | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: str = "visible",
) -> DateValue:
    """A date field with a calendar; a list/tuple ``value`` makes a range (returns a tuple)."""
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("date_input", label, label_visibility)
    range_from_state = False
    if value is None and key is not None:  # no value: session state chooses single or range
        ctx = context.current_or_none()
        if ctx is not None and isinstance(ctx.state.raw_get(str(key)), (list, tuple)):
            range_from_state = True
    spec = date_spec(value, min_value, max_value, format, range_from_state)
    identity = () if key is not None else (label, *spec.identity, help)
    ctx, wid, current, by_code = register(
        "date_input", label, key, identity, spec.default, spec.coerce,
        on_change, "on_change", args, kwargs, disabled, spec.default_given,
        False, False, None, spec.to_ui,
    )
    ctx.add_widget(
        "date_input",
        wid,
        field_props(label, current, disabled, help, label_visibility, by_code) + spec.props,
    )
    return current


class DateSpec:
    """The checked parameters of one date_input call (built once per distinct arguments)."""

    __slots__ = ("coerce", "default", "default_given", "identity", "is_range", "max", "min", "props",
                 "to_ui")

    def __init__(self, is_range: bool, default: DateValue, lo: date, hi: date, fmt: str,
                 identity: tuple[Any, ...], default_given: bool) -> None:
        self.is_range, self.default, self.min, self.max = is_range, default, lo, hi
        self.identity, self.default_given = identity, default_given
        self.props = (("min", lo), ("max", hi), ("format", fmt), ("is_range", is_range))
        self.coerce = _date_coercer(is_range, lo, hi)
        self.to_ui = _date_range_to_ui if is_range else _date_to_ui

    @classmethod
    def build(cls, value: Any, lo: Any, hi: Any, fmt: Any, range_from_state: bool) -> DateSpec:
        if not isinstance(fmt, str) or not DATE_FORMATS.fullmatch(fmt):
            raise RerunQtAPIError(
                f"date_input format={fmt!r} is not valid: use 'YYYY/MM/DD', 'DD/MM/YYYY' or "
                f"'MM/DD/YYYY' (a period '.' or hyphen '-' may replace the slashes)."
            )
        today = date.today()
        if value == "today" and isinstance(value, str):
            is_range, dates = False, [today]
        elif value is None:
            is_range, dates = range_from_state, []
        elif isinstance(value, date):
            is_range, dates = False, [_as_date(value)]
        elif isinstance(value, (list, tuple)) and len(value) <= 2 and all(
                isinstance(v, date) for v in value):
            is_range, dates = True, sorted(_as_date(v) for v in value)
        else:
            raise RerunQtAPIError(
                f"date_input value={value!r} is not valid: give a date or datetime, 'today', "
                f"None, or a list/tuple of 0 to 2 dates for a range."
            )
        bounds = []
        for name, bound in (("min_value", lo), ("max_value", hi)):
            if bound is not None and not isinstance(bound, date):
                raise RerunQtAPIError(
                    f"date_input {name}={bound!r} must be a date, a datetime or None."
                )
            bounds.append(None if bound is None else _as_date(bound))
        low = bounds[0] if bounds[0] is not None else _add_years(dates[0] if dates else today, -10)
        high = bounds[1] if bounds[1] is not None else _add_years(dates[-1] if dates else today, 10)
        if low > high:
            raise RerunQtAPIError(f"date_input min_value={low} is after max_value={high}.")
        for v in dates:
            if not low <= v <= high:
                raise RerunQtAPIError(
                    f"date_input value={v} must lie between min_value={low} and "
                    f"max_value={high}, inclusively."
                )
        default: DateValue = tuple(dates) if is_range else (dates[0] if dates else None)
        shown_value = tuple(value) if isinstance(value, list) else value
        identity = (shown_value, lo, hi, fmt)
        default_given = value is not None and not (isinstance(value, str) and value == "today")
        return cls(is_range, default, low, high, fmt, identity, default_given)


def date_spec(value: Any, lo: Any, hi: Any, fmt: Any, range_from_state: bool = False) -> DateSpec:
    """``DateSpec.build``, memoised per day (``"today"`` and the default bounds move)."""
    if value.__class__ is list:
        value_key: Any = (list, *value)
    else:
        value_key = (value.__class__, value)
    cache_key = (value_key, lo.__class__, lo, hi.__class__, hi, fmt, range_from_state, date.today())
    try:
        return _DATE_SPECS[cache_key]
    except (KeyError, TypeError):
        pass
    spec = DateSpec.build(value, lo, hi, fmt, range_from_state)
    if len(_DATE_SPECS) > 1024:
        _DATE_SPECS.clear()
    try:
        _DATE_SPECS[cache_key] = spec
    except TypeError:
        pass
    return spec


_DATE_SPECS: dict[tuple[Any, ...], DateSpec] = {}


def _as_date(v: date) -> date:
    return v.date() if isinstance(v, datetime) else v


def _add_years(day: date, years: int) -> date:
    """``day`` moved by whole years (29 February becomes the 28th), within date's range."""
    year = min(max(day.year + years, date.min.year), date.max.year)
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _parse_date(v: Any) -> date:
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
    return _parse_date(v)


def _date_range_to_ui(v: Any) -> tuple[date, ...]:
    """What AppTest may set on a range date_input: a list/tuple of 0 to 2 dates."""
    if v is None:
        return ()
    if not isinstance(v, (list, tuple)) or len(v) > 2:
        raise ValueError("this date_input is a range; set a tuple of 0 to 2 dates")
    return tuple(sorted(_parse_date(d) for d in v))


def _date_coercer(is_range: bool, lo: date, hi: date) -> Callable[[Any], Any]:
    """Decision 5: a value from session state becomes a date (or range) within the bounds."""

    def clamp(d: date) -> date:
        return lo if d < lo else hi if d > hi else d

    if is_range:
        def coerce_range(v: Any) -> tuple[date, ...]:
            if v.__class__ is tuple and all(d.__class__ is date and lo <= d <= hi for d in v) \
                    and len(v) <= 2 and (len(v) < 2 or v[0] <= v[1]):
                return v
            if v is None:
                return ()
            if isinstance(v, (date, str)):
                v = (v,)
            if not isinstance(v, (list, tuple)):
                raise TypeError(f"expected a tuple of 0 to 2 dates, got {type(v).__name__}")
            if len(v) > 2:
                raise ValueError(f"a date range holds at most 2 dates, got {len(v)}")
            return tuple(sorted(clamp(_parse_date(d)) for d in v))

        return coerce_range

    def coerce_single(v: Any) -> date | None:
        if v.__class__ is date and lo <= v <= hi:
            return v
        if v is None:
            return None
        if isinstance(v, (list, tuple)):
            raise TypeError("expected one date, got a sequence (this date_input is not a range)")
        return clamp(_parse_date(v))

    return coerce_single


# --------------------------------------------------------------------------------------
# time_input
# --------------------------------------------------------------------------------------


def time_input(
    label: str,
    value: Any = "now",
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: int | timedelta = 900,
) -> time | None:
    """A time field (hours and minutes); its arrows move by ``step`` seconds."""
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("time_input", label, label_visibility)
    seconds = step if step.__class__ is int and 60 <= step <= 82800 else _check_step(step)
    if value.__class__ is str and value == "now":
        default: time | None = datetime.now().time().replace(second=0, microsecond=0)
        default_given = False
    elif value is None:
        default, default_given = None, False
    elif isinstance(value, (time, datetime)):
        default, default_given = _fit_time(value), True
    else:
        raise RerunQtAPIError(
            f"time_input value={value!r} is not valid: give a datetime.time, a datetime, "
            f"'now' or None."
        )
    ctx, wid, current, by_code = register(
        "time_input", label, key, (label, value, help, seconds), default, _coerce_time,
        on_change, "on_change", args, kwargs, disabled, default_given,
        False, False, None, _time_to_ui,
    )
    ctx.add_widget(
        "time_input",
        wid,
        field_props(label, current, disabled, help, label_visibility, by_code) + (("step", seconds),),
    )
    return current


def _check_step(step: Any) -> int:
    if isinstance(step, timedelta):
        seconds = step.days * _DAY_SECONDS + step.seconds
    elif isinstance(step, int) and not isinstance(step, bool):
        seconds = step
    else:
        raise RerunQtAPIError(
            f"time_input step={step!r} must be an int (seconds) or a datetime.timedelta, "
            f"not {type(step).__name__}."
        )
    if not 60 <= seconds <= 23 * 3600:
        raise RerunQtAPIError(
            f"time_input step={step!r} must be between 60 seconds and 23 hours; it is "
            f"{seconds} seconds."
        )
    return seconds


def _fit_time(v: Any) -> time:
    """A time truncated to the minute (no seconds, no time zone), from a time or datetime."""
    if isinstance(v, datetime):
        v = v.time()
    if not isinstance(v, time):
        raise TypeError(f"expected a time, got {type(v).__name__} {v!r}")
    return time(v.hour, v.minute)


def _coerce_time(v: Any) -> time | None:
    """Decision 5: a value from session state becomes a time to the minute."""
    if v.__class__ is time and not v.second and not v.microsecond and v.tzinfo is None:
        return v
    if v is None:
        return None
    if isinstance(v, str):
        return _fit_time(time.fromisoformat(v.strip()))
    return _fit_time(v)


def _time_to_ui(v: Any) -> time | None:
    if v is None:
        return None
    return _coerce_time(v)


# --------------------------------------------------------------------------------------
# color_picker
# --------------------------------------------------------------------------------------


def color_picker(
    label: str,
    value: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str:
    """A colour swatch that opens a colour dialog; returns "#rrggbb" (lowercase)."""
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("color_picker", label, label_visibility)
    if value is None:
        default = "#000000"
    else:
        try:
            default = normalize_color(value)
        except (TypeError, ValueError) as exc:
            raise RerunQtAPIError(f"color_picker value={value!r} is not valid: {exc}") from None
    ctx, wid, current, by_code = register(
        "color_picker", label, key, (label, default, help), default, normalize_color,
        on_change, "on_change", args, kwargs, disabled, value is not None,
        False, False, None, normalize_color,
    )
    ctx.add_widget(
        "color_picker", wid, field_props(label, current, disabled, help, label_visibility, by_code)
    )
    return current


def normalize_color(v: Any) -> str:
    """"#rgb" or "#rrggbb" (any case) -> lowercase "#rrggbb"; TypeError/ValueError otherwise."""
    if v.__class__ is str and _HEX_NORMAL.fullmatch(v):
        return v
    if not isinstance(v, str):
        raise TypeError(f"a colour is a hex string like '#00ffaa' or '#0fa', not {type(v).__name__}")
    text = v.strip()
    if not _HEX.fullmatch(text):
        raise ValueError(f"{v!r} is not a hex colour; use one like '#00ffaa' or '#0fa'")
    if len(text) == 4:
        text = "#" + "".join(c * 2 for c in text[1:])
    return text.lower()
