"""``st.cache_data`` and ``st.cache_resource``: decorators with and without parentheses.

Both are objects (as in Streamlit) so that ``st.cache_data.clear()`` clears every
cache_data function at once. Parameters are Streamlit 1.67's, checked at decoration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, overload

from rerunqt.core.cache import registry
from rerunqt.core.cache.function import CachedFunction
from rerunqt.core.cache.options import CacheOptions, make_options
from rerunqt.errors import RerunQtAPIError

P = ParamSpec("P")
R = TypeVar("R")


def _decorate(api: str, func: Any, options: CacheOptions) -> Any:
    if func is None:
        def decorator(function: Callable[P, R]) -> CachedFunction[P, R]:
            return _wrap(api, function, options)
        return decorator
    return _wrap(api, func, options)


def _wrap(api: str, func: Any, options: CacheOptions) -> CachedFunction[Any, Any]:
    if not callable(func):
        raise RerunQtAPIError(
            f"st.{api} decorates a function, got {type(func).__name__} {func!r}. Write "
            f"@st.{api} (or @st.{api}(ttl=...)) on the line above a def."
        )
    return CachedFunction(func, options)


class CacheDataAPI:
    """``@st.cache_data``: cache what a function returns; each caller gets a copy."""

    @overload
    def __call__(self, func: Callable[P, R], *, ttl: float | Any | None = None,
                 max_entries: int | None = None, max_size: int | str | None = None,
                 show_spinner: bool | str = True, show_time: bool = False,
                 persist: str | bool | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 scope: str = "global", refresh_mode: str = "foreground",
                 ) -> CachedFunction[P, R]: ...
    @overload
    def __call__(self, func: None = None, *, ttl: float | Any | None = None,
                 max_entries: int | None = None, max_size: int | str | None = None,
                 show_spinner: bool | str = True, show_time: bool = False,
                 persist: str | bool | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 scope: str = "global", refresh_mode: str = "foreground",
                 ) -> Callable[[Callable[P, R]], CachedFunction[P, R]]: ...

    def __call__(self, func: Any = None, *, ttl: Any = None, max_entries: int | None = None,
                 max_size: int | str | None = None, show_spinner: bool | str = True,
                 show_time: bool = False, persist: str | bool | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 scope: str = "global", refresh_mode: str = "foreground") -> Any:
        """Cache ``func``'s results by its source and its arguments' contents.

        ttl: seconds, a timedelta or a string ('1h', '30m'); max_entries: LRU limit;
        max_size: bytes or '100MB'; persist='disk' keeps entries across restarts.
        """
        options = make_options(
            "cache_data", ttl=ttl, max_entries=max_entries, max_size=max_size,
            show_spinner=show_spinner, show_time=show_time, persist=persist,
            hash_funcs=hash_funcs, scope=scope, refresh_mode=refresh_mode)
        return _decorate("cache_data", func, options)

    def clear(self) -> None:
        """Forget every st.cache_data entry, in memory and on disk."""
        for cache in registry.caches_of(api="cache_data"):
            cache.clear()
        from rerunqt.core.cache import disk  # only now: most apps never persist

        disk.clear_all()


class CacheResourceAPI:
    """``@st.cache_resource``: one shared object per arguments (a model, a connection)."""

    @overload
    def __call__(self, func: Callable[P, R], *, ttl: float | Any | None = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 show_time: bool = False, validate: Callable[[Any], bool] | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 on_release: Callable[[Any], None] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> CachedFunction[P, R]: ...
    @overload
    def __call__(self, func: None = None, *, ttl: float | Any | None = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 show_time: bool = False, validate: Callable[[Any], bool] | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 on_release: Callable[[Any], None] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground",
                 ) -> Callable[[Callable[P, R]], CachedFunction[P, R]]: ...

    def __call__(self, func: Any = None, *, ttl: Any = None, max_entries: int | None = None,
                 show_spinner: bool | str = True, show_time: bool = False,
                 validate: Callable[[Any], bool] | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 on_release: Callable[[Any], None] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        """Cache one shared object per arguments; ``validate(obj)`` is checked on each hit
        and ``on_release(obj)`` is called when an entry is evicted or cleared."""
        options = make_options(
            "cache_resource", ttl=ttl, max_entries=max_entries, show_spinner=show_spinner,
            show_time=show_time, hash_funcs=hash_funcs, scope=scope,
            refresh_mode=refresh_mode, validate=validate, on_release=on_release)
        return _decorate("cache_resource", func, options)

    def clear(self) -> None:
        """Forget every st.cache_resource entry (each one's on_release is called)."""
        for cache in registry.caches_of(api="cache_resource"):
            cache.clear()


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()


def clear_all_caches() -> None:
    """Both caches (the Clear cache menu entry)."""
    cache_data.clear()
    cache_resource.clear()
