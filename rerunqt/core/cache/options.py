"""The decorator's parameters, checked once when the function is decorated.

Bad values fail at decoration with the parameter, its value in repr and the accepted
forms, instead of surfacing at the first call.
"""

from __future__ import annotations

import datetime
import logging
import numbers
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rerunqt.errors import (
    RerunQtAPIError,
    StreamlitBadTimeStringError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

log = logging.getLogger("rerunqt.cache")
SCOPES = ("global", "session")
REFRESH_MODES = ("foreground", "background")
_UNITS = {"d": 86400.0, "day": 86400.0, "days": 86400.0, "h": 3600.0, "hr": 3600.0,
          "hour": 3600.0, "hours": 3600.0, "m": 60.0, "min": 60.0, "mins": 60.0,
          "minute": 60.0, "minutes": 60.0, "s": 1.0, "sec": 1.0, "secs": 1.0,
          "second": 1.0, "seconds": 1.0, "ms": 0.001, "w": 604800.0, "week": 604800.0,
          "weeks": 604800.0}
_DURATION_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*")
_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+) ?(b|(?:ki?|mi?|gi?|ti?)b)", re.IGNORECASE | re.ASCII)
_SIZE_UNITS = {"b": 1, "kb": 2**10, "kib": 2**10, "mb": 2**20, "mib": 2**20,
               "gb": 2**30, "gib": 2**30, "tb": 2**40, "tib": 2**40}
_MAX_SIZE_DETAIL = ('Use an integer number of bytes or a positive value with an explicit unit, '
                    'such as "500MB", "1.5GB", or "200KiB".')
_MAX_SIZE_TYPE_DETAIL = ('Pass an integer byte count such as int(5e8), or a unit string such as '
                         '"500MB".')


@dataclass(frozen=True)
class CacheOptions:
    """One cached function's settings (``api`` is 'cache_data' or 'cache_resource')."""

    api: str
    ttl: float | None = None
    max_entries: int | None = None
    max_size: int | None = None
    show_spinner: bool | str = True
    show_time: bool = False
    persist: str | None = None
    hash_funcs: Mapping[Any, Callable[[Any], Any]] | None = field(default=None, compare=False)
    scope: str = "global"
    refresh_mode: str = "foreground"
    validate: Callable[[Any], bool] | None = field(default=None, compare=False)
    on_release: Callable[[Any], None] | None = field(default=None, compare=False)

    def fingerprint(self) -> str:
        """What makes a new cache when changed (Streamlit: a changed ttl is a new cache)."""
        return (f"{self.api}|{self.ttl}|{self.max_entries}|{self.max_size}|{self.persist}|"
                f"{self.scope}")


def parse_ttl(api: str, ttl: Any) -> float | None:
    """Seconds, a timedelta, or a string such as '1h', '1.5 days', '1h23s', '30m'."""
    if ttl is None:
        return None
    if isinstance(ttl, datetime.timedelta):
        seconds = ttl.total_seconds()
    elif isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        seconds = float(ttl)
    elif isinstance(ttl, str):
        seconds = _parse_duration(api, ttl)
    else:
        raise RerunQtAPIError(
            f"st.{api} ttl={ttl!r} is not valid: use None, a number of seconds, a "
            f"datetime.timedelta, or a string such as '1h', '30m', '1.5 days' or '1h23s'."
        )
    return seconds  # 0 or less: every entry is already stale (Streamlit recomputes too)


def _parse_duration(api: str, text: str) -> float:
    stripped = text.strip()
    try:
        return float(stripped)  # '60' means 60 seconds
    except ValueError:
        pass
    total, pos = 0.0, 0
    while pos < len(stripped):
        match = _DURATION_PART.match(stripped, pos)
        unit = match[2].lower() if match else ""
        if match is None or unit not in _UNITS:
            return _pandas_duration(text)
        total += float(match[1]) * _UNITS[unit]
        pos = match.end()
    if pos == 0:
        raise StreamlitBadTimeStringError(text)
    return total


def _pandas_duration(text: str) -> float:
    """The other forms Streamlit reads through pandas' Timedelta ('00:30:00', '2 days
    03:00:00', 'P1D', '10us'), read the same way when pandas is installed."""
    try:
        import pandas as pd
    except ImportError:
        raise StreamlitBadTimeStringError(text) from None
    try:
        seconds = float(pd.Timedelta(text).total_seconds())
    except ValueError:
        raise StreamlitBadTimeStringError(text) from None
    if seconds != seconds:  # NaT
        raise StreamlitBadTimeStringError(text)
    return seconds


