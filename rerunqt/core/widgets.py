"""The input widgets of the engine issue: button, checkbox, text_input, number_input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from rerunqt.core.element import Props
from rerunqt.core.kinds import KINDS
from rerunqt.core.number_spec import number_spec
from rerunqt.core.query_bind import binding, initial, parse_bool, parse_text, show_bool, show_text, write
from rerunqt.core.registration import (
    LABEL_VISIBILITIES,
    as_text,
    check_icon,
    check_label,
    check_persist_state,
    register,
)
from rerunqt.core.scalars import plain_int
from rerunqt.core.text_units import STATE_TEXT, StateText, TextLimit, coerce_text
from rerunqt.core.widget_params import (
    WRAP_PROPS,
    Validated,
    button_look,
    check_required,
    check_validate,
    live_delay,
    resolve_wrap,
    widget_width,
)
from rerunqt.errors import RerunQtAPIError, StreamlitValueError

BUTTON = KINDS["button"]
TEXT_INPUT = KINDS["text_input"]
NUMBER_INPUT = KINDS["number_input"]

# on_change=: a function, None, or Streamlit 1.67's modes "rerun" (the default) and "ignore"
Callback = Callable[..., Any] | Literal["rerun", "ignore"] | None
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
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool = False,
    width: int | str = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """A push button: True for exactly the one run after it was clicked."""
    if label.__class__ is not str or type not in _BUTTON_TYPES or icon is not None:
        label = check_button_type("button", label, type, icon)
    ctx, wid, clicked, _ = register(
        BUTTON, label, key, (label, help, type, icon, use_container_width), False,
        bool, on_click, "on_click", args, kwargs, disabled,
    )
    look = button_look("button", use_container_width, width, icon_position, shortcut, wrap)
    ctx.add_widget("button", wid, button_props(label, clicked, disabled, help, type, icon, look))
    return clicked


_BUTTON_TYPES = ("primary", "secondary", "tertiary")


def check_button_type(kind: str, label: Any, type: str, icon: Any = None) -> str:
    """Check a button's type and icon; return its label as shown (see check_label)."""
    label = check_label(kind, label, "visible")
    check_icon(kind, icon)
    if type not in _BUTTON_TYPES:  # Streamlit 1.67's words, for every kind of button
        raise StreamlitValueError("type", [repr(t) for t in _BUTTON_TYPES])
    return label


def button_props(label: str, clicked: bool, disabled: bool, help: str | None, type: str,
                 icon: str | None, look: Props) -> Props:
    """The props of every button-like element (button, form submit, download)."""
    return (
        ("label", label),
        ("value", clicked),  # a bool: the trigger coercion made it one
        ("disabled", True if disabled else False),  # bool(), without the call
        ("help", help if help is None or help.__class__ is str else str(help)),
        ("type", type),
        ("icon", icon),
    ) + look


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
    width: int | str = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """A check box returning its state."""
    if persist_state is not None:
        check_persist_state("checkbox", persist_state, key)
    return bool_widget("checkbox", label, value, key, help, on_change, args, kwargs, disabled,
                       label_visibility, bool, None, width, wrap, bind)


def bool_widget(
    kind: str,
    label: str,
    value: Any,
    key: str | int | None,
    help: str | None,
    on_change: Callback,
    args: Args,
    kwargs: Kwargs,
    disabled: bool,
    label_visibility: str,
    coerce_default: Callable[[Any], bool],
    to_ui: Callable[[Any], Any] | None,
    width: Any = "content",
    wrap: Any = None,
    bind: Any = None,
) -> bool:
    """The body of checkbox and toggle: an on/off widget returning its state.

    ``coerce_default`` turns a non-bool ``value`` into the default (``bool``: Streamlit
    casts it, so None is False and np.True_ is True); ``to_ui`` is the widget's ``to_ui``
    for register.
    """
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label(kind, label, label_visibility)
    default = value if value.__class__ is bool else coerce_default(value)
    param = binding(kind, bind, key)
    if param is not None:
        given, default = default, initial(param, default, parse_bool)
    ctx, wid, current, by_code = register(
        KINDS[kind], label, key, () if key is not None else (label, default, help), default,
        _coerce_bool, on_change, "on_change", args, kwargs, disabled, default is not False,
        None, to_ui,
    )
    ctx.add_widget(kind, wid, field_props(label, current, disabled, help, label_visibility, by_code)
                   + widget_width(kind, width) + WRAP_PROPS[resolve_wrap(wrap)])
    if param is not None:
        write(param, current, given, show_bool)
    return current


