"""st.write_stream and st.help.

``write_stream`` writes text chunks into one markdown element as they arrive (each
chunk replaces the element in place through its handle, so a window that shows the run
live sees the text grow), the way an LLM answer is typed out; other chunks are written
with ``st.write``. It accepts generators, iterables, async generators, and the chunk
objects of the OpenAI and LangChain streaming APIs (``choices[0].delta.content``,
``.content``).

``help`` shows an object's variable name, type, value, docstring and members
(Streamlit's ``st.help``; worked out in rerunqt/core/help_info.py).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core import text as _text
from rerunqt.core.md_unterminated import completed
from rerunqt.errors import RerunQtAPIError, StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

class StreamingOutput(list[Any]):
    """What st.write_stream returns when not all text: ``st.write`` of it writes each item
    again as its own element (text, then a table...), as Streamlit's StreamingOutput."""


def write_stream(stream: Any, *, cursor: str | None = None) -> Any:
    """Write a stream of chunks; returns the whole text (or a list when not all text).

    ``cursor`` (Markdown, e.g. "▌" or an emoji) follows each text while more of it may
    come, and is removed when that text ends; None (the default) shows none. While a text
    streams, its open Markdown marks are shown closed. Empty text chunks are skipped and
    callable chunks are called, as in Streamlit.
    """
    chunks = _iterate(stream)
    if cursor is not None and not isinstance(cursor, str):
        raise RerunQtAPIError(f"st.write_stream cursor= must be a string or None, got {cursor!r}.")
    mark = cursor or ""
    written = StreamingOutput()
    text = ""
    handle: ElementHandle | None = None

    shown = ""  # what the handle shows: the text so far, its open marks closed, the cursor

    def flush() -> None:  # this text is done: drawn as it is, kept in the result
        nonlocal text, handle
        if handle is not None and shown != text:
            handle.markdown(text)
        if text:
            written.append(text)
        text, handle = "", None

    for chunk in chunks:
        piece = _text_of(chunk)
        if piece is None:
            flush()
            if callable(chunk):  # e.g. `yield lambda: st.bar_chart(df)`: it draws itself
                chunk()
                continue
            from rerunqt.core.write import write  # a DataFrame, a figure...: on its own

            write(chunk)
            written.append(chunk)
            continue
        if not piece:
            continue
        text += piece
        shown = completed(text + mark)  # `**Hel` shows a bold "Hel", as Streamlit's does
        if handle is None:
            handle = _text.markdown(shown)
        else:
            handle.markdown(shown)
    flush()
    if not written:
        return ""
    return written[0] if len(written) == 1 and isinstance(written[0], str) else written


def _iterate(stream: Any) -> Iterable[Any]:
    """The chunks: a generator function is called and an async stream drained; a text
    or a table raises Streamlit's errors (st.write is for those)."""
    from rerunqt.core.write import is_dataframe_like

    if isinstance(stream, str) or is_dataframe_like(stream):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `stream` type. Expected one of: generator, stream-like object. Provided "
            f"type: {type(stream).__name__}. Please use `st.write` instead for this data type.")
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if isinstance(stream, AsyncIterable):
        return _drain(stream)
    if isinstance(stream, Iterable):
        return stream
    raise RerunQtAPIError(
        f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure that "
        f"it is a generator, generator function or iterable.")


def _drain(stream: AsyncIterable[Any]) -> list[Any]:
    """An async stream's chunks (run to the end on a private event loop)."""
    import asyncio  # only for async streams: not paid at start-up

    async def collect() -> list[Any]:
        return [chunk async for chunk in stream]

    return asyncio.run(collect())


_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})


def _text_of(chunk: Any) -> str | None:
    """A chunk's text: a str, an OpenAI delta or Responses event, a LangChain message
    chunk; None otherwise."""
    if isinstance(chunk, str):
        return chunk
    cls = type(chunk)
    if cls.__module__.split(".")[0] == "openai" and cls.__name__.startswith("Response") \
            and cls.__name__.endswith("Event"):  # the Responses API: only text deltas show
        if getattr(chunk, "type", "") not in _OPENAI_TEXT_EVENTS:
            return ""
        return getattr(chunk, "delta", "") or ""
    choices = getattr(chunk, "choices", None)
    if choices is not None and cls.__name__ == "ChatCompletionChunk":
        delta = getattr(choices[0], "delta", None) if choices else None  # Azure: first has none
        return getattr(delta, "content", None) or ""
    if choices:  # an OpenAI-like chunk from another client
        delta = getattr(choices[0], "delta", None)
        content = getattr(delta, "content", None)
        return content or ""
    content = getattr(chunk, "content", None)
    if isinstance(content, str) and cls.__name__.endswith(("Chunk", "Message")):
        return content
    return None


_RERUNQT: Any = object()  # st.help() with no object: help on rerunqt itself, as Streamlit's


def help(obj: Any = _RERUNQT, *, width: int | str = "stretch") -> ElementHandle:
    """The variable's name, type, value, docs and members of ``obj`` (core/help_info.py)."""
    if obj is _RERUNQT:  # the package is loaded: the script called st.help through it
        obj = sys.modules["rerunqt"]
    ctx = context.current()
    from rerunqt.core.help_info import help_props  # with the first st.help

    ctx.add_static("help", (*help_props(obj), ("width", _text.check_width("help", width))))
    return _text._handle(ctx)
