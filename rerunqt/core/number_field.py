"""What a number_input field shows, what a typed text means, and where a step lands.

Streamlit's field shows ``sprintf(format, value)`` (the bare number when sprintf-js throws,
e.g. on ``"% d"`` or ``"%E"``), steps from the number the field shows, and adds the step
in the step's decimals so 0.1 + 0.2 lands on 0.3. Kept out of the Qt adapter so the
rules are plain functions.
"""

from __future__ import annotations

import math
import re

from rerunqt.core.sprintf_js import SprintfError, js_round, js_str, sprintf

# A whole number as a user types it: sign, digits, point, exponent (what a browser's number
# field lets through). PARTIAL is a text on its way there ("-", "1.", "1e", "1e-").
_NUMBER = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*")
_PARTIAL = re.compile(r"\s*[+-]?\d*\.?\d*(?:[eE][+-]?\d*)?\s*")
_JS_FLOAT = re.compile(r"\s*([+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))")
_JS_INT = re.compile(r"\s*([+-]?\d+)")


def field_text(value: float, fmt: str) -> str:
    """The field's text for a value: the format as sprintf-js applies it."""
    try:
        return sprintf(fmt, value)
    except SprintfError:
        return js_str(value)


def typed_number(text: str, is_int: bool) -> float | int | None:
    """A complete number the user typed (``"007"``, ``"-1.5e3"``), or None. An int field
    takes any spelling of a whole number (``"7"``, ``"7.00"``, ``"1e3"``)."""
    if not _NUMBER.fullmatch(text):
        return None
    number = float(text)
    if not math.isfinite(number):
        return None
    if is_int:
        return int(number) if number.is_integer() else None
    return number


def partial_number(text: str) -> bool:
    """Whether the text may still become a number as the user types on."""
    return _PARTIAL.fullmatch(text) is not None


def shown_number(text: str, is_int: bool) -> float | None:
    """The number a field's text stands for, as Streamlit reads it (``parseInt`` or
    ``parseFloat``: the leading number, so ``"+2.00"`` is 2), or None."""
    match = (_JS_INT if is_int else _JS_FLOAT).match(text)
    return None if match is None else float(match.group(1).replace("Infinity", "inf"))


def _decimals(step: float) -> int:
    """How many decimals a step has (Streamlit's getStep decimals, ``1e-7`` counts 7)."""
    text = js_str(step)
    if "e-" in text:
        mantissa, _, power = text.partition("e-")
        return len(mantissa.partition(".")[2]) + int(power)
    return len(text.partition(".")[2])


def stepped(base: float, step: float, steps: int) -> float:
    """``base`` moved by ``steps`` steps, added in the step's decimals as Streamlit does."""
    places = _decimals(step)
    if places == 0:
        return base + steps * step
    scale = 10**places
    return (js_round(base * scale) + steps * js_round(step * scale)) / scale
