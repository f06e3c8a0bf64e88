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
from rerunqt.core.dates_spec import _DATE_SPECS, DateValue, date_spec, today
from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, parse_text, show_text, write
from rerunqt.core.query_codecs import parse_color, parse_dates, parse_like, show_color, show_values
from rerunqt.core.registration import LABEL_VISIBILITIES, as_text, check_label, check_persist_state, register
from rerunqt.core.text_units import STATE_TEXT, StateText, TextLimit, coerce_text
from rerunqt.core.time_spec import _TIME_SPECS, time_spec
from rerunqt.core.widget_params import check_required, hour_cycle, widget_width
from rerunqt.core.widgets import (
    Args,
    Callback,
    Kwargs,
    _coerce_bool,
    bool_widget,
    field_props,
)
from rerunqt.errors import DEFAULT, PartlyFits, RerunQtAPIError, StreamlitInvalidHeightError

TEXT_AREA = KINDS["text_area"]
COLOR_PICKER = KINDS["color_picker"]

TEXT_AREA_MIN_HEIGHT = 68
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_NORMAL_COLORS: set[str] = set()  # strings already seen to match _HEX
_NORMAL_COLORS_MAX = 4096


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
    width: int | str = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """An on/off switch returning its state (a checkbox that looks like a switch)."""
    if persist_state is not None:
        check_persist_state("toggle", persist_state, key)
    return bool_widget("toggle", label, value, key, help, on_change, args, kwargs, disabled,
                       label_visibility, bool, _coerce_bool, width, wrap, bind)


# --------------------------------------------------------------------------------------
# text_area
# --------------------------------------------------------------------------------------


def _area_height(height: Any) -> int | str:
    """A text_area's ``height`` as Streamlit 1.67 takes it: pixels (below the minimum it
    is the minimum), "content" (as tall as its text) or "stretch" (as "content" here: a
    page column has no height to fill)."""
    if height in ("content", "stretch"):
        return str(height)
    if height.__class__ is int or (isinstance(height, int) and not isinstance(height, bool)):
        if height < 1:  # 1 to the minimum is the minimum; 0 or less is Streamlit's error
            raise StreamlitInvalidHeightError(
                f"Invalid height value: {height!r}. Height must be either a positive integer "
                f"(pixels), 'stretch', or 'content'.")
        return max(int(height), TEXT_AREA_MIN_HEIGHT)
    raise RerunQtAPIError(
        f"text_area height={height!r} is not valid: give the height in pixels as an int, "
        f'"content" (as tall as the text), "stretch", or None for the default.')


