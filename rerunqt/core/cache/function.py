"""A cached function: look up, compute once, store, replay, clear.

``st.cache_data`` stores the pickle of the result and returns a fresh copy on every
hit; ``st.cache_resource`` stores the object itself and returns that same object.
The key is the function (module, qualified name, source, decorator settings) plus the
contents of its arguments (rerunqt/core/cache/hashing.py).
"""

from __future__ import annotations

import functools
import inspect
import logging
import pickle
import threading
from collections.abc import Callable
from typing import Any, Generic, ParamSpec, TypeVar

from rerunqt.core import context
from rerunqt.core.cache import registry, replay, spinner
from rerunqt.core.cache.errors import UnserializableReturnValueError, reject_awaitable
from rerunqt.core.cache.options import CacheOptions
from rerunqt.core.cache.store import Entry, FunctionCache, now
from rerunqt.core.context import RunContext
from rerunqt.core.state import SessionState
from rerunqt.errors import StreamlitValueError

P = ParamSpec("P")
R = TypeVar("R")
log = logging.getLogger("rerunqt.cache")


def _no_check() -> None:
    return None


class CachedFunction(Generic[P, R]):
    """The function ``func`` wrapped by st.cache_data or st.cache_resource."""

    def __init__(self, func: Callable[P, R], options: CacheOptions) -> None:
        from rerunqt.core.cache.hashing import function_digest, plain_names  # with the first cache

        self.func = func
        self.options = options
        functools.update_wrapper(self, func)
        try:
            self._signature: inspect.Signature | None = inspect.signature(func)
        except (TypeError, ValueError):
            self._signature = None
        self._names = plain_names(self._signature)
        self.name = getattr(func, "__qualname__", repr(func))
        self.key = f"{function_digest(func)}|{options.fingerprint()}"
        self.last_refresh: threading.Thread | None = None  # refresh_mode="background"
        self.is_async = inspect.iscoroutinefunction(func)
        if self.is_async and options.refresh_mode == "background":
            raise StreamlitValueError("refresh_mode", ['"foreground"'], detail=(
                "Background refresh is not supported for coroutine functions (`async def`). "
                'Use `refresh_mode="foreground"` instead.'))

    def __repr__(self) -> str:
        return f"<st.{self.options.api} of {self.name}>"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        """On a class: a method whose ``self`` is the first argument (name it ``_self``
        to leave it out of the key); ``obj.method.clear(...)`` works as on the function."""
        return self if instance is None else BoundCachedFunction(self, instance)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if self.is_async:  # an awaitable, as Streamlit 1.67 returns for an async def
            return self._call_async(args, kwargs)  # type: ignore[return-value]
        ctx = context.current_or_none()
        if ctx is not None:
            ctx.check()
        cache = self._cache(ctx)
        key = self._key(args, kwargs)
        entry = self._hit(cache, key, ctx, args, kwargs)
        if entry is not None:
            return self._deliver(entry, ctx)
        with cache.computing(key, ctx.check if ctx is not None else _no_check):
            entry = self._hit(cache, key, ctx, args, kwargs)  # computed while we waited
            if entry is None and self.options.persist == "disk":
                entry = self._from_disk(cache, key)
            if entry is not None:
                return self._deliver(entry, ctx)
            return self._compute(cache, key, ctx, args, kwargs)

    async def _call_async(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """A coroutine function's call: the same look-up; the miss awaits the function.
        No per-key lock: two awaits of one missing entry may both compute it."""
        ctx = context.current_or_none()
        if ctx is not None:
            ctx.check()
        cache = self._cache(ctx)
        key = self._key(args, kwargs)
        entry = self._hit(cache, key, ctx, args, kwargs)
        if entry is None and self.options.persist == "disk":
            entry = self._from_disk(cache, key)
        if entry is not None:
            return self._deliver(entry, ctx)
        short = getattr(self.func, "__name__", self.name)
        with spinner.computing(ctx, spinner.miss_text(self.options.show_spinner, self.name,
                                                      bool(args or kwargs)),
                               self.options.show_time):
            recording = replay.Recording(ctx)
            with replay.inside_cached_function(ctx, recording):
                value = await self.func(*args, **kwargs)  # type: ignore[misc]
            elements = recording.finish()
        if elements and self.options.refresh_mode == "background":
            if ctx is not None:  # drawn live this once; a hit replays nothing (Streamlit)
                replay.warn_background_display(ctx, short, self.options.api)
            elements = ()
        return self._store(cache, key, value, elements)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every entry of this function (scope='session': of this session), or with
        arguments only that call's entry."""
        if not args and not kwargs:
            ctx = context.current_or_none()
            if self.options.scope == "session" and ctx is not None:
                self._cache(ctx).clear()  # this session's, as in Streamlit; others keep theirs
            else:
                for cache in registry.caches_of(self.key):
                    cache.clear()
            if self.options.persist == "disk":
                from rerunqt.core.cache import disk

                disk.clear_function(self.key)
            return
        key = self._key(args, kwargs)
        ctx = context.current_or_none()
        self._cache(ctx).remove(key)
        if self.options.persist == "disk":
            from rerunqt.core.cache import disk

            disk.remove(self.key, key)

    # ----- the steps of a call -----
    def _cache(self, ctx: RunContext | None) -> FunctionCache:
        session: SessionState | None = ctx.state if ctx is not None else None
        return registry.cache_for(self.key, self.name, self.options, session)

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        from rerunqt.core.cache.hashing import arguments_key

        return arguments_key(self.func, self._signature, args, kwargs, self.options.hash_funcs,
                             self.options.api, self._names)

    def _hit(self, cache: FunctionCache, key: str, ctx: RunContext | None,
             args: tuple[Any, ...], kwargs: dict[str, Any]) -> Entry | None:
        background = self.options.refresh_mode == "background"
        entry = cache.get(key, allow_stale=background)
        if entry is None:
            return None
        validate = self.options.validate
        if validate is not None and not validate(entry.value):
            cache.remove(key)  # on_release gets the invalid object
            return None
        if background and cache.expired(entry):
            self._refresh_in_background(cache, key, args, kwargs)
        return entry

    def _deliver(self, entry: Entry, ctx: RunContext | None) -> R:
        replay.replay(ctx, entry.elements)
        if entry.elements and entry.elements[-1].kind == replay.CLOSURE:
            from rerunqt.core.cache.errors import CacheReplayClosureError

            raise CacheReplayClosureError(self.options.api, self.func)
        if self.options.api == "cache_data":
            value: R = pickle.loads(entry.value)
            return value
        resource: R = entry.value
        return resource

    def _compute(self, cache: FunctionCache, key: str, ctx: RunContext | None,
                 args: tuple[Any, ...], kwargs: dict[str, Any], show: bool = True) -> R:
        short = getattr(self.func, "__name__", self.name)
        text = spinner.miss_text(self.options.show_spinner, self.name,
                                 bool(args or kwargs)) if show else None
        with spinner.computing(ctx, text, self.options.show_time):
            recording = replay.Recording(ctx)
            with replay.inside_cached_function(ctx, recording):
                value = self.func(*args, **kwargs)
            elements = recording.finish()
        reject_awaitable(self.options.api, self.func, value)
        if elements and self.options.refresh_mode == "background":
            if ctx is not None:  # drawn live this once; a hit replays nothing (Streamlit)
                replay.warn_background_display(ctx, short, self.options.api)
            elements = ()
        return self._store(cache, key, value, elements)

    def _store(self, cache: FunctionCache, key: str, value: R, elements: Any) -> R:
        if self.options.api == "cache_data":
            blob = self._pickle(value)
            cache.put(key, Entry(blob, elements, now(), len(blob)))
            if self.options.persist == "disk":
                from rerunqt.core.cache import disk

                disk.write(self.key, key, blob, elements)
        else:
            cache.put(key, Entry(value, elements, now()))
        return value

    def _pickle(self, value: Any) -> bytes:
        try:
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # every pickling failure gets the same advice
            raise UnserializableReturnValueError(self.func, value) from exc

    def _from_disk(self, cache: FunctionCache, key: str) -> Entry | None:
        from rerunqt.core.cache import disk

        stored = disk.read(self.key, key)
        if stored is None:
            return None
        blob, elements = stored
        entry = Entry(blob, elements, now(), len(blob))
        cache.put(key, entry)
        return entry

    def _refresh_in_background(self, cache: FunctionCache, key: str,
                               args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """refresh_mode='background': the stale value is returned; a thread recomputes it."""
        if self.last_refresh is not None and self.last_refresh.is_alive():
            return

        def refresh() -> None:
            shadow = RunContext(SessionState())  # what it draws is recorded, not shown
            try:
                with context.activated(shadow), cache.computing(key, _no_check):
                    self._compute(cache, key, shadow, args, kwargs, show=False)
            except Exception:  # the stale value stays; say why in the log
                log.exception("refreshing cached function %s in the background failed",
                              self.name)

        thread = threading.Thread(target=refresh, name=f"rerunqt-refresh-{self.name}",
                                  daemon=True)
        self.last_refresh = thread
        thread.start()


class BoundCachedFunction:
    """``obj.method`` of a cached method: calls with ``obj`` first, as Streamlit's bound
    cached function does; ``clear(x)`` clears that call's entry, ``clear()`` them all."""

    def __init__(self, cached: CachedFunction[Any, Any], instance: Any) -> None:
        self._cached, self._instance = cached, instance
        functools.update_wrapper(self, cached.func)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()

    def __repr__(self) -> str:
        return f"<bound {self._cached!r}>"

