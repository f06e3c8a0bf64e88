"""Caching: ``st.cache_data`` and ``st.cache_resource`` (Qt-free)."""

from __future__ import annotations

from rerunqt.core.cache.api import cache_data, cache_resource, clear_all_caches
from rerunqt.core.cache.function import CachedFunction, UnserializableReturnValueError
from rerunqt.core.cache.spinner import set_miss_indicator
from rerunqt.core.cache.store import set_clock
from rerunqt.errors import UnhashableParamError

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
