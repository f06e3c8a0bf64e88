"""The input widgets of the engine issue: button, checkbox, text_input, number_input."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from rerunqt.core.registration import check_label, register
from rerunqt.errors import RerunQtAPIError

Callback = Callable[..., Any] | None
Args = tuple[Any, ...] | list[Any] | None
Kwargs = dict[str, Any] | None


def button(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """A push button: True for exactly the one run after it was clicked."""
    check_label("button", label, "visible")
    if type not in ("primary", "secondary", "tertiary"):
        raise RerunQtAPIError(f"button type={type!r} is not valid; use 'primary' or 'secondary'.")
    ctx, wid, value, _ = register(
        "button",
        label=label,
        key=key,
        identity=(label, help, type, icon, use_container_width),
        default=False,
        coerce=_coerce_trigger,
        callback=on_click,
        callback_name="on_click",
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        trigger=True,
        read_only=True,
    )
    ctx.add_widget(
        "button",
        wid,
        (
            ("label", label),
            ("value", bool(value)),
            ("disabled", bool(disabled)),
            ("help", help),
            ("type", type),
            ("icon", icon),
            ("use_container_width", bool(use_container_width)),
        ),
    )
    return bool(value)


def checkbox(
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
    """A check box returning its state."""
    check_label("checkbox", label, label_visibility)
    default = _coerce_bool(value)
    ctx, wid, current, by_code = register(
        "checkbox",
        label=label,
        key=key,
        identity=(label, default, help),
        default=default,
        coerce=_coerce_bool,
        callback=on_change,
        callback_name="on_change",
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        default_given=default is not False,
    )
    ctx.add_widget(
        "checkbox",
        wid,
        (
            ("label", label),
            ("value", current),
            ("disabled", bool(disabled)),
            ("help", help),
            ("label_visibility", label_visibility),
            ("set_by_code", by_code),
        ),
    )
    return current


def text_input(
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> str | None:
    """A one-line text field; it commits on Enter or when it loses focus."""
    check_label("text_input", label, label_visibility)
    if type not in ("default", "password"):
        raise RerunQtAPIError(
            f"text_input type={type!r} is not valid; use 'default' or 'password'."
        )
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 1):
        raise RerunQtAPIError(f"max_chars must be a positive int or None, got {max_chars!r}.")

    coerce = _text_coercer(max_chars)
    default = coerce(value)
    ctx, wid, current, by_code = register(
        "text_input",
        label=label,
        key=key,
        identity=(label, default, max_chars, type, help, placeholder),
        default=default,
        coerce=coerce,
        callback=on_change,
        callback_name="on_change",
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        default_given=bool(default),
    )
    ctx.add_widget(
        "text_input",
        wid,
        (
            ("label", label),
            ("value", current),
            ("disabled", bool(disabled)),
            ("help", help),
            ("label_visibility", label_visibility),
            ("set_by_code", by_code),
            ("placeholder", placeholder),
            ("max_chars", max_chars),
            ("type", type),
        ),
    )
    return current


def number_input(
    label: str,
    min_value: float | None = None,
    max_value: float | None = None,
    value: float | str | None = "min",
    step: float | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> float | int | None:
    """A number field with step buttons; int when every number given is an int."""
    check_label("number_input", label, label_visibility)
    spec = NumberSpec.cached(min_value, max_value, value, step, format)
    ctx, wid, current, by_code = register(
        "number_input",
        label=label,
        key=key,
        identity=(label, spec.min, spec.max, spec.default, spec.step, spec.format, help),
        default=spec.default,
        coerce=spec.coerce,
        callback=on_change,
        callback_name="on_change",
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        default_given=value != "min" and value is not None and value != spec.min,
    )
    ctx.add_widget(
        "number_input",
        wid,
        (
            ("label", label),
            ("value", current),
            ("disabled", bool(disabled)),
            ("help", help),
            ("label_visibility", label_visibility),
            ("set_by_code", by_code),
            ("min", spec.min),
            ("max", spec.max),
            ("step", spec.step),
            ("format", spec.format),
            ("is_int", spec.is_int),
            ("placeholder", placeholder),
        ),
    )
    return current


class NumberSpec:
    """The checked numeric parameters of one number_input call."""

    __slots__ = ("default", "format", "is_int", "max", "min", "step")

    def __init__(self, is_int: bool, lo: Any, hi: Any, default: Any, step: Any, fmt: str) -> None:
        self.is_int, self.min, self.max = is_int, lo, hi
        self.default, self.step, self.format = default, step, fmt

    @classmethod
    def cached(cls, lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> NumberSpec:
        """``build``, memoised: a script draws the same fields with the same numbers each run."""
        cache_key = (lo.__class__, lo, hi.__class__, hi, value.__class__, value,
                     step.__class__, step, fmt)
        try:
            return _NUMBER_SPECS[cache_key]
        except (KeyError, TypeError):
            pass
        spec = cls.build(lo, hi, value, step, fmt)
        if len(_NUMBER_SPECS) > 4096:
            _NUMBER_SPECS.clear()
        try:
            _NUMBER_SPECS[cache_key] = spec
        except TypeError:
            pass
        return spec

    @classmethod
    def build(cls, lo: Any, hi: Any, value: Any, step: Any, fmt: str | None) -> NumberSpec:
        given = {"min_value": lo, "max_value": hi, "step": step}
        if value not in ("min", None):
            given["value"] = value
        numbers = {k: v for k, v in given.items() if v is not None}
        for name, number in numbers.items():
            if isinstance(number, bool) or not isinstance(number, (int, float)):
                raise RerunQtAPIError(
                    f"number_input {name}={number!r} must be an int or a float."
                )
        kinds = {isinstance(v, int) for v in numbers.values()}
        if len(kinds) > 1:
            shown = ", ".join(f"{k}={v!r} ({type(v).__name__})" for k, v in numbers.items())
            raise RerunQtAPIError(
                f"number_input got a mix of int and float arguments ({shown}). Use all ints "
                f"for an integer field or all floats (e.g. 1.0) for a decimal one."
            )
        is_int = kinds == {True}
        if lo is not None and hi is not None and lo > hi:
            raise RerunQtAPIError(f"number_input min_value={lo!r} is above max_value={hi!r}.")
        if value == "min":
            default: Any = lo if lo is not None else (0 if is_int else 0.0)
        else:
            default = value
        if default is not None:
            if lo is not None and default < lo:
                raise RerunQtAPIError(
                    f"number_input value={default!r} is below min_value={lo!r}."
                )
            if hi is not None and default > hi:
                raise RerunQtAPIError(
                    f"number_input value={default!r} is above max_value={hi!r}."
                )
        if step is None:
            step = 1 if is_int else 0.01
        elif step <= 0:
            raise RerunQtAPIError(f"number_input step={step!r} must be positive.")
        if fmt is None:
            fmt = "%d" if is_int else "%0.2f"
        try:
            fmt % (1 if is_int else 1.0)
        except (TypeError, ValueError):
            raise RerunQtAPIError(
                f"number_input format={fmt!r} is not a valid printf-style format "
                f"(e.g. '%d' or '%0.2f')."
            ) from None
        return cls(is_int, lo, hi, default, step, fmt)

    def coerce(self, v: Any) -> Any:
        """Decision 5: a value from session state becomes this field's type and bounds."""
        if v is None:
            return None
        if isinstance(v, bool):
            raise TypeError("expected a number, got a bool")
        if isinstance(v, str):
            v = float(v.strip())  # ValueError names the text
        if not isinstance(v, (int, float)) or (isinstance(v, float) and math.isnan(v)):
            raise TypeError(f"expected a number, got {type(v).__name__}")
        if self.min is not None and v < self.min:
            v = self.min
        if self.max is not None and v > self.max:
            v = self.max
        if self.is_int:
            return v if type(v) is int else int(round(v))
        return v if type(v) is float else float(v)


_NUMBER_SPECS: dict[tuple[Any, ...], NumberSpec] = {}


def _coerce_text(v: Any) -> str | None:
    if v is None or v.__class__ is str:
        return v
    return str(v)


class _TextLimit:
    """Coerce to str and cut to ``max_chars`` (decision 5)."""

    __slots__ = ("max_chars",)

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def __call__(self, v: Any) -> str | None:
        text = _coerce_text(v)
        return None if text is None else text[: self.max_chars]


def _text_coercer(max_chars: int | None) -> Callable[[Any], str | None]:
    return _coerce_text if max_chars is None else _TextLimit(max_chars)


def _coerce_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, int) and v in (0, 1):
        return bool(v)
    raise TypeError(f"expected True or False, got {v!r}")


def _coerce_trigger(v: Any) -> bool:
    return bool(v)
