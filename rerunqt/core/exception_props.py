"""The props of an exception element (st.exception, an uncaught error of the script, a
callback or a fragment), and what ``client.showErrorDetails`` lets an uncaught one show."""

from __future__ import annotations

import os
import textwrap
import traceback
from typing import Any

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def exception_props(exc: BaseException, uncaught: bool = False,
                    chain_messages: bool = True) -> tuple[tuple[str, Any], ...]:
    """The props of an exception element, with rerunqt's own frames left out. An
    ``uncaught`` one names its type with its module (``__main__.MyError``,
    ``json.decoder.JSONDecodeError``; builtins and rerunqt's own bare), as Streamlit's uncaught-error box;
    st.exception shows the bare class name. The traceback leads with the chained
    exceptions (``raise X from Y``, one raised while handling another) as Streamlit 1.67's
    does; ``chain_messages=False`` names their types only (showErrorDetails "stacktrace")."""
    lines = _chain_rows(exc, chain_messages, seen=set())
    try:
        message = str(exc).strip()  # as Streamlit: a KeyError's message keeps its quotes
    except Exception:  # a broken __str__: an empty message, as Streamlit shows it
        message = ""
    if isinstance(exc, SyntaxError):
        message = exc.msg or message
        where = f'  File "{exc.filename}", line {exc.lineno}'
        snippet = textwrap.dedent(exc.text or "").rstrip("\n")
        lines = [where] + ([f"    {snippet}"] if snippet else [])
    from rerunqt.errors import MarkdownFormattedException

    alternate = getattr(exc, "alternate_name", None)  # UserHashError: its cause's type
    return (
        ("type", alternate if isinstance(alternate, str) else qualified_type(exc) if uncaught
         else _STREAMLIT_NAMES.get(type(exc).__name__, type(exc).__name__) if _ours(exc)
         else type(exc).__name__),
        ("message", message),
        ("traceback", tuple(lines)),
        ("is_warning", isinstance(exc, Warning)),  # a Warning raised or given: a warning box
        ("width", "stretch"),
        # Streamlit's API errors are Markdown (its messages put names in `code`)
        ("is_markdown", isinstance(exc, MarkdownFormattedException)
         and not isinstance(exc, SyntaxError)),
        ("streamlit_error", _ours(exc)),  # one of Streamlit's errors (its is_streamlit_exception)
    )


def _user_frames(exc: BaseException) -> list[str]:
    frames = [
        frame
        for frame in traceback.extract_tb(getattr(exc, "__traceback__", None))  # st.exception('x')
        if not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep)
    ]
    return [line.rstrip("\n") for line in traceback.format_list(frames)]


def _chain_rows(exc: BaseException, messages: bool, seen: set[int],
                own_line: bool = False, depth: int = 10) -> list[str]:
    """The frames of ``exc``, after those of its cause or context, each of which ends with
    its ``Type: message`` line (the box's title names only the outermost one) and is
    followed by Python's sentence linking it to the next; an ExceptionGroup's members
    follow, numbered, as Python prints them (15 at most, 10 groups deep)."""
    seen.add(id(exc))
    cause, context = getattr(exc, "__cause__", None), getattr(exc, "__context__", None)  # st.exception('x')
    earlier, link = None, ""
    if cause is not None:
        earlier, link = cause, "The above exception was the direct cause of the following exception:"
    elif context is not None and not getattr(exc, "__suppress_context__", False):
        earlier, link = context, "During handling of the above exception, another exception occurred:"
    rows = (_chain_rows(earlier, messages, seen, own_line=True, depth=depth)
            if earlier is not None and id(earlier) not in seen else [])
    own = _user_frames(exc)
    if own_line:
        own += _type_lines(exc) if messages else [type(exc).__name__]
    rows += ([link] if rows and own else []) + own
    members = getattr(exc, "exceptions", None) if isinstance(exc, BaseException) else None
    if isinstance(members, tuple) and members:
        if depth <= 0:
            return rows + [f"... ({len(members)} nested exceptions not shown)"]
        for number, member in enumerate(members[:15], start=1):
            rows.append(f"+{'-' * 16} {number} {'-' * 16}")
            rows += _chain_rows(member, messages, seen, own_line=True, depth=depth - 1)
        if len(members) > 15:
            rows.append(f"... and {len(members) - 15} more exceptions")
    return rows