# Streamlit 1.67's smart defaults per text_input type: (icon, placeholder, validate)
TEXT_INPUT_TYPES: dict[str, tuple[str | None, str | None, tuple[str, str] | None]] = {
    "default": (None, None, None),
    "password": (None, None, None),
    "email": (":material/mail:", "you@example.com",
              (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.")),
    "url": (":material/link:", "https://example.com",
            (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.")),
    "phone": (":material/call:", "+1 234 567 8900", None),
    "search": (":material/search:", "Search", None),
}


def _type_defaults(type: str, icon: Any, placeholder: Any, validate: Any) -> tuple[Any, Any, Any]:
    """The type's icon, placeholder and validate where the caller gave None; "" turns one off."""
    default_icon, default_placeholder, default_rule = TEXT_INPUT_TYPES[type]
    icon = default_icon if icon is None else (icon or None)
    placeholder = default_placeholder if placeholder is None else placeholder
    validate = default_rule if validate is None else (validate or None)
    return icon, placeholder, validate


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
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    validate: Any = None,
    live: bool = False,
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """A one-line text field; it commits on Enter or when it loses focus.

    ``live=True`` commits while the user types (after a short pause); ``validate`` (a
    regular expression or a function) gives the message shown under an invalid value.
    """
    if persist_state is not None:
        check_persist_state("text_input", persist_state, key)
    param = binding("text_input", bind, key)
    if type not in TEXT_INPUT_TYPES:  # Streamlit 1.67's error and words
        raise StreamlitValueError("type", [repr(t) for t in TEXT_INPUT_TYPES])
    icon, placeholder, validate = _type_defaults(type, icon, placeholder, validate)
    check_icon("text_input", icon)
    rule = check_validate("text_input", validate)
    delay = live_delay("text_input", live)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("text_input", label, label_visibility)
    if max_chars == 0 and max_chars.__class__ is int:  # Streamlit 1.67: 0 is no limit
        max_chars = None
    if max_chars is None:
        coerce: Callable[[Any], str | None] = coerce_text
    else:
        if max_chars.__class__ is not int:
            max_chars = plain_int(max_chars)  # np.int64(5), as Streamlit takes it
        if not isinstance(max_chars, int) or max_chars < 1:
            raise RerunQtAPIError(f"max_chars must be a positive int or None, got {max_chars!r}.")
        coerce = TextLimit(max_chars)
    default = coerce(value)
    given = default
    if param is not None:
        default = coerce(initial(param, default, parse_text))
    ctx, wid, current, by_code = register(
        TEXT_INPUT, label, key, (label, default, max_chars, type, help, placeholder, rule),
        default, STATE_TEXT if max_chars is None else StateText(coerce), on_change, "on_change",
        args, kwargs, disabled,
        True if default else False, None if rule is None else Validated(rule),
    )
    ctx.add_widget(
        "text_input",
        wid,
        field_props(label, current, disabled, help, label_visibility, by_code)
        + (_TEXT_INPUT_PLAIN if (placeholder is None and max_chars is None and type == "default"
                                 and required is False and icon is None and rule is None
                                 and delay is None and autocomplete is None)
           else (("placeholder", as_text(placeholder)), ("max_chars", max_chars), ("type", type),
                 ("required", check_required("text_input", required)), ("icon", icon),
                 ("validate", rule), ("live", delay), ("autocomplete", autocomplete)))
        + widget_width("text_input", width),
    )
    if param is not None:
        write(param, current, given, show_text)
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
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> float | int | None:
    """A number field with step buttons; int when every number given is an int."""
    if persist_state is not None:
        check_persist_state("number_input", persist_state, key)
    param = binding("number_input", bind, key)
    check_icon("number_input", icon)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("number_input", label, label_visibility)
    spec = number_spec(min_value, max_value, value, step, format)
    given = spec.default
    if param is not None:
        spec = initial(param, spec, _NumberFromQuery(min_value, max_value, step, format, spec))
    # the identity only names an unkeyed widget; a keyed one skips building it
    identity = () if key is not None else (label, *spec.identity, help)
    ctx, wid, current, by_code = register(
        NUMBER_INPUT, label, key, identity, spec.default, spec.coerce,
        on_change, "on_change", args, kwargs, disabled, spec.default_given,
    )
    ctx.add_widget(
        "number_input",
        wid,
        field_props(label, current, disabled, help, label_visibility, by_code)
        + spec.props + (_NUMBER_INPUT_PLAIN if placeholder is None and required is False
                        and icon is None else (("placeholder", as_text(placeholder)),
                        ("required", check_required("number_input", required)), ("icon", icon)))
        + widget_width("number_input", width),
    )
    if param is not None:
        write(param, current, given, show_text)
    return current


# a text_input's props after the common ones when every optional parameter is left alone
_TEXT_INPUT_PLAIN: Props = (("placeholder", None), ("max_chars", None), ("type", "default"),
                            ("required", False), ("icon", None), ("validate", None),
                            ("live", None), ("autocomplete", None))


_NUMBER_INPUT_PLAIN: Props = (("placeholder", None), ("required", False), ("icon", None))


def field_props(label: str, value: Any, disabled: bool, help: str | None,
                label_visibility: str, by_code: int) -> Props:
    """The properties every labelled input widget starts with, in this order.

    The usual values of the last four are shared pairs, compared by identity with the
    last run's props (each widget's props are compared on every run).
    """
    return (
        ("label", label),
        ("value", value),
        _ENABLED if not disabled else _DISABLED,
        _NO_HELP if help is None else ("help", help if help.__class__ is str else str(help)),
        _VISIBLE if label_visibility == "visible" else ("label_visibility", label_visibility),
        _NOT_BY_CODE if by_code == 0 else ("set_by_code", by_code),
    )


_ENABLED = ("disabled", False)
_DISABLED = ("disabled", True)
_NO_HELP = ("help", None)
_VISIBLE = ("label_visibility", "visible")
_NOT_BY_CODE = ("set_by_code", 0)


def _coerce_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    v = plain_int(v)  # np.int64(1)
    if isinstance(v, int):  # any int, as Streamlit 1.67 takes one from session state
        return bool(v)
    dtype = getattr(v, "dtype", None)  # np.True_
    if dtype is not None and dtype.kind == "b" and getattr(v, "shape", None) == ():
        return bool(v)
    raise TypeError(f"expected True or False, got {v!r}")


class _NumberFromQuery:
    """number_input's spec with the query parameter as its value (raises if it does not fit)."""

    def __init__(self, lo: Any, hi: Any, step: Any, format: Any, spec: Any) -> None:
        self.lo, self.hi, self.step, self.format, self.spec = lo, hi, step, format, spec

    def __call__(self, values: list[str]) -> Any:
        text = values[-1].strip()
        number: float | int = int(text) if self.spec.is_int else float(text)
        return number_spec(self.lo, self.hi, number, self.step, self.format)
