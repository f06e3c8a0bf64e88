"""Session state as JSON with tagged types: never pickle (reading a file runs no code).

Plain JSON values stay plain; others become a one-key object whose key is a tag:
``{"$tuple": [...]}``, ``{"$set": [...]}``, ``{"$frozenset": [...]}``,
``{"$bytes": "<base64>"}``, ``{"$date": "2024-01-02"}``, ``{"$time": "10:30:00"}``,
``{"$datetime": "2024-01-02T10:30:00+00:00"}``, ``{"$timedelta": 90.0}``,
``{"$decimal": "1.10"}``, ``{"$float": "nan"}``; a dict whose keys are not all
strings, or that has a key starting with ``$``, is ``{"$dict": [[key, value], ...]}``.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import math
from typing import Any

_SIMPLE = (str, bool, int, type(None))


class Unstorable(TypeError):
    """A value has no JSON form (a file, a connection, a custom object)."""


def encode(value: Any) -> Any:
    """The JSON-ready form of ``value``; ``Unstorable`` names the first part that has none."""
    if isinstance(value, _SIMPLE):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(item) for item in value]}
    if isinstance(value, (set, frozenset)):
        items = [encode(item) for item in value]
        items.sort(key=repr)  # the same set writes the same file
        return {"$frozenset" if isinstance(value, frozenset) else "$set": items}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, datetime.datetime):  # before date: a datetime is a date
        return {"$datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"$time": value.isoformat()}
    if isinstance(value, datetime.timedelta):
        return {"$timedelta": value.total_seconds()}
    if isinstance(value, decimal.Decimal):
        return {"$decimal": str(value)}
    raise Unstorable(f"a {type(value).__module__}.{type(value).__qualname__} has no JSON form")


def _hashable(value: Any) -> Any:
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


_TAGS: dict[str, Any] = {
    "$tuple": lambda v: tuple(decode(i) for i in v),
    "$set": lambda v: {_hashable(decode(i)) for i in v},
    "$frozenset": lambda v: frozenset(_hashable(decode(i)) for i in v),
    "$bytes": lambda v: base64.b64decode(v.encode("ascii"), validate=True),
    "$datetime": datetime.datetime.fromisoformat,
    "$date": datetime.date.fromisoformat,
    "$time": datetime.time.fromisoformat,
    "$timedelta": lambda v: datetime.timedelta(seconds=v),
    "$decimal": decimal.Decimal,
    "$float": float,
    "$dict": lambda v: {_hashable(decode(k)): decode(i) for k, i in v},
}


def decode(data: Any) -> Any:
    """The value ``encode`` wrote; ValueError/TypeError on a malformed tag."""
    if isinstance(data, list):
        return [decode(item) for item in data]
    if isinstance(data, dict):
        if len(data) == 1:
            (tag, inner), = data.items()
            if tag in _TAGS:
                return _TAGS[tag](inner)
        return {k: decode(v) for k, v in data.items()}
    return data
