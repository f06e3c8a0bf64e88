"""Static elements: headings, markdown, text, code, alerts, json, divider, exceptions."""

from __future__ import annotations

import json as _json
import os
import textwrap
import traceback
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.registration import as_text, check_icon
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _body(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _handle(ctx: context.RunContext) -> ElementHandle:
    """The handle on the element just added (imported late: handles build on blocks)."""
    global _Handle
    if _Handle is None:
        from rerunqt.core.handles import ElementHandle

        _Handle = ElementHandle
    container = ctx.container
    return _Handle(ctx, container, len(container.children) - 1)


_Handle: Any = None


def _add_body(kind: str, body: Any, name: str, value: Any) -> ElementHandle:
    """Add an element with props (body, ``name``): the most frequent calls, in one frame.

    Same order as ``context.current().add_static(...)``: the yield point, then ``str(body)``.
    """
    ctx = context.current_or_none()
    if ctx is None:
        ctx = context.current()
    else:
        ctx.check()
    if value is not None and value.__class__ is not str:
        value = _check_extra(kind, name, value)
    ctx.add_static(kind, (("body", body if isinstance(body, str) else str(body)), (name, value)))
    handle = _Handle
    if handle is not None:  # _handle inlined (the hot path of every text-like element)
        container = ctx._stack[-1]
        return handle(ctx, container, len(container.children) - 1)
    return _handle(ctx)


def _check_extra(kind: str, name: str, value: Any) -> Any:
    """``help`` becomes its str (as Streamlit); a non-str ``icon`` is an error naming it."""
    if name == "icon":
        check_icon(kind, value)
    return str(value)


def title(body: str, anchor: str | None = None, *, help: str | None = None) -> ElementHandle:
    """The page title (largest heading)."""
    return _add_body("title", body, "help", help)


def header(body: str, anchor: str | None = None, *, help: str | None = None,
           divider: bool = False) -> ElementHandle:
    """A section heading."""
    ctx = context.current()
    ctx.add_static(
        "header", (("body", _body(body)), ("help", as_text(help)), ("divider", bool(divider)))
    )
    return _handle(ctx)


def subheader(body: str, anchor: str | None = None, *, help: str | None = None,
              divider: bool = False) -> ElementHandle:
    """A sub-section heading."""
    ctx = context.current()
    ctx.add_static(
        "subheader", (("body", _body(body)), ("help", as_text(help)), ("divider", bool(divider)))
    )
    return _handle(ctx)


def markdown(body: str, unsafe_allow_html: bool = False, *, help: str | None = None) -> ElementHandle:
    """Markdown text (CommonMark with GitHub tables and task lists)."""
    return _add_body("markdown", body, "help", help)


def text(body: str, *, help: str | None = None) -> ElementHandle:
    """Fixed-width text, shown exactly as given (no markdown)."""
    return _add_body("text", body, "help", help)


def caption(body: str, unsafe_allow_html: bool = False, *, help: str | None = None) -> ElementHandle:
    """Small, muted text for notes under other elements."""
    return _add_body("caption", body, "help", help)


def code(body: str, language: str | None = "python", *, line_numbers: bool = False) -> ElementHandle:
    """A block of code in a monospace font, selectable for copying."""
    if language is not None and not isinstance(language, str):
        raise RerunQtAPIError(
            f"st.code language= must be a string such as 'python' or None, got "
            f"{type(language).__name__} {language!r}."
        )
    ctx = context.current()
    ctx.add_static(
        "code",
        (("body", _body(body)), ("language", language), ("line_numbers", bool(line_numbers))),
    )
    return _handle(ctx)


def divider() -> ElementHandle:
    """A horizontal rule."""
    ctx = context.current()
    ctx.add_static("divider", ())
    return _handle(ctx)


def info(body: str, *, icon: str | None = None) -> ElementHandle:
    """An informational message box."""
    return _add_body("info", body, "icon", icon)


def success(body: str, *, icon: str | None = None) -> ElementHandle:
    """A success message box."""
    return _add_body("success", body, "icon", icon)


def warning(body: str, *, icon: str | None = None) -> ElementHandle:
    """A warning message box."""
    return _add_body("warning", body, "icon", icon)


def error(body: str, *, icon: str | None = None) -> ElementHandle:
    """An error message box."""
    return _add_body("error", body, "icon", icon)


def json(body: Any, *, expanded: bool = True) -> ElementHandle:
    """A JSON viewer for dicts, lists or a JSON string."""
    if isinstance(body, str):
        try:
            text_body = _json.dumps(_json.loads(body))
        except ValueError:
            text_body = _json.dumps(body)
    else:
        text_body = _json.dumps(jsonable(body), default=repr, ensure_ascii=False)
    ctx = context.current()
    ctx.add_static("json", (("body", text_body), ("expanded", bool(expanded))))
    return _handle(ctx)


def jsonable(value: Any) -> Any:
    """Plain JSON data for ``value``: mappings, sequences and sets become dicts and lists."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and type(value).__name__ == "SessionStateProxy":
        value = to_dict()
    if isinstance(value, dict):
        return {_json_key(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [jsonable(v) for v in items]
    return repr(value)


def _json_key(key: Any) -> str | int | float | bool | None:
    return key if isinstance(key, (str, int, float, bool)) or key is None else repr(key)


def exception(exception: BaseException) -> ElementHandle:
    """Show an exception: its type, message and the user's frames of its traceback."""
    ctx = context.current()
    ctx.add_static("exception", exception_props(exception))
    return _handle(ctx)


def exception_props(exc: BaseException) -> tuple[tuple[str, Any], ...]:
    """The props of an exception element, with rerunqt's own frames left out."""
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep)
    ]
    lines = [line.rstrip("\n") for line in traceback.format_list(frames)]
    message = str(exc)
    if isinstance(exc, SyntaxError):
        message = exc.msg or message
        where = f'  File "{exc.filename}", line {exc.lineno}'
        snippet = textwrap.dedent(exc.text or "").rstrip("\n")
        lines = [where] + ([f"    {snippet}"] if snippet else [])
    elif isinstance(exc, KeyError) and exc.args and isinstance(exc.args[0], str):
        message = exc.args[0]  # KeyError's str() adds quotes around the message
    return (
        ("type", type(exc).__name__),
        ("message", message),
        ("traceback", tuple(lines)),
    )
