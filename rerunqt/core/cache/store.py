"""One cached function's entries in memory: LRU order, ttl, size limit, per-key locks.

Time comes from ``clock`` (``time.monotonic`` unless a test swaps it with
``set_clock``), so ttl is tested without sleeping. Released values (evicted, expired,
cleared) are handed to ``on_release`` outside the lock, so a slow or failing release
never blocks or breaks other callers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rerunqt.core.cache.options import CacheOptions
from rerunqt.core.element import Element

log = logging.getLogger("rerunqt.cache")
BACKGROUND_TTL_MULTIPLIER = 2.0  # Streamlit 1.67: a background entry hard-expires at 2 x ttl
_clock: list[Callable[[], float]] = [time.monotonic]


def now() -> float:
    return _clock[0]()


def set_clock(clock: Callable[[], float]) -> Callable[[], float]:
    """Use ``clock`` for ttl from now on (tests); returns the previous clock."""
    previous = _clock[0]
    _clock[0] = clock
    return previous


@dataclass(frozen=True)
class Entry:
    """One cached result: the value (pickled bytes for cache_data) and what it drew."""

    value: Any
    elements: tuple[Element, ...]
    stored_at: float
    size: int = 0


class FunctionCache:
    """The entries of one cached function (one per options, per scope)."""

    def __init__(self, name: str, options: CacheOptions) -> None:
        self.name = name
        self.options = options
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[str, list[Any]] = {}  # key -> [RLock, callers using it]
        self._size = 0

    def __len__(self) -> int:
        return len(self._entries)

    def expired(self, entry: Entry) -> bool:
        ttl = self.options.ttl
        return ttl is not None and now() - entry.stored_at >= ttl

    def _too_stale(self, entry: Entry) -> bool:
        """refresh_mode='background' serves a stale entry up to twice its ttl (Streamlit's
        default runner.cacheBackgroundRefreshTTLMultiplier); older, it is computed anew."""
        ttl = self.options.ttl
        return ttl is not None and now() - entry.stored_at >= ttl * BACKGROUND_TTL_MULTIPLIER

    def get(self, key: str, allow_stale: bool = False) -> Entry | None:
        """The entry under ``key`` (now the most recently used), None if missing or expired."""
        released: list[Entry] = []
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if self.expired(entry) and (not allow_stale or self._too_stale(entry)):
                released.append(self._pop(key))
                entry = None
            else:
                self._entries.move_to_end(key)
        self._release(released)
        return entry

    def put(self, key: str, entry: Entry) -> None:
        """Store ``entry``; evict the least recently used beyond max_entries / max_size."""
        released: list[Entry] = []
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= old.size
                if old.value is not entry.value:
                    released.append(old)
            self._entries[key] = entry
            self._size += entry.size
            limit, max_size = self.options.max_entries, self.options.max_size
            while self._entries and (
                    (limit is not None and len(self._entries) > limit)
                    or (max_size is not None and self._size > max_size and len(self._entries) > 1)):
                released.append(self._pop(next(iter(self._entries))))
        self._release(released)

    def remove(self, key: str) -> bool:
        with self._lock:
            released = [self._pop(key)] if key in self._entries else []
        self._release(released)
        return bool(released)

    def clear(self) -> None:
        with self._lock:
            released = list(self._entries.values())
            self._entries.clear()
            self._size = 0
        self._release(released)

    @contextmanager
    def computing(self, key: str, check: Callable[[], None]) -> Iterator[None]:
        """Hold ``key``'s lock: two callers asking for one missing entry compute it once.

        Re-entrant (a function that calls itself with the same arguments). While waiting,
        ``check`` runs every 50 ms, so a waiting run still stops or reruns when asked.
        """
        with self._lock:
            slot = self._key_locks.get(key)
            if slot is None:
                slot = self._key_locks[key] = [threading.RLock(), 0]
            slot[1] += 1
        lock: threading.RLock = slot[0]
        try:
            while not lock.acquire(timeout=0.05):
                check()
            try:
                yield
            finally:
                lock.release()
        finally:
            with self._lock:
                slot[1] -= 1
                if slot[1] == 0:
                    self._key_locks.pop(key, None)

    def _pop(self, key: str) -> Entry:
        entry = self._entries.pop(key)
        self._size -= entry.size
        return entry

    def _release(self, entries: list[Entry]) -> None:
        release = self.options.on_release
        if release is None:
            return
        for entry in entries:
            try:
                release(entry.value)
            except Exception:  # a failing release must not break the caller
                log.exception("on_release of cached function %s failed", self.name)
