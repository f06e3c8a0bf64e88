"""Streamlit 1.67's cross-cutting widget parameters, checked once for every widget.

``width``, ``shortcut``, ``icon_position``, ``required`` and ``validate`` mean
the same on each widget that takes them, so their checks and their translation into
props live here rather than in each widget function.
"""

from __future__ import annotations

import re
from typing import Any

from rerunqt.core import context
from rerunqt.core.element import Props
from rerunqt.core.text import check_width
from rerunqt.errors import RerunQtAPIError, StreamlitInvalidWidthError

REQUIRED_MESSAGE = "This field is required"
ICON_POSITIONS = ("left", "right")

# Streamlit's modifier names -> Qt's (QKeySequence text); "cmd"/"meta" is Ctrl on Qt,
# which maps Ctrl to the Command key on macOS, as Streamlit maps cmd to ctrl elsewhere
_MODIFIERS = {"ctrl": "Ctrl", "control": "Ctrl", "cmd": "Ctrl", "command": "Ctrl",
              "meta": "Ctrl", "mod": "Ctrl", "alt": "Alt", "option": "Alt", "opt": "Alt",
              "shift": "Shift"}
_KEYS = {"enter": "Return", "return": "Return", "esc": "Esc", "escape": "Esc",
         "space": "Space", "tab": "Tab", "backspace": "Backspace", "delete": "Del",
         "del": "Del", "up": "Up", "down": "Down", "left": "Left", "right": "Right",
         "home": "Home", "end": "End", "pageup": "PgUp", "pagedown": "PgDown"}
_FUNCTION_KEY = re.compile(r"f([1-9]|1[0-2])")


def widget_width(call: str, width: Any) -> Props:
    """The ``width`` prop of a widget: "stretch", "content" or pixels.

    The two common ones are shared tuples: built once, and compared by identity when
    the run's props are compared with the last run's.
    """
    if width.__class__ is str:
        shared = _WIDTHS.get(width)
        if shared is not None and (width == "stretch" or call not in STRETCH_ONLY):
            return shared
    if call in STRETCH_ONLY and not (width == "stretch" or (
            width.__class__ is int and width > 0)):
        raise StreamlitInvalidWidthError(  # Streamlit 1.67's words
            f"Invalid width value: {width!r}. Width must be either a positive integer (pixels) "
            f"or 'stretch'.")
    return (("width", check_width(call, width)),)


# The widgets Streamlit 1.67 sizes to their column or in pixels, never to their content
STRETCH_ONLY = frozenset({
    "slider", "select_slider", "number_input", "text_input", "text_area", "selectbox",
    "multiselect", "date_input", "time_input", "file_uploader", "camera_input", "audio_input"})


_WIDTHS: dict[str, Props] = {"stretch": (("width", "stretch"),), "content": (("width", "content"),)}
WRAP_PROPS: tuple[Props, Props] = ((("wrap", False),), (("wrap", True),))  # by resolve_wrap's bool


def button_width(call: str, width: Any, use_container_width: Any) -> int | str:
    """A button's width; the deprecated ``use_container_width=True`` means "stretch"."""
    if use_container_width:
        return "stretch"
    return check_width(call, width)


def check_icon_position(call: str, icon_position: Any) -> str:
    if icon_position not in ICON_POSITIONS:
        raise RerunQtAPIError(
            f"st.{call} icon_position={icon_position!r} is not valid; use 'left' or 'right'.")
    return str(icon_position)


def shortcut_keys(call: str, shortcut: Any) -> str | None:
    """Streamlit's shortcut text ("ctrl+k", "cmd+enter", "K") as Qt key-sequence text.

    Returns e.g. "Ctrl+K"; None for no shortcut.
    """
    if shortcut is None:
        return None
    if not isinstance(shortcut, str) or not shortcut.strip():
        raise RerunQtAPIError(
            f"st.{call} shortcut={shortcut!r} is not valid; give a key such as 'K' or "
            f"'ctrl+enter' (modifiers: ctrl, cmd, alt, shift).")
    parts = [part.strip().lower() for part in shortcut.replace("-", "+").split("+")]
    *mods, key = parts
    out: list[str] = []
    for mod in mods:
        if mod not in _MODIFIERS:
            raise RerunQtAPIError(
                f"st.{call} shortcut={shortcut!r}: {mod!r} is not a modifier; use ctrl, cmd, "
                f"alt or shift, e.g. 'ctrl+k'.")
        if _MODIFIERS[mod] not in out:
            out.append(_MODIFIERS[mod])
    if key in _KEYS:
        name = _KEYS[key]
    elif len(key) == 1 and key.isprintable() and key != " ":
        name = key.upper()
    elif _FUNCTION_KEY.fullmatch(key):
        name = key.upper()
    else:
        raise RerunQtAPIError(
            f"st.{call} shortcut={shortcut!r}: {key!r} is not a key; use one character, "
            f"F1-F12 or one of {', '.join(sorted(_KEYS))}.")
    return "+".join((*out, name))


def check_required(call: str, required: Any) -> bool:
    if not isinstance(required, bool):
        raise RerunQtAPIError(f"st.{call} required= must be True or False, got {required!r}.")
    return required


def is_empty(value: Any) -> bool:
    """What a required field must not hold: None, an empty text or an empty list."""
    return value is None or value == "" or (isinstance(value, (list, tuple)) and not value)


