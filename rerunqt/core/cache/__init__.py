"""Caching: ``st.cache_data`` and ``st.cache_resource`` (Qt-free).

Names load with their first use: ``st.spinner`` plugs into ``cache.spinner`` at every
start, and importing that submodule must not load the cache code a script may never use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rerunqt.lazy_names import MISSING, load

if TYPE_CHECKING:
    from rerunqt.core.cache.api import cache_data, cache_resource, clear_all_caches
    from rerunqt.core.cache.errors import UnserializableReturnValueError
    from rerunqt.core.cache.function import CachedFunction
    from rerunqt.core.cache.spinner import set_miss_indicator
    from rerunqt.core.cache.store import set_clock
    from rerunqt.errors import UnhashableParamError

_WHERE = {
    "cache_data": ("rerunqt.core.cache.api", "cache_data"),
    "cache_resource": ("rerunqt.core.cache.api", "cache_resource"),
    "clear_all_caches": ("rerunqt.core.cache.api", "clear_all_caches"),
    "CachedFunction": ("rerunqt.core.cache.function", "CachedFunction"),
    "UnserializableReturnValueError": ("rerunqt.core.cache.errors", "UnserializableReturnValueError"),
    "set_miss_indicator": ("rerunqt.core.cache.spinner", "set_miss_indicator"),
    "set_clock": ("rerunqt.core.cache.store", "set_clock"),
    "UnhashableParamError": ("rerunqt.errors", "UnhashableParamError"),
}

__all__ = [
    "CachedFunction",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "cache_data",
    "cache_resource",
    "clear_all_caches",
    "set_clock",
    "set_miss_indicator",
]


def __getattr__(name: str) -> Any:
    value = load(globals(), _WHERE, name)
    if value is MISSING:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return value