def _type_lines(exc: BaseException) -> list[str]:
    """Python's ``Type: message`` line(s); rerunqt's own errors under Streamlit's names."""
    lines = [line.rstrip("\n") for line in traceback.format_exception_only(type(exc), exc)
             if line.strip()]
    cls = type(exc)
    python_name = f"{cls.__module__}.{cls.__qualname__}"
    if _ours(exc) and lines and lines[0].startswith(python_name):
        lines[0] = qualified_type(exc) + lines[0][len(python_name):]
    return lines


# rerunqt's base errors under the names Streamlit gives them (streamlit.errors binds both)
_STREAMLIT_NAMES = {"RerunQtAPIError": "StreamlitAPIException", "RerunQtError": "Error"}


# the cache's errors, in Streamlit's streamlit.runtime.caching.cache_errors
_CACHE_ERRORS = frozenset({"UnhashableParamError", "UnserializableReturnValueError",
                           "CacheReplayClosureError", "CachedFunctionReturnedAwaitableError"})


def _ours(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "rerunqt"


# Streamlit 1.67's words, whole (tests compare them), Streamlit Cloud's hint included
GENERIC_ERROR = ("This app has encountered an error. The original error message is redacted "
                 "to prevent data leaks. Full error details have been recorded in the logs "
                 "(if you're on Streamlit Cloud, click on 'Manage app' in the lower right of "
                 "your app).")


def uncaught_props(exc: BaseException, level: Any) -> tuple[tuple[str, Any], ...]:
    """An uncaught exception's props, cut as ``client.showErrorDetails`` ``level`` says."""
    full = _level(level) == "full"
    return error_details(exception_props(exc, uncaught=True, chain_messages=full), level)


def _level(level: Any) -> str:
    if isinstance(level, bool):
        return "full" if level else "stacktrace"
    return {"true": "full", "false": "stacktrace"}.get(str(level).lower(), str(level).lower())


def error_details(props: tuple[tuple[str, Any], ...], level: Any) -> tuple[tuple[str, Any], ...]:
    """An uncaught exception's props as ``client.showErrorDetails`` lets Streamlit show
    them: "full" (or true) everything; "stacktrace" (or false) no message; "type" no
    message nor traceback; "none" not even the type. st.exception is never cut."""
    level = _level(level)
    hidden = {"full": (), "stacktrace": ("message",), "type": ("message", "traceback"),
              "none": ("message", "traceback", "type")}.get(level, ())
    blank = {"message": GENERIC_ERROR, "traceback": (), "type": "", "streamlit_error": False}
    if "type" in hidden:  # no type shown: nothing to say whose error it is, as Streamlit
        hidden += ("streamlit_error",)
    return tuple((name, blank[name] if name in hidden else value) for name, value in props)


def qualified_type(exc: BaseException) -> str:
    """``str(type(exc))`` without ``<class '...'>``, as Streamlit names an uncaught error.
    rerunqt's own errors keep their bare names; those with Streamlit's names are in its
    ``streamlit.errors`` (``streamlit.errors.StreamlitValueBelowMinError``), as there."""
    cls = type(exc)
    if cls.__module__.split(".")[0] == "rerunqt":
        name = _STREAMLIT_NAMES.get(cls.__qualname__, cls.__qualname__)
        if name in _CACHE_ERRORS:
            return f"streamlit.runtime.caching.cache_errors.{name}"
        if name == "MediaFileStorageError":
            return f"streamlit.runtime.media_file_storage.{name}"
        return f"streamlit.errors.{name}" if name.startswith("Streamlit") else name
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"