def check_validate(call: str, validate: Any) -> tuple[str, str] | None:
    """``validate=``: a regular expression, or a ``(regex, message)`` pair.

    The whole text must match; an empty text is not checked (that is ``required``'s
    job). The front end refuses to commit a non-matching text and shows the message.
    Returns (pattern, message) or None.
    """
    if validate is None:
        return None
    pattern, message = validate, None
    if isinstance(validate, tuple) and len(validate) == 2:
        pattern, message = validate
    if not isinstance(pattern, str) or not (message is None or isinstance(message, str)):
        raise RerunQtAPIError(
            f"st.{call} validate= must be a regular expression (str) or a (regex, message) "
            f"pair of strings; got {validate!r}.")
    try:
        re.compile(pattern)
    except re.error as exc:  # Streamlit raises nothing: its field shows this and commits nothing
        return pattern, f"Invalid validate regex: {pattern}. Error: {exc}"
    return pattern, message or "Please match the requested format."


def broken_rule(rule: tuple[str, str] | None) -> str | None:
    """The message of a ``validate`` rule whose pattern does not compile, else None: the
    field shows it from the start and refuses every text."""
    if rule is None:
        return None
    try:
        re.compile(rule[0])
    except re.error:
        return rule[1]
    return None


def validation_error(rule: tuple[str, str] | None, text: Any) -> str | None:
    """The message for ``text`` under a ``validate`` rule, or None when it may commit."""
    if rule is None:
        return None
    broken = broken_rule(rule)
    if broken is not None or not text:
        return broken
    return None if re.fullmatch(rule[0], str(text), re.DOTALL) else rule[1]


class Validated:
    """A text field's ``from_ui`` that refuses a text its ``validate`` rule rejects."""

    __slots__ = ("rule",)

    def __init__(self, rule: tuple[str, str]) -> None:
        self.rule = rule

    def __call__(self, value: Any) -> Any:
        message = validation_error(self.rule, value)
        if message is not None:
            raise ValueError(message)
        return value


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s)")


def live_delay(call: str, live: Any) -> int | None:
    """``live=``: False, True (commit after a 300 ms pause) or a pause such as "500ms"/"0.5s".

    Returns the pause in milliseconds, or None when the field commits on Enter/focus-out.
    """
    if live is False or live is None:
        return None
    if live is True:
        return 300
    match = _DURATION.fullmatch(live.strip()) if isinstance(live, str) else None
    if match is None:
        raise RerunQtAPIError(
            f"st.{call} live={live!r} is not valid; use True, False or a pause such as "
            f"'300ms' or '0.5s'.")
    amount = float(match.group(1))
    return int(amount if match.group(2) == "ms" else amount * 1000)


def resolve_wrap(wrap: Any) -> bool:
    """A control's ``wrap``; None (Streamlit 1.67's "auto") is False directly in a column
    or a horizontal container, where a one-line label keeps a row of controls even, and
    True anywhere else."""
    if wrap is not None:
        return True if wrap else False
    # No import in here: on the script thread every import statement goes through
    # shiboken's Python-level __import__ hook (~2 us, once per checkbox per run).
    ctx = context.current_or_none()  # the widget's register() was the yield point
    here = (ctx if ctx is not None else context.current())._stack[-1]
    if here.kind == "column":
        return False
    return not (here.kind == "container" and dict(here.props).get("horizontal"))


def button_look(call: str, use_container_width: Any, width: Any, icon_position: Any,
                shortcut: Any, wrap: Any) -> Props:
    """The props after a button's icon: use_container_width, width, icon_position, shortcut, wrap.

    ``use_container_width`` is kept (deprecated) as the same thing as ``width="stretch"``.
    """
    wrap = resolve_wrap(wrap)
    if (use_container_width is False and width == "content" and icon_position == "left"
            and shortcut is None and wrap is True):
        return _PLAIN_BUTTON
    shown = button_width(call, width, use_container_width)
    return (("use_container_width", shown == "stretch"), ("width", shown),
            ("icon_position", check_icon_position(call, icon_position)),
            ("shortcut", shortcut_keys(call, shortcut)), ("wrap", bool(wrap)))


_PLAIN_BUTTON: Props = (("use_container_width", False), ("width", "content"),
                        ("icon_position", "left"), ("shortcut", None), ("wrap", True))


_HOUR_CYCLES = {"24h": "24h", "24": "24h", 24: "24h", "12h": "12h", "12": "12h", 12: "12h",
                "localized": "localized"}


def hour_cycle(format: Any) -> str:
    """time_input's ``format``: "24h" (00-23), "12h" (1-12 with AM/PM) or "localized"."""
    try:
        return _HOUR_CYCLES[format]
    except (KeyError, TypeError):
        raise RerunQtAPIError(
            f"st.time_input format={format!r} is not valid; use '24h', '12h' or 'localized'."
        ) from None


FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_filter_mode(call: str, filter_mode: Any) -> str | None:
    """How typed text filters the options: "fuzzy" (letters in order), "contains",
    "prefix", or None (no typing: the list only)."""
    if filter_mode not in FILTER_MODES:
        raise RerunQtAPIError(
            f"st.{call} filter_mode={filter_mode!r} is not valid; use 'fuzzy', 'contains', "
            f"'prefix' or None.")
    return filter_mode


def option_matches(filter_mode: str | None, typed: str, label: str) -> bool:
    """Whether the option shown as ``label`` stays listed once ``typed`` is typed."""
    if not typed or filter_mode is None:
        return True
    typed, label = typed.casefold(), label.casefold()
    if filter_mode == "prefix":
        return label.startswith(typed)
    if filter_mode == "contains":
        return typed in label
    found = 0  # fuzzy: the typed letters appear in this order
    for char in label:
        if found < len(typed) and char == typed[found]:
            found += 1
    return found == len(typed)
