"""The checked numeric parameters of number_input, and the coercion of its values.

A number field holds what a JavaScript number holds exactly, as in Streamlit: an int
field ints within ±(2**53 - 1), a float field finite floats. Arguments outside that are
an API error naming the argument; a value from session state outside it is a
``StateValueError`` (see ``SessionState.register_widget``), never a silent stand-in. A
value code sets outside ``min_value``/``max_value`` is replaced by the default (as in
Streamlit 1.67).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any

from rerunqt.core.scalars import plain_number
from rerunqt.errors import (
    DEFAULT,
    PartlyFits,
    RerunQtAPIError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    invalid_min_max,
    short_repr,
)

MAX_SAFE_INT = 2**53 - 1  # JavaScript's Number.MAX_SAFE_INTEGER: the largest exact int
MAX_FLOAT = sys.float_info.max


class NumberSpec:
    """The checked numeric parameters of one number_input call.

    Built once per distinct set of arguments (``number_spec``), so everything a call needs
    that depends only on them is computed here: its coercion, its part of the identity
    and of the props, and whether ``value=`` was given.
    """

    __slots__ = ("coerce", "default", "default_given", "format", "identity", "is_int", "max",
                 "min", "props", "step")

    def __init__(self, is_int: bool, lo: Any, hi: Any, default: Any, step: Any, fmt: str,
                 default_given: bool) -> None:
        self.is_int, self.min, self.max = is_int, lo, hi
        self.default, self.step, self.format = default, step, fmt
        self.default_given = default_given
        self.coerce = _number_coercer(is_int, lo, hi)
        self.identity = (lo, hi, default, step, fmt)
        self.props = (("min", lo), ("max", hi), ("step", step), ("format", fmt),
                      ("is_int", is_int), ("clearable", default is None))  # value=None: may go back to None

    @classmethod
    def build(cls, lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> NumberSpec:
        # numpy scalars (``df.col.max()``) become Python numbers, as in Streamlit; a bool
        # value is the int it stands for (value=True is 1)
        lo, hi, step = plain_number(lo), plain_number(hi), plain_number(step)
        value = int(value) if value.__class__ is bool else plain_number(value)
        given = {"min_value": lo, "max_value": hi, "step": step}
        if value not in ("min", None):
            given["value"] = value
        numbers = {k: v for k, v in given.items() if v is not None}
        for name, number in numbers.items():
            _check_argument(name, number)
        kinds = {isinstance(v, int) for v in numbers.values()}
        if len(kinds) > 1:  # Streamlit 1.67's words, value first
            order = ("value", "min_value", "max_value", "step")
            shown = "".join(f"\n`{k}` has {type(numbers[k]).__name__} type." for k in order if k in numbers)
            if value == "min":  # Streamlit's default value is the word "min": it lists that too
                shown = "\n`value` has str type." + shown
            raise StreamlitMixedNumericTypesError(
                f"All numerical arguments must be of the same type.{shown}")
        is_int = kinds == {True}
        if lo is not None and hi is not None and lo > hi:
            raise invalid_min_max(lo, hi)
        if value == "min":
            default: Any = lo if lo is not None else (0 if is_int else 0.0)
        else:
            default = value
        if default is not None:
            if lo is not None and default < lo:
                raise StreamlitValueBelowMinError(
                    f"The `value` {default} is less than the `min_value` {lo}.")
            if hi is not None and default > hi:
                raise StreamlitValueAboveMaxError(
                    f"The `value` {default} is greater than the `max_value` {hi}.")
        if step is None:  # (Streamlit 1.67 takes a step of 0 or below as given)
            step = 1 if is_int else 0.01
        fmt = _checked_format(fmt, is_int)
        default_given = value != "min" and value is not None and value != lo
        return cls(is_int, lo, hi, default, step, fmt, default_given)


def _check_argument(name: str, number: Any) -> None:
    """One numeric argument: a number a field can hold (Streamlit's JSNumber checks)."""
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        raise RerunQtAPIError(
            f"number_input {name}={short_repr(number)} must be an int or a float."
        )
    if isinstance(number, int):
        if not -MAX_SAFE_INT <= number <= MAX_SAFE_INT:
            raise RerunQtAPIError(
                f"number_input {name}={short_repr(number)} is outside the range of an int "
                f"field, -{MAX_SAFE_INT} to {MAX_SAFE_INT} (2**53 - 1, the largest int a "
                f"double holds exactly)."
            )
    elif not math.isfinite(number):
        raise RerunQtAPIError(
            f"number_input {name}={number!r} must be a finite number (not nan or inf)."
        )


def _checked_format(fmt: Any, is_int: bool) -> str:
    if fmt is None:
        return "%d" if is_int else "%0.2f"
    if not isinstance(fmt, str):
        raise RerunQtAPIError(
            f"number_input format= must be a printf-style string such as '%d' or '%0.2f', "
            f"got {type(fmt).__name__} {short_repr(fmt)}."
        )
    try:  # Streamlit's check: the format applied to 2 must read back as a number
        float(fmt % 2)
    except (TypeError, ValueError):
        raise RerunQtAPIError(
            f"Format string for `st.number_input` contains invalid characters: {fmt}"  # 1.67's words
            f" (format={fmt!r}: the field shows a number, so the format must give one, e.g. '%d', "
            f"'%03d', '%0.2f', '%+.1f' or '%.3e'; no text such as '$%.2f', '%d kg' or '%.1f%%')."
        ) from None
    return fmt


def _number_coercer(is_int: bool, lo: Any, hi: Any) -> Callable[[Any], Any]:
    """The coercion of one NumberSpec, as a closure: it runs once per widget per run."""
    exact = int if is_int else float
    limit = MAX_SAFE_INT if is_int else MAX_FLOAT
    low = -limit if lo is None else lo
    high = limit if hi is None else hi

    def coerce(v: Any) -> Any:
        """A value from session state as this field's type, within its bounds (_fit_number)."""
        if type(v) is exact and low <= v <= high:  # already fits (nan fails the comparison)
            return v
        return _fit_number(v, is_int, lo, hi)

    return coerce


def _fit_number(v: Any, is_int: bool, lo: Any, hi: Any) -> Any:
    """The general case of a NumberSpec's coercion: clamp to the bounds given, or raise
    ValueError/TypeError for a value the field cannot hold (nan, inf, beyond 2**53 in an
    int field, beyond the largest float in a float field)."""
    if v is None:
        return None
    if isinstance(v, bool):
        v = int(v)  # True is 1, as Streamlit takes it
    if isinstance(v, str):
        # a number's text: kept from an earlier run, an error when code sets it (as Streamlit)
        try:
            number = _fit_number(float(v.strip()), is_int, lo, hi)  # ValueError names the text
        except PartlyFits as exc:
            number = exc.fitted
        raise PartlyFits(f"expected a number, got the str {short_repr(v)}", number)
    v = plain_number(v)  # numpy scalars
    if not isinstance(v, (int, float)):
        raise TypeError(f"expected a number, got {type(v).__name__}")
    if isinstance(v, float) and math.isnan(v):
        raise ValueError("nan is not a number a field can hold")
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        # Streamlit 1.67 resets a value set by code outside the bounds to the default;
        # one from an earlier run (the bounds changed) is clamped (DESIGN decision 1)
        bound = lo if lo is not None and v < lo else hi
        raise PartlyFits(f"{v} is outside {lo} to {hi}", _fit_number(bound, is_int, lo, hi),
                         DEFAULT)
    if is_int:
        if not -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
            raise ValueError(
                f"an int field holds -{MAX_SAFE_INT} to {MAX_SAFE_INT} (2**53 - 1) exactly"
            )
        return v if type(v) is int else int(round(v))
    if not -MAX_FLOAT <= v <= MAX_FLOAT:  # inf, or an int too large for a float
        raise ValueError("a float field holds finite floats only")
    return v if type(v) is float else float(v)


def number_spec(lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> NumberSpec:
    """``NumberSpec.build``, memoised: a script draws the same fields with the same numbers.

    A module function rather than a classmethod: it runs once per number_input call.
    """
    cache_key = (lo.__class__, lo, hi.__class__, hi, value.__class__, value,
                 step.__class__, step, fmt)
    try:
        return _NUMBER_SPECS[cache_key]
    except (KeyError, TypeError):
        pass
    spec = NumberSpec.build(lo, hi, value, step, fmt)
    if len(_NUMBER_SPECS) > 4096:
        _NUMBER_SPECS.clear()
    try:
        _NUMBER_SPECS[cache_key] = spec
    except TypeError:
        pass
    return spec


_NUMBER_SPECS: dict[tuple[Any, ...], NumberSpec] = {}
