"""Where the caches of all cached functions live: global, or per session (scope=).

Global caches are shared by every session of the process, as Streamlit's are; a
session-scoped cache goes away with its SessionState (a weak key), as Streamlit drops
it when the session disconnects.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from rerunqt.core.cache.options import CacheOptions
from rerunqt.core.cache.store import FunctionCache

_lock = threading.Lock()
_global: dict[str, FunctionCache] = {}
_sessions: weakref.WeakKeyDictionary[Any, dict[str, FunctionCache]] = weakref.WeakKeyDictionary()


def cache_for(key: str, name: str, options: CacheOptions, session: Any) -> FunctionCache:
    """The cache of the function ``key`` for ``session`` (ignored for scope='global')."""
    with _lock:
        if options.scope == "session" and session is not None:
            table = _sessions.setdefault(session, {})
        else:
            table = _global
        cache = table.get(key)
        if cache is None:
            cache = table[key] = FunctionCache(name, options)
        return cache


def caches_of(key: str | None = None, api: str | None = None) -> list[FunctionCache]:
    """Every cache of function ``key`` (or of every function of ``api``), in all scopes."""
    with _lock:
        tables = [_global, *_sessions.values()]
        return [cache for table in tables for function_key, cache in table.items()
                if (key is None or function_key == key)
                and (api is None or cache.options.api == api)]
