"""st.slider and st.select_slider.

Python values (session state, returned) and front-end values (what the Qt widget and
AppTest exchange; ``from_ui``/``to_ui`` convert):

- slider: an int or float is itself; a ``date`` is its proleptic ordinal
  (``date.toordinal()``); a ``time`` is microseconds since midnight; a ``datetime`` is
  microseconds since 1970-01-01 of its wall-clock time (its ``tzinfo`` is kept by the
  widget and put back). A range slider's value is a tuple of two of these.
- select_slider: the index of the option, or a tuple ``(i, j)`` for a range.

``format``: printf-style for numbers (Python's ``%`` operator, e.g. ``"%d years"``,
``"%0.1f"``). For dates and times, Streamlit's moment.js tokens (``"YYYY-MM-DD"``,
``"MMM D, YYYY"``, ``"HH:mm"``, ``"h:mm a"``, text in ``[brackets]`` is literal); a format
containing ``%`` is used with ``strftime`` instead. Defaults: ``"%d"``, ``"%0.2f"``,
``"YYYY-MM-DD"`` (``"YYYY-MM-DD HH:mm"`` for a datetime slider whose step is not whole
days: a deliberate difference from Streamlit, which hides the time), ``"HH:mm"``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from numbers import Integral, Real
from typing import Any

from rerunqt.core import context
from rerunqt.core.registration import LABEL_VISIBILITIES, check_label, register
from rerunqt.core.state import normalize_key
from rerunqt.core.widgets import field_props
from rerunqt.errors import RerunQtAPIError

Callback = Callable[..., Any] | None
Args = tuple[Any, ...] | list[Any] | None
Kwargs = dict[str, Any] | None

INT, FLOAT, DATE, TIME, DATETIME = "int", "float", "date", "time", "datetime"
TEMPORAL = (DATE, TIME, DATETIME)
_EPOCH = datetime(1970, 1, 1)
_US = timedelta(microseconds=1)
_HOUR_US = 3_600_000_000
_MISSING = object()
_SCALAR, _ONE, _PAIR = 0, 1, 2  # value shapes: a value, a 1-tuple, a (low, high) range
_EXACT: dict[str, type] = {INT: int, FLOAT: float, DATE: date, TIME: time, DATETIME: datetime}
_A = {INT: "an int", FLOAT: "a float", DATE: "a date", TIME: "a time", DATETIME: "a datetime"}
_DEFAULT_FORMATS = {INT: "%d", FLOAT: "%0.2f", DATE: "YYYY-MM-DD", TIME: "HH:mm", DATETIME: "YYYY-MM-DD"}


# ----------------------------------------------------------------------------------------
# st.slider
# ----------------------------------------------------------------------------------------


def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """A slider over ints, floats, dates, times or datetimes; a 2-tuple value makes a range.

    Returns a value of the type of ``value`` (or of the bounds), or a tuple of two for a
    range slider.
    """
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("slider", label, label_visibility)
    given = value
    if value is None and key is not None:
        value = _shape_from_state(key, min_value, max_value)
    spec = slider_spec(min_value, max_value, value, step, format)
    identity = () if key is not None else (label, *spec.identity, help)
    ctx, wid, current, by_code = register(
        "slider", label, key, identity, spec.default, spec.coerce, on_change, "on_change",
        args, kwargs, disabled, given is not None, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    ctx.add_widget(
        "slider",
        wid,
        field_props(label, spec.ui_of(current), disabled, help, label_visibility, by_code) + spec.props,
    )
    return current


def _shape_from_state(key: str | int, lo: Any, hi: Any) -> Any:
    """``value=None`` with a key: a range if session state already holds a pair (as Streamlit).

    The range's default spans the bounds; missing bounds follow the type of the given
    bound or of the stored pair (0-100, 0.0-1.0, or the stored dates/times themselves).
    """
    ctx = context.current_or_none() or context.current()
    stored = ctx.state.raw_get(normalize_key(key), _MISSING)
    if not isinstance(stored, (list, tuple)):
        return None
    sample = lo if lo is not None else hi if hi is not None else stored[0] if stored else 0
    kind = _type_of(sample)
    if kind in TEMPORAL:
        return (lo, hi) if lo is not None and hi is not None else tuple(stored)
    low, high = (0.0, 1.0) if kind == FLOAT else (0, 100)
    return (low if lo is None else lo, high if hi is None else hi)


class SliderSpec:
    """The checked parameters of one slider call, built once per distinct arguments."""

    __slots__ = ("coerce", "data_type", "default", "format", "from_ui", "hi", "identity", "lo",
                 "props", "shape", "step", "to_ui", "tz", "ui_hi", "ui_lo", "ui_of", "ui_step")

    def __init__(self, data_type: str, shape: int, lo: Any, hi: Any, step: Any, default: Any,
                 fmt: str, tz: tzinfo | None) -> None:
        self.data_type, self.shape, self.lo, self.hi, self.step = data_type, shape, lo, hi, step
        self.default, self.format, self.tz = default, fmt, tz
        self.ui_lo, self.ui_hi = to_ui_scalar(data_type, lo), to_ui_scalar(data_type, hi)
        self.ui_step = _step_to_ui(data_type, step)
        self.identity = (data_type, lo, hi, default, step, fmt)
        self.props = (("min", self.ui_lo), ("max", self.ui_hi), ("step", self.ui_step),
                      ("format", fmt), ("data_type", data_type))
        self.coerce, self.to_ui, self.from_ui, self.ui_of = _slider_converters(self)

    @classmethod
    def build(cls, lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> SliderSpec:
        if value is None:  # Streamlit: min_value, else 0 (0.0 when the bounds are floats)
            value = lo if lo is not None else (0.0 if _type_of(hi) == FLOAT else 0)
        if _type_of(value) is not None:
            shape, values = _SCALAR, [value]
        elif isinstance(value, (list, tuple)) and len(value) <= 2:
            shape, values = (_ONE if len(value) == 1 else _PAIR), list(value)
        else:
            raise RerunQtAPIError(
                f"slider value={value!r} must be an int, float, date, time or datetime, or a "
                f"list/tuple of two of them for a range slider."
            )
        kinds = [_type_of(v) for v in values]
        if None in kinds:
            bad = values[kinds.index(None)]
            raise RerunQtAPIError(
                f"slider value={value!r}: {bad!r} ({type(bad).__name__}) is not a supported "
                f"slider value; use int, float, datetime.date, datetime.time or datetime.datetime."
            )
        if len(set(kinds)) > 1:
            raise _mismatch(value, lo, hi, step)
        anchors = values or [v for v in (lo, hi) if v is not None]
        data_type = _type_of(anchors[0]) if anchors else INT
        if data_type is None:
            raise _mismatch(value, lo, hi, step)
        tz = anchors[0].tzinfo if data_type in (TIME, DATETIME) else None
        if lo is None:
            lo = _default_bound(data_type, values, tz, -1)
        if hi is None:
            hi = _default_bound(data_type, values, tz, +1)
        if step is None:
            step = _default_step(data_type, lo, hi)
        _check_types(data_type, value, lo, hi, step)
        if data_type in (INT, FLOAT):
            lo, hi, step = _EXACT[data_type](lo), _EXACT[data_type](hi), _EXACT[data_type](step)
            values = [_EXACT[data_type](v) for v in values]
            if not all(map(math.isfinite, (lo, hi, *values))):
                raise RerunQtAPIError(
                    f"slider min_value, max_value and value must be finite numbers; got {lo!r}, "
                    f"{hi!r} and {value!r}."
                )
        elif data_type != DATE and any((x.tzinfo is None) != (tz is None) for x in (lo, hi, *values)):
            raise RerunQtAPIError(
                f"slider value={value!r}, min_value={lo!r} and max_value={hi!r} mix times with and "
                f"without a timezone; give all of them the same tzinfo (or none)."
            )
        if _is_zero(step):
            raise RerunQtAPIError("Slider components cannot be passed a `step` of 0.")
        if step < (timedelta(0) if isinstance(step, timedelta) else 0):
            raise RerunQtAPIError(f"slider step={step!r} must be positive.")
        if data_type == DATE and step % timedelta(days=1):
            raise RerunQtAPIError(f"slider step={step!r} must be a whole number of days for a date slider.")
        if lo > hi:
            raise RerunQtAPIError(
                f"slider min_value={lo!r} is above max_value={hi!r}; pass them the other way round."
            )
        if shape == _PAIR and len(values) == 2 and values[0] > values[1]:
            values.reverse()  # a reversed pair is swapped, as in Streamlit
        if not values:
            values = [lo, hi]
        lo, hi = min(lo, values[0]), max(hi, values[-1])  # a value outside widens the bounds
        if lo == hi:
            raise RerunQtAPIError(
                f"Slider `min_value` must be less than the `max_value`. The values were {lo} and {hi}."
            )
        if fmt is None:
            fmt = _DEFAULT_FORMATS[data_type]
            if data_type == DATETIME and step % timedelta(days=1):
                fmt = "YYYY-MM-DD HH:mm"
        _check_format(data_type, fmt, lo)
        default = values[0] if shape == _SCALAR else tuple(values)
        return cls(data_type, shape, lo, hi, step, default, fmt, tz)


def slider_spec(lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> SliderSpec:
    """``SliderSpec.build``, memoised: a script draws the same sliders on every run."""
    shown = (list, tuple(value)) if isinstance(value, list) else value
    items = tuple(value) if isinstance(value, (list, tuple)) else ()
    cache_key = (lo.__class__, lo, hi.__class__, hi, value.__class__, shown,
                 tuple(v.__class__ for v in items), step.__class__, step, fmt)
    try:
        return _SLIDER_SPECS[cache_key]
    except (KeyError, TypeError):
        pass
    spec = SliderSpec.build(lo, hi, value, step, fmt)
    if len(_SLIDER_SPECS) > 4096:
        _SLIDER_SPECS.clear()
    try:
        _SLIDER_SPECS[cache_key] = spec
    except TypeError:
        pass
    return spec


_SLIDER_SPECS: dict[tuple[Any, ...], SliderSpec] = {}


def _type_of(v: Any) -> str | None:
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


def _mismatch(value: Any, lo: Any, hi: Any, step: Any) -> RerunQtAPIError:
    shown = ", ".join(
        f"{name}={v!r} ({type(v).__name__})"
        for name, v in (("value", value), ("min_value", lo), ("max_value", hi), ("step", step))
        if v is not None
    )
    return RerunQtAPIError(
        f"Slider value arguments must be of matching types; got {shown}. Use ints throughout "
        f"for an integer slider, floats (e.g. 0.0) for a decimal one, and dates, times or "
        f"datetimes with a datetime.timedelta step for a date/time slider."
    )


def _check_types(data_type: str, value: Any, lo: Any, hi: Any, step: Any) -> None:
    if data_type == INT:
        ok = all(_type_of(v) == INT for v in (lo, hi, step))
    elif data_type == FLOAT:
        ok = all(_type_of(v) == FLOAT for v in (lo, hi, step))
    else:
        ok = (_type_of(lo) == data_type and _type_of(hi) == data_type
              and isinstance(step, timedelta))
    if not ok:
        raise _mismatch(value, lo, hi, step)


def _is_zero(step: Any) -> bool:
    return step == (timedelta(0) if isinstance(step, timedelta) else 0)


def _default_bound(data_type: str, values: list[Any], tz: tzinfo | None, side: int) -> Any:
    if data_type == INT:
        return 0 if side < 0 else 100
    if data_type == FLOAT:
        return 0.0 if side < 0 else 1.0
    if data_type == TIME:
        return (time.min if side < 0 else time.max).replace(tzinfo=tz)
    if not values:
        raise RerunQtAPIError(
            "a date/datetime slider needs value=, or both min_value= and max_value=."
        )
    return values[0] + side * timedelta(days=14)


def _default_step(data_type: str, lo: Any, hi: Any) -> Any:
    if data_type == INT:
        return 1
    if data_type == FLOAT:
        return 0.01
    if data_type == TIME:
        return timedelta(minutes=15)
    if data_type == DATE:
        return timedelta(days=1)
    try:
        if hi - lo < timedelta(days=1):
            return timedelta(minutes=15)
    except TypeError:
        pass  # mismatched bounds: the type check reports them
    return timedelta(days=1)


def _check_format(data_type: str, fmt: Any, sample: Any) -> None:
    if not isinstance(fmt, str):
        raise RerunQtAPIError(f"slider format={fmt!r} must be a string.")
    try:
        if data_type in (INT, FLOAT):
            fmt % sample
        else:
            format_temporal(sample, fmt)
    except (TypeError, ValueError, KeyError):
        hint = "a printf-style format such as '%d' or '%0.2f'" if data_type in (INT, FLOAT) \
            else "a moment.js format such as 'YYYY-MM-DD' or 'HH:mm' (or a strftime one)"
        raise RerunQtAPIError(
            f"slider format={fmt!r} cannot format a {data_type} value; use {hint}."
        ) from None


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


def _fit_scalar(data_type: str, v: Any) -> Any:
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


def _slider_converters(spec: SliderSpec) -> tuple[Callable[[Any], Any], ...]:
    """coerce, to_ui, from_ui and ui_of of one spec, as closures (they run on every run)."""
    data_type, shape, lo, hi, tz = spec.data_type, spec.shape, spec.lo, spec.hi, spec.tz
    exact = _EXACT[data_type]
    size = 1 if shape == _ONE else 2

    def fits(x: Any) -> bool:
        return type(x) is exact and lo <= x <= hi

    def clamp(x: Any) -> Any:
        return lo if x < lo else hi if x > hi else x

    def fit_pair(v: Any, fit: Callable[[Any], Any]) -> tuple[Any, ...]:
        if not isinstance(v, (list, tuple)) or len(v) != size:
            raise TypeError(f"expected a range: a tuple of {size} {data_type} values, got {v!r}")
        return tuple(sorted(fit(x) for x in v))

    def single(v: Any) -> None:
        if isinstance(v, (list, tuple)):
            raise TypeError(f"expected one {data_type} value, got the range {v!r}")

    def coerce(v: Any) -> Any:
        """Decision 5: clamp to the bounds, convert to the slider's type."""
        if shape == _SCALAR:
            if fits(v):
                return v
            single(v)
            return clamp(_fit_scalar(data_type, v))
        if v.__class__ is tuple and len(v) == size and all(map(fits, v)) and v[0] <= v[-1]:
            return v
        return fit_pair(v, lambda x: clamp(_fit_scalar(data_type, x)))

    def allowed(x: Any) -> Any:
        x = _fit_scalar(data_type, x)
        if not lo <= x <= hi:
            raise ValueError(f"{x!r} is outside the slider's range {lo!r} to {hi!r}")
        return to_ui_scalar(data_type, x)

    def to_ui(v: Any) -> Any:
        if shape == _SCALAR:
            single(v)
            return allowed(v)
        return fit_pair(v, allowed)

    def from_ui(x: Any) -> Any:
        if shape == _SCALAR:
            single(x)
            return clamp(from_ui_scalar(data_type, x, tz))
        return fit_pair(x, lambda n: clamp(from_ui_scalar(data_type, n, tz)))

    def ui_of(v: Any) -> Any:
        """A value that fits (it came through coerce) as its front-end value."""
        if data_type == INT or data_type == FLOAT:
            return v
        if shape == _SCALAR:
            return to_ui_scalar(data_type, v)
        return tuple(to_ui_scalar(data_type, x) for x in v)

    return coerce, to_ui, from_ui, ui_of


