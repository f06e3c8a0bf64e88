"""Which select_slider specs may be memoised, and what tells a -0.0 option from 0.0."""

from __future__ import annotations

from array import array
from datetime import date
from typing import Any


def zero_signs(items: tuple[Any, ...]) -> Any:
    """What tells a -0.0 option from 0.0: nothing without zeros, else the options' exact bits.

    Computed at C speed; options that are not all numbers give their labels instead.
    """
    try:
        if 0.0 not in items:
            return None
        return array("d", items).tobytes()
    except Exception:  # not all numbers, or an option whose == fails
        return tuple(map(str, items))


# Options of these exact classes compare (and hash) equal only when they are the same value
# (with the class beside each in the key, and a zero's sign: see zero_signs), and str()
# shows them the same way every time: a spec built for them serves every equal key.
PLAIN_OPTIONS = frozenset((str, int, float, bool, type(None), date))


def cacheable(items: tuple[Any, ...], value: Any) -> bool:
    """Whether a spec of these options and value may serve every call with an equal key.

    Only plain options (no NaN, no two equal ones: identity then decides which one a value
    names), and a value that is None, a plain one, or a plain pair.
    """
    if not PLAIN_OPTIONS.issuperset(map(type, items)) or len(set(items)) != len(items):
        return False
    if any(o != o for o in items):  # NaN: never equal to itself
        return False
    if value is None or value.__class__ in PLAIN_OPTIONS:
        return True
    return (value.__class__ in (list, tuple) and len(value) == 2
            and PLAIN_OPTIONS.issuperset(map(type, value)))
