"""The checked parameters of a slider call, and the per-spec value converters.

Split out of ``rerunqt.core.sliders`` (which keeps ``slider`` and ``select_slider``) to keep
modules small; the scalar conversions and formatting the Qt adapter and AppTest views use
are in ``slider_values``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from enum import EnumMeta
from typing import Any

from rerunqt.core.choice_options import array_list, enum_options
from rerunqt.core.slider_checks import check_format, check_types, mismatch, type_of
from rerunqt.core.slider_values import (
    DATE,
    DATETIME,
    FLOAT,
    INT,
    TIME,
    _step_to_ui,
    fit_scalar,
    from_ui_scalar,
    to_ui_scalar,
)
from rerunqt.errors import (
    DEFAULT,
    PartlyFits,
    RerunQtAPIError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    invalid_min_max,
)

_SCALAR, _ONE, _PAIR = 0, 1, 2  # value shapes: a value, a 1-tuple, a (low, high) range
_EXACT: dict[str, type] = {INT: int, FLOAT: float, DATE: date, TIME: time, DATETIME: datetime}
_DEFAULT_FORMATS = {INT: "%d", FLOAT: "%0.2f", DATE: "YYYY-MM-DD", TIME: "HH:mm", DATETIME: "YYYY-MM-DD"}


class SliderSpec:
    """The checked parameters of one slider call, built once per distinct arguments."""

    __slots__ = ("coerce", "data_type", "default", "format", "from_ui", "hi", "identity", "lo",
                 "plain", "props", "shape", "step", "to_ui", "tz", "ui_hi", "ui_lo", "ui_of",
                 "ui_step")

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
        # ints and floats are their own front-end values: a call skips ui_of for them
        self.plain = data_type == INT or data_type == FLOAT
        if self.plain:
            self.ui_of = _unchanged

    @classmethod
    def build(cls, lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> SliderSpec:
        if value.__class__ is bool:  # an int to Streamlit 1.67 (True is 1)
            value = int(value)
        elif isinstance(value, (list, tuple)):
            value = type(value)(int(v) if v.__class__ is bool else v for v in value)
        if value is None:  # Streamlit: min_value, else 0 (0.0 when the bounds are floats)
            value = lo if lo is not None else (0.0 if type_of(hi) == FLOAT else 0)
        if type_of(value) is not None:
            shape, values = _SCALAR, [value]
        elif isinstance(value, (list, tuple)) and len(value) <= 2:
            shape, values = (_ONE if len(value) == 1 else _PAIR), list(value)
        elif isinstance(value, (list, tuple)):  # Streamlit 1.67's errors and words
            raise StreamlitValueError("value", ["int", "float", "date", "time", "datetime",
                                                "a list containing up to two such values",
                                                "a tuple containing up to two such values"])
        else:
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `value` type. Expected one of: int, float, date, time, datetime, list, "
                f"tuple. Provided type: {type(value).__name__}.")
        kinds = [type_of(v) for v in values]
        if None in kinds:
            bad = values[kinds.index(None)]
            raise RerunQtAPIError(
                f"slider value={value!r}: {bad!r} ({type(bad).__name__}) is not a supported "
                f"slider value; use int, float, datetime.date, datetime.time or datetime.datetime."
            )
        if len(set(kinds)) > 1:
            raise StreamlitInvalidParameterTypeError(
                f"Invalid `value` type. Expected one of: list or tuple containing values of the same "
                f"type. Provided type: {', '.join(type(v).__name__ for v in values)}.")
        anchors = values or [v for v in (lo, hi) if v is not None]
        data_type = type_of(anchors[0]) if anchors else INT
        if data_type is None:
            raise mismatch(value, lo, hi, step)
        tz = anchors[0].tzinfo if data_type in (TIME, DATETIME) else None
        if lo is None:
            lo = _default_bound(data_type, values, tz, -1)
        if hi is None:
            hi = _default_bound(data_type, values, tz, +1)
        if step is None:
            step = _default_step(data_type, lo, hi)
        check_types(data_type, value, lo, hi, step)
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
            raise StreamlitValueError("step", ["a timedelta" if isinstance(step, timedelta) else "a number"],
                                      "Zero is not allowed.")
        if step < (timedelta(0) if isinstance(step, timedelta) else 0):
            raise RerunQtAPIError(f"slider step={step!r} must be positive.")
        if data_type == DATE and step % timedelta(days=1):
            raise RerunQtAPIError(f"slider step={step!r} must be a whole number of days for a date slider.")
        if lo > hi:  # passed the other way round: swapped, as in Streamlit 1.67
            lo, hi = hi, lo
        if shape == _PAIR and len(values) == 2 and values[0] > values[1]:
            values.reverse()  # a reversed pair is swapped, as in Streamlit
        if not values:
            values = [lo, hi]
        lo, hi = min(lo, values[0]), max(hi, values[-1])  # a value outside widens the bounds
        if lo == hi:  # (a date in Streamlit's words as the datetime it becomes)
            shown = (datetime.combine(x, time()) if data_type == DATE else x for x in (lo, hi))
            raise invalid_min_max(*shown)
        if fmt is None:
            fmt = _DEFAULT_FORMATS[data_type]
            if data_type == DATETIME and step % timedelta(days=1):
                fmt = "YYYY-MM-DD HH:mm"
        check_format(data_type, fmt, lo)
        default = values[0] if shape == _SCALAR else tuple(values)
        return cls(data_type, shape, lo, hi, step, default, fmt, tz)


def slider_spec(lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> SliderSpec:
    """``SliderSpec.build``, memoised: a script draws the same sliders on every run.

    The key holds each argument's class beside it (1, 1.0 and True are equal but make
    different sliders), and a range's items with theirs. Runs once per slider call.
    """
    cls = value.__class__
    if cls in _SCALAR_CLASSES:
        cache_key: tuple[Any, ...] = (lo.__class__, lo, hi.__class__, hi, cls, value,
                                      step.__class__, step, fmt)
    elif isinstance(value, (list, tuple)):
        items = tuple(value)
        kinds = ((items[0].__class__, items[1].__class__) if len(items) == 2
                 else tuple([v.__class__ for v in items]))
        cache_key = (lo.__class__, lo, hi.__class__, hi, cls, items, kinds, step.__class__, step,
                     fmt)
    else:
        cache_key = (lo.__class__, lo, hi.__class__, hi, cls, value, step.__class__, step, fmt)
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
_SCALAR_CLASSES = frozenset((int, float, type(None), date, time, datetime))  # key fast path



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


def _unchanged(v: Any) -> Any:
    return v


def _slider_converters(spec: SliderSpec) -> tuple[Callable[[Any], Any], ...]:
    """coerce, to_ui, from_ui and ui_of of one spec, as closures (coerce runs on every run).

    Built once per spec: the closures for a single value and for a range are separate, so
    the per-run ``coerce`` of a value that already fits is one type check and one
    comparison, with no shape test and no nested call.
    """
    data_type, shape, lo, hi, tz = spec.data_type, spec.shape, spec.lo, spec.hi, spec.tz
    exact = _EXACT[data_type]
    size = 1 if shape == _ONE else 2

    def fits(x: Any) -> bool:
        return type(x) is exact and lo <= x <= hi

    def clamp(x: Any) -> Any:
        return lo if x < lo else hi if x > hi else x

    def outside(x: Any) -> str | None:
        if x < lo:
            return f"{x} is less than the slider's min_value {lo}"
        return f"{x} is greater than the slider's max_value {hi}" if x > hi else None

    def fit_state(x: Any) -> Any:
        """A value from session state, converted; out of the bounds, a PartlyFits: clamped
        from an earlier run, refused when code set it (as Streamlit 1.67)."""
        x = fit_scalar(data_type, x)
        problem = outside(x)
        if problem is not None:
            raise PartlyFits(problem, clamp(x))
        return x

    def fit_front(n: Any) -> Any:
        return clamp(from_ui_scalar(data_type, n, tz))

    def allowed(x: Any) -> Any:
        x = fit_scalar(data_type, x)
        if not lo <= x <= hi:
            raise ValueError(f"{x!r} is outside the slider's range {lo!r} to {hi!r}")
        return to_ui_scalar(data_type, x)

    def fit_pair(v: Any, fit: Callable[[Any], Any]) -> tuple[Any, ...]:
        if not isinstance(v, (list, tuple)) or len(v) != size:
            # Streamlit 1.67 resets a range slider given a single value, without an error
            raise PartlyFits(f"expected a range: a tuple of {size} {data_type} values, "
                             f"got {v!r}", DEFAULT, DEFAULT)
        return tuple(sorted(map(fit, v)))

    def fit_state_pair(v: Any) -> tuple[Any, ...]:
        pair = fit_pair(v, lambda x: fit_scalar(data_type, x))
        for problem in filter(None, map(outside, pair)):  # a bound crossed (see fit_state)
            raise PartlyFits(problem, tuple(map(clamp, pair)))
        return pair

    def single(v: Any) -> None:
        if isinstance(v, (list, tuple)):
            # Streamlit 1.67 resets a single slider given a range, without an error
            raise PartlyFits(f"expected one {data_type} value, got the range {v!r}",
                             DEFAULT, DEFAULT)

    if shape == _SCALAR:

        def coerce(v: Any) -> Any:
            """The slider's type; out of the bounds, a PartlyFits (see fit_state)."""
            if type(v) is exact and lo <= v <= hi:  # already fits
                return v
            single(v)
            return fit_state(v)

        def to_ui(v: Any) -> Any:
            single(v)
            return allowed(v)

        def from_ui(x: Any) -> Any:
            single(x)
            return fit_front(x)

        def ui_of(v: Any) -> Any:
            """A value that fits (it came through coerce) as its front-end value."""
            return to_ui_scalar(data_type, v)

    else:

        def coerce(v: Any) -> Any:
            """The slider's type; out of the bounds, a PartlyFits (see fit_state)."""
            if v.__class__ is tuple and len(v) == size:
                if size == 2:
                    low, high = v
                    if type(low) is exact and type(high) is exact and lo <= low <= high <= hi:
                        return v  # already fits, in order
                elif fits(v[0]):
                    return v
            return fit_state_pair(v)

        def to_ui(v: Any) -> Any:
            return fit_pair(v, allowed)

        def from_ui(x: Any) -> Any:
            return fit_pair(x, fit_front)

        def ui_of(v: Any) -> Any:
            """A value that fits (it came through coerce) as its front-end value."""
            return tuple([to_ui_scalar(data_type, x) for x in v])

    return coerce, to_ui, from_ui, ui_of


def option_list(options: Any) -> list[Any]:
    """select_slider's options as a non-empty list (a DataFrame gives its first column)."""
    if isinstance(options, (str, int, float)):  # a single option, as Streamlit wraps it
        options = [options]
    elif isinstance(options, EnumMeta):
        options = enum_options(options)
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        options = options.iloc[:, 0]
    if hasattr(options, "to_list") and hasattr(options, "dtype"):  # Series/Index: plain values
        options = options.to_list()
    elif hasattr(options, "tolist") and hasattr(options, "dtype"):  # numpy array: plain values
        options = array_list(options)
    try:
        opts = list(options)
    except TypeError:
        raise RerunQtAPIError(
            f"select_slider options= must be an iterable of options, got {type(options).__name__}."
        ) from None
    if not opts:
        raise StreamlitMissingRequiredParameterError(  # Streamlit 1.67's words
            "The `options` parameter is required. Provide at least one option.")
    return opts