# ----- formatting (shared by the Qt adapter) -----


def format_ui_value(data_type: str, fmt: str, x: Any) -> str:
    """A front-end number as the slider shows it."""
    try:
        if data_type in (INT, FLOAT):
            return fmt % x
        return format_temporal(from_ui_scalar(data_type, x), fmt)
    except (TypeError, ValueError, KeyError, OverflowError):
        return str(x)


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


# ----------------------------------------------------------------------------------------
# st.select_slider
# ----------------------------------------------------------------------------------------


def select_slider(
    label: str,
    options: Iterable[Any] = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """A slider over any options: returns an option, or a tuple of two for a range.

    ``value=None`` selects the first option; with a key whose session-state value is a
    pair, the slider is a range (first to last option) as ``st.slider`` infers it.
    """
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("select_slider", label, label_visibility)
    opts = _option_list(options)
    if not callable(format_func):
        raise RerunQtAPIError(
            f"select_slider format_func= must be a function, got {type(format_func).__name__}."
        )
    labels = tuple(str(format_func(o)) for o in opts)
    if value is None:
        pair = False
        if key is not None:
            ctx = context.current_or_none() or context.current()
            stored = ctx.state.raw_get(normalize_key(key), _MISSING)
            pair = _is_pair(stored, opts)
        default_ui: Any = (0, len(opts) - 1) if pair else 0
    elif _is_pair(value, opts):
        pair = True
        default_ui = tuple(sorted(_index_or_raise(opts, v, labels) for v in value))
    else:
        pair = False
        default_ui = _index_or_raise(opts, value, labels)
    convert = _SelectConverters(opts, labels, pair)
    default = convert.from_ui(default_ui)
    identity = () if key is not None else (label, labels, default_ui, help)
    ctx, wid, current, by_code = register(
        "select_slider", label, key, identity, default, convert.coerce, on_change, "on_change",
        args, kwargs, disabled, value is not None, from_ui=convert.from_ui, to_ui=convert.to_ui,
    )
    ctx.add_widget(
        "select_slider",
        wid,
        field_props(label, convert.to_ui(current), disabled, help, label_visibility, by_code)
        + (("options", labels),),
    )
    return current


def _option_list(options: Any) -> list[Any]:
    if isinstance(options, (str, bytes)):
        raise RerunQtAPIError(
            f"select_slider options= must be a list of options, not the string {options!r}."
        )
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        options = options.iloc[:, 0]
    try:
        opts = list(options)
    except TypeError:
        raise RerunQtAPIError(
            f"select_slider options= must be an iterable of options, got {type(options).__name__}."
        ) from None
    if not opts:
        raise RerunQtAPIError("The `options` argument of select_slider needs to be non-empty.")
    return opts


def _index_of(opts: list[Any], v: Any) -> int:
    for i, option in enumerate(opts):
        if option is v:
            return i
    for i, option in enumerate(opts):
        try:
            if option == v:
                return i
        except Exception:
            continue
    raise ValueError(f"{v!r} is not one of the options")


def _is_pair(v: Any, opts: list[Any]) -> bool:
    """A list/tuple of two that is not itself an option is a range."""
    if not isinstance(v, (list, tuple)) or len(v) != 2:
        return False
    try:
        _index_of(opts, v)
    except ValueError:
        return True
    return False


def _index_or_raise(opts: list[Any], v: Any, labels: tuple[str, ...]) -> int:
    try:
        return _index_of(opts, v)
    except ValueError:
        raise RerunQtAPIError(
            f"select_slider value {v!r} is not one of the options ({_shown(labels)}). Pass one "
            f"of the options, or a tuple of two of them for a range."
        ) from None


def _shown(labels: tuple[str, ...]) -> str:
    head = ", ".join(map(repr, labels[:8]))
    return head + (f", ... ({len(labels)} options)" if len(labels) > 8 else "")


class _SelectConverters:
    """coerce / to_ui / from_ui of one select_slider: option(s) <-> index (or index pair)."""

    __slots__ = ("labels", "opts", "pair")

    def __init__(self, opts: list[Any], labels: tuple[str, ...], pair: bool) -> None:
        self.opts, self.labels, self.pair = opts, labels, pair

    def _index(self, v: Any) -> int:
        try:
            return _index_of(self.opts, v)
        except ValueError:
            raise ValueError(f"{v!r} is not one of the options ({_shown(self.labels)})") from None

    def _indices(self, v: Any) -> Any:
        if not self.pair:
            if isinstance(v, (list, tuple)) and _is_pair(v, self.opts):
                raise TypeError(f"expected one option, got the range {v!r}")
            return self._index(v)
        if not _is_pair(v, self.opts):
            raise TypeError(f"expected a range: a tuple of two options, got {v!r}")
        return tuple(sorted(self._index(x) for x in v))

    def coerce(self, v: Any) -> Any:
        """Decision 5: a value from session state must be among the options."""
        fitted = self.from_ui(self._indices(v))
        if fitted is v or (self.pair and v.__class__ is tuple and v[0] is fitted[0] and v[1] is fitted[1]):
            return v
        return fitted

    def to_ui(self, v: Any) -> Any:
        return self._indices(v)

    def from_ui(self, x: Any) -> Any:
        opts = self.opts
        if not self.pair:
            return opts[self._checked(x)]
        if not isinstance(x, (list, tuple)) or len(x) != 2:
            raise TypeError(f"expected a pair of indices, got {x!r}")
        i, j = sorted(self._checked(n) for n in x)
        return (opts[i], opts[j])

    def _checked(self, n: Any) -> int:
        if n.__class__ is bool or not isinstance(n, Integral):
            raise TypeError(f"expected an option index, got {n!r}")
        index = int(n)
        if not 0 <= index < len(self.opts):
            raise IndexError(f"option index {index} out of range")
        return index
