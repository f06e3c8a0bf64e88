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


class UserHashError(RerunQtAPIError):
    """A function given in ``hash_funcs`` raised; the box names the original error's type
    (Streamlit's ``alternate_name``) and the chain of objects being hashed."""

    def __init__(self, exc: BaseException, failed: Any, hash_func: Any, cached: Any,
                 api: str, chain: list[Any]) -> None:
        self.alternate_name = type(exc).__name__
        hash_name = f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__") else "a function"
        cached_name = f"`{cached.__name__}()`" if hasattr(cached, "__name__") else "a function"
        kind = type(failed)
        super().__init__(
            f"{exc}\n\n"
            f"This error is likely due to a bug in {hash_name}, which is a\n"
            f"user-defined hash function that was passed into the `@st.{api}` decorator of\n"
            f"{cached_name}.\n\n"
            f"{hash_name} failed when hashing an object of type\n"
            f"`{kind.__module__}.{kind.__qualname__}`.  If you don't know where that object "
            f"is coming from,\ntry looking at the hash chain below for an object that you do "
            f"recognize, then\npass that to `hash_funcs` instead:\n\n"
            f"```\n{_chain_text(chain)}\n```\n\n"
            f"If you think this is actually a Streamlit bug, please\n"
            f"[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose).")
        self.with_traceback(exc.__traceback__)


def _chain_text(chain: list[Any]) -> str:
    def line(value: Any) -> str:
        try:
            kind = type(value)
            return f"Object of type {kind.__module__}.{kind.__qualname__}: {value}"
        except Exception:  # a __str__ that fails must not hide the user's error
            return "<Unable to convert item to string>"

    return "\n".join(line(value) for value in chain)


class CacheReplayClosureError(RerunQtAPIError):
    """A cache hit of a function that drew into a container made outside it: that
    container is a new one in this run, so the output cannot be replayed (Streamlit's)."""

    def __init__(self, api: str, func: Any) -> None:
        name = function_md(func)
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block\n"
            f"created outside the function. This is incompatible with replaying the cached\n"
            f"effect of that element, because the referenced block might not exist when\n"
            f"the replay happens.\n\n"
            f"How to fix this:\n"
            f"* Move the creation of that layout block inside {name}.\n"
            f"* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{api}` decorator from {name}.")
