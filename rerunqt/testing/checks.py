"""What a user could give each input widget: the checks behind ``set_value`` in tests.

AppTest's ``set_value`` and QtPilot's ``set_value`` stand for a user, and a user cannot
tick a checkbox with ``'yes'``, type 500 into a 0-10 field or pick a day the calendar
does not offer; so neither may a test, or ``on_change`` would see values the app never
meets. ``check_value`` raises ValueError naming the widget and the reason. Options (and
``max_selections``), sliders, times and colours are checked by their ``to_ui``
conversion; this covers the rest. Qt-free.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from rerunqt.core.element import Element
from rerunqt.core.number_spec import MAX_SAFE_INT
from rerunqt.core.state import AUTO_ID_PREFIX
from rerunqt.errors import short_repr
from rerunqt.testing.errors import InvalidAction


def check_value(element: Element, value: Any) -> None:
    """Raise ValueError when the widget of ``element`` cannot hold ``value``."""
    check = _CHECKS.get(element.kind)
    if check is None:
        return
    reason = check(element.props_dict(), value)
    if reason is not None:
        key = element.key
        named = "" if not isinstance(key, str) or key.startswith(AUTO_ID_PREFIX) else f" (key={key!r})"
        raise InvalidAction(
            f"{short_repr(value)} is not a valid value for the {element.kind} "
            f"{element.prop('label')!r}{named}: {reason}"
        )


def _bool(props: dict[str, Any], value: Any) -> str | None:
    return None if isinstance(value, bool) else "it is on or off: set True or False"


def _number(props: dict[str, Any], value: Any) -> str | None:
    if value is None:
        if props.get("clearable"):
            return None
        return "a user cannot empty this number_input (it was not created with value=None)"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "set an int or a float"
    if props["is_int"] and not isinstance(value, int):
        return "this field holds ints (all its numbers are ints)"
    if isinstance(value, float) and not math.isfinite(value):
        return "a field holds finite numbers only"
    if isinstance(value, int) and not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
        return f"a field holds ints within ±{MAX_SAFE_INT} (2**53 - 1)"
    lo, hi = props["min"], props["max"]
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        return f"it is outside the field's range {_range(lo, hi)}"
    return None


def _text(props: dict[str, Any], value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return f"set a str or None, not {type(value).__name__}"
    limit = props.get("max_chars")
    if limit is not None and len(value) > limit:
        return f"it has {len(value)} characters and the field takes at most max_chars={limit}"
    return None


def _date(props: dict[str, Any], value: Any) -> str | None:
    days = value if props.get("is_range") and isinstance(value, (list, tuple)) else [value]
    lo, hi = props["min"], props["max"]
    for day in days:
        if day is None or not isinstance(day, date):
            continue  # the widget's to_ui checks shapes and types
        day = day.date() if isinstance(day, datetime) else day
        if not lo <= day <= hi:
            return f"{day} is outside this date field's range, {lo} to {hi}"
    return None


def _range(lo: Any, hi: Any) -> str:
    return f"{'-inf' if lo is None else lo} to {'inf' if hi is None else hi}"


_CHECKS: dict[str, Callable[[dict[str, Any], Any], str | None]] = {
    "checkbox": _bool,
    "toggle": _bool,
    "number_input": _number,
    "text_input": _text,
    "text_area": _text,
    "date_input": _date,
}