def parse_max_size(api: str, max_size: Any) -> int | None:
    """Bytes, or a string with a unit ('500MB', '1.5GB', '200KiB'): powers of 1024 either
    way and the unit required, as Streamlit 1.67 reads them."""
    if max_size is None:
        return None
    if isinstance(max_size, bool) or not isinstance(max_size, (numbers.Integral, str)):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `max_size` type. Expected one of: int, str. Provided type: "
            f"{type(max_size).__name__}. {_MAX_SIZE_TYPE_DETAIL}")
    size = int(max_size) if not isinstance(max_size, str) else -1
    if isinstance(max_size, str):
        match = _SIZE.fullmatch(max_size)
        if match is not None:
            whole, _, fraction = match[1].partition(".")
            size = (int(f"{whole or '0'}{fraction}") * _SIZE_UNITS[match[2].lower()]
                    // 10 ** len(fraction))
    if size <= 0:
        raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
    return size


def _choice(api: str, name: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise RerunQtAPIError(
            f"st.{api} {name}={value!r} is not valid; use one of "
            f"{', '.join(map(repr, allowed))}."
        )
    return str(value)


def _callable_or_none(api: str, name: str, value: Any) -> None:
    if value is not None and not callable(value):
        raise RerunQtAPIError(
            f"st.{api} {name}= must be a function (or None), got {type(value).__name__} "
            f"{value!r}. Pass the function itself, not the result of calling it."
        )


def _is_async(function: Any) -> bool:
    import inspect

    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
        type(function).__call__)  # an object whose __call__ is an async def


def _check_background_ttl(seconds: float | None) -> None:
    """refresh_mode='background' serves a stale value while it refreshes: it needs a ttl."""
    if seconds is None:
        raise StreamlitMissingRequiredParameterError(
            "The `ttl` parameter is required. Set a positive `ttl` (for example "
            '`ttl="1h"`) or use `refresh_mode="foreground"`.')
    if seconds <= 0:
        raise StreamlitValueError("ttl", ["a positive duration"], detail=(
            'Background refresh requires a positive `ttl` (for example `ttl="1h"`) or '
            '`refresh_mode="foreground"`.'))


def make_options(api: str, *, ttl: Any, max_entries: Any, show_spinner: Any, show_time: Any,
                 hash_funcs: Any, scope: Any, refresh_mode: Any, max_size: Any = None,
                 persist: Any = None, validate: Any = None,
                 on_release: Any = None) -> CacheOptions:
    """Check every parameter; the first bad one raises naming itself and its value."""
    if isinstance(max_entries, (bool, float)) and max_entries >= 1:
        max_entries = int(max_entries)  # Streamlit's LRU keeps floor(n) (True: one)
    if max_entries is not None and (not isinstance(max_entries, int) or max_entries < 1):
        raise RerunQtAPIError(
            f"st.{api} max_entries={max_entries!r} is not valid: use None (no limit) or a "
            f"whole number of 1 or more."
        )
    if not isinstance(show_spinner, str):  # Streamlit shows its default only for True
        show_spinner = show_spinner is True
    if persist is True:
        persist = "disk"
    elif persist is False:
        persist = None
    if persist not in (None, "disk"):
        raise StreamlitValueError("persist", ["'disk'", "None"])
    if scope not in SCOPES:
        raise StreamlitValueError("scope", ["'global'", "'session'"])
    if hash_funcs is not None and not isinstance(hash_funcs, Mapping):
        raise RerunQtAPIError(
            f"st.{api} hash_funcs={hash_funcs!r} must be a dict mapping a type (or its "
            f"'module.TypeName') to a function that returns something hashable."
        )
    for name, value in (("validate", validate), ("on_release", on_release)):
        _callable_or_none(api, name, value)
        if value is not None and _is_async(value):  # its coroutine would never be awaited
            raise RerunQtAPIError(
                f"The `{name}` callback of `st.cache_resource` must be a synchronous "
                f"function. Async callbacks are never awaited; call the coroutine from a "
                f"synchronous wrapper instead.")
    for key, function in (hash_funcs or {}).items():
        _callable_or_none(api, f"hash_funcs[{key!r}]", function)
    seconds = parse_ttl(api, ttl)
    if refresh_mode not in REFRESH_MODES:
        raise StreamlitValueError("refresh_mode", list(REFRESH_MODES))
    if refresh_mode == "background":
        _check_background_ttl(seconds)
    if persist == "disk" and seconds is not None:
        log.warning("st.%s: ttl=%r is ignored with persist='disk' (as in Streamlit): "
                    "entries on disk do not expire; clear them with .clear().", api, ttl)
        seconds = None
    return CacheOptions(
        api=api, ttl=seconds, max_entries=max_entries,
        max_size=parse_max_size(api, max_size), show_spinner=show_spinner,
        show_time=bool(show_time), persist=persist, hash_funcs=hash_funcs,
        scope=_choice(api, "scope", scope, SCOPES),
        refresh_mode=_choice(api, "refresh_mode", refresh_mode, REFRESH_MODES),
        validate=validate, on_release=on_release,
    )
