"""Module attributes loaded with their first use (PEP 562 ``__getattr__``).

``import rerunqt`` and ``rerunqt.core.cache`` name many things a script may never use;
each package keeps a table of where its names live, and its ``__getattr__`` asks here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

MISSING: Any = object()


def load(namespace: dict[str, Any], table: Mapping[str, tuple[str, str]], name: str) -> Any:
    """``name`` from its module in ``table``, kept in ``namespace`` for plain look-ups
    afterwards; ``MISSING`` if the table does not have it."""
    where = table.get(name)
    if where is None:
        return MISSING
    value = getattr(importlib.import_module(where[0]), where[1])
    namespace[name] = value
    return value