def text_area(
    label: str,
    value: str | None = "",
    height: int | str | None = None,
    max_chars: int | None = None,
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
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """A multi-line text field; it commits on Ctrl+Enter or when it loses focus."""
    if persist_state is not None:
        check_persist_state("text_area", persist_state, key)
    param = binding("text_area", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("text_area", label, label_visibility)
    if height is not None:
        height = _area_height(height)
    if max_chars == 0 and max_chars.__class__ is int:  # Streamlit 1.67: 0 is no limit
        max_chars = None
    if max_chars is None:
        coerce: Callable[[Any], str | None] = coerce_text
    elif max_chars.__class__ is not int or max_chars < 1:
        raise RerunQtAPIError(f"text_area max_chars={max_chars!r} must be a positive int or None.")
    else:
        coerce = TextLimit(max_chars)
    default = given = coerce(value)
    if param is not None:
        default = coerce(initial(param, default, parse_text))
    ctx, wid, current, by_code = register(
        TEXT_AREA, label, key,
        () if key is not None else (label, default, height, max_chars, help, placeholder),
        default, STATE_TEXT if max_chars is None else StateText(coerce), on_change, "on_change",
        args, kwargs, disabled, True if default else False, None, _text_to_ui,
    )
    ctx.add_widget(
        "text_area",
        wid,
        field_props(label, current, disabled, help, label_visibility, by_code)
        + (("placeholder", as_text(placeholder)), ("max_chars", max_chars), ("height", height),
           ("required", check_required("text_area", required)))
        + widget_width("text_area", width),
    )
    if param is not None:
        write(param, current, given, show_text)
    return current


def _text_to_ui(v: Any) -> str | None:
    if v is None or v.__class__ is str:
        return v
    raise TypeError(f"expected a str or None, got {type(v).__name__}")


# --------------------------------------------------------------------------------------
# date_input
# --------------------------------------------------------------------------------------


def date_input(
    label: str,
    value: Any = "today",
    min_value: date | datetime | str | None = None,
    max_value: date | datetime | str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> DateValue:
    """A date field with a calendar; a list/tuple ``value`` makes a range (returns a tuple)."""
    if persist_state is not None:
        check_persist_state("date_input", persist_state, key)
    param = binding("date_input", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("date_input", label, label_visibility)
    range_from_state = False
    if key is not None and (value is None or (value.__class__ is str and value == "today")):
        # no date given: a sequence in session state makes a range (as Streamlit does)
        ctx = context.current_or_none()
        if ctx is not None and isinstance(ctx.state.raw_get(str(key)), (list, tuple)):
            range_from_state = True
    try:  # date_spec's lookup, inlined: it runs once per call
        spec = _DATE_SPECS[value.__class__, value, min_value.__class__, min_value,
                           max_value.__class__, max_value, format, range_from_state]
    except (KeyError, TypeError):
        spec = date_spec(value, min_value, max_value, format, range_from_state)
    else:
        if spec.day is not None and spec.day != today():  # built on another day
            spec = date_spec(value, min_value, max_value, format, range_from_state)
    # no default date: Streamlit's field then has a clear button ("clearable")
    clearable = spec.default is None or spec.default == ()
    if param is not None:
        start, spec = spec.default, initial(param, spec, lambda values: date_spec(
            parse_dates(values, spec.is_range), min_value, max_value, format))
    current = _register_field(
        "date_input", label, key, () if key is not None else (label, *spec.identity, help),
        spec.default, spec.coerce, on_change, args, kwargs, disabled, spec.default_given,
        spec.to_ui, help, label_visibility,
        spec.props + (("required", check_required("date_input", required)),)
        + widget_width("date_input", width) + (("clearable", clearable),),
    )
    if param is not None:
        write(param, current, start, show_values)
    return current


def _register_field(kind: str, label: str, key: str | int | None, identity: tuple[Any, ...],
                    default: Any, coerce: Callable[[Any], Any], on_change: Callback, args: Args,
                    kwargs: Kwargs, disabled: bool, default_given: bool,
                    to_ui: Callable[[Any], Any], help: str | None, label_visibility: str,
                    props: tuple[tuple[str, Any], ...]) -> Any:
    """What date_input and time_input do once they have their spec: register, add the element
    (its ``field_props`` followed by ``props``), return the current value."""
    ctx, wid, current, by_code = register(
        KINDS[kind], label, key, identity, default, coerce, on_change, "on_change", args,
        kwargs, disabled, default_given, None, to_ui,
    )
    ctx.add_widget(
        kind, wid, field_props(label, current, disabled, help, label_visibility, by_code) + props
    )
    return current


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
    required: bool = False,
    label_visibility: str = "visible",
    step: int | timedelta = 900,
    format: str | int = "24h",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> time | None:
    """A time field (hours and minutes, and seconds when ``step`` is not whole minutes);
    its arrows move by ``step`` seconds (1 second to 23 hours).

    ``format`` is the hour cycle shown ("24h", "12h" with AM/PM, or "localized"); the
    returned time is the same whatever it is.
    """
    if persist_state is not None:
        check_persist_state("time_input", persist_state, key)
    param = binding("time_input", bind, key)
    cycle = hour_cycle(format)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("time_input", label, label_visibility)
    try:  # time_spec's lookup, inlined: it runs once per call
        spec = _TIME_SPECS[value.__class__, value, step.__class__, step]
    except (KeyError, TypeError):
        spec = time_spec(value, step)
    start = spec.current() if spec.now else spec.default
    clearable = start is None  # no default time: Streamlit's field has a clear button
    if param is not None:
        spec = initial(param, spec, lambda values: time_spec(parse_like(values, time()), step))
    current = _register_field(
        "time_input", label, key, () if key is not None else (label, value, help, spec.seconds),
        spec.current() if spec.now else spec.default, spec.coerce, on_change, args, kwargs,
        disabled, spec.default_given, spec.to_ui, help, label_visibility,
        spec.props + (("required", check_required("time_input", required)), ("format", cycle))
        + widget_width("time_input", width) + (("clearable", clearable),),
    )
    if param is not None and start is not None:
        write(param, current, start, show_values)
    return current


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
    width: int | str = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str:
    """A colour swatch that opens a colour dialog; returns the hex colour (as given, or
    "#rrggbb" once the user picks one)."""
    if persist_state is not None:
        check_persist_state("color_picker", persist_state, key)
    param = binding("color_picker", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("color_picker", label, label_visibility)
    if value is None:
        default = "#000000"
    elif value.__class__ is str and value in _NORMAL_COLORS:
        default = value
    else:
        try:
            default = normalize_color(value)
        except (TypeError, ValueError):  # Streamlit 1.67's words
            raise RerunQtAPIError(f"'{value}' is not a valid hex code for colors. Valid ones are "
                                  f"like '#00FFAA' or '#000'.") from None
    start = default
    if param is not None:
        default = initial(param, default, lambda values: normalize_color(parse_color(values)))
    ctx, wid, current, by_code = register(
        COLOR_PICKER, label, key, () if key is not None else (label, default, help), default,
        _state_color,
        on_change, "on_change", args, kwargs, disabled, value is not None,
        None, normalize_color,
    )
    ctx.add_widget(
        "color_picker", wid, field_props(label, current, disabled, help, label_visibility, by_code)
        + widget_width("color_picker", width),
    )
    if param is not None:
        write(param, current, start, show_color)
    return current


def _state_color(v: Any) -> str:
    """A session-state colour: text that is not a hex colour ("red") falls back to the
    default, as Streamlit 1.67 resets it; a value that is not text is an error."""
    try:
        return normalize_color(v)
    except ValueError as exc:
        raise PartlyFits(str(exc), DEFAULT, DEFAULT) from None


def normalize_color(v: Any) -> str:
    """A hex colour "#rgb" or "#rrggbb" as written (case and length kept, as Streamlit
    returns it: a script may compare with its own "#FFFFFF"); TypeError/ValueError otherwise."""
    if v.__class__ is str:
        if v in _NORMAL_COLORS:
            return v
        if _HEX.fullmatch(v):
            if len(_NORMAL_COLORS) >= _NORMAL_COLORS_MAX:
                _NORMAL_COLORS.clear()
            _NORMAL_COLORS.add(v)
            return v
    if not isinstance(v, str):
        raise TypeError(f"a colour is a hex string like '#00ffaa' or '#0fa', not {type(v).__name__}")
    text = v.strip()
    if not _HEX.fullmatch(text):
        raise ValueError(f"{v!r} is not a hex colour; use one like '#00ffaa' or '#0fa'")
    return str(text)
