"""The cache's errors, in Streamlit 1.67's words: a script ported from Streamlit (or a test
that compares the message) sees the same text, Markdown with names in code."""

from __future__ import annotations

from typing import Any

from rerunqt.errors import MarkdownFormattedException, RerunQtAPIError

DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def function_md(func: Any) -> str:
    """A function as Streamlit's cache messages name it: `name()`."""
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    return f"`{type(func).__name__}`"


def _value_type_md(value: Any) -> str:
    module = getattr(value, "__module__", None)
    if module is not None:
        return f"`{module}.{type(value).__name__}`"
    return function_md(value)


class UnserializableReturnValueError(MarkdownFormattedException):
    """st.cache_data could not pickle what the function returned."""

    def __init__(self, func: Any, value: Any) -> None:
        # the indentation is Streamlit's (its message is not dedented either)
        super().__init__(
            f"""Cannot serialize the return value (of type {_value_type_md(value)})
            in {function_md(func)}. `st.cache_data` uses
            [pickle](https://docs.python.org/3/library/pickle.html) to serialize the
            function's return value and safely store it in the cache
            without mutating the original object. Please convert the return value to a
            pickle-serializable type. If you want to cache unserializable objects such
            as database connections or Tensorflow sessions, use `st.cache_resource`
            instead (see [our docs]({DOCS_URL}) for differences).""")


class CachedFunctionReturnedAwaitableError(RerunQtAPIError):
    """A plain ``def`` cached function returned a coroutine (an ``await`` forgotten)."""

    def __init__(self, api: str, func: Any, value: Any) -> None:
        kind = type(value)
        super().__init__(
            f"{function_md(func)} is a synchronous function decorated with `st.{api}`, but "
            f"it returned an awaitable of type `{kind.__module__}.{kind.__qualname__}`. The "
            f"function may have returned an asynchronous operation without awaiting it, or "
            f"the returned object may itself be awaitable.\n\n"
            f"Return a non-awaitable value instead. Prefer defining the cached function with "
            f"`async def` and `await` the operation; note that `async def` cached functions "
            f'require `refresh_mode="foreground"`.')


def reject_awaitable(api: str, func: Any, value: Any) -> None:
    """Raise when a synchronous cached function returned an awaitable; a coroutine never
    started is closed so Python does not warn that it was never awaited."""
    import inspect

    if not inspect.isawaitable(value):
        return
    if inspect.iscoroutine(value) and inspect.getcoroutinestate(value) == inspect.CORO_CREATED:
        value.close()
    raise CachedFunctionReturnedAwaitableError(api, func, value)
