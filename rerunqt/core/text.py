"""Static elements: headings, markdown, text, code, alerts, json, divider, exceptions."""

from __future__ import annotations

import json as _json
import textwrap
from typing import TYPE_CHECKING, Any

from rerunqt.core import context, style_blocks
from rerunqt.core.element import Props
from rerunqt.core.exception_props import exception_props
from rerunqt.core.registration import as_text, check_icon
from rerunqt.errors import RerunQtAPIError, StreamlitInvalidWidthError, StreamlitValueError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle



def _body(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _code_body(value: Any) -> str:
    """Streamlit drops one newline at each end, so a '''-quoted block has no blank first line."""
    text = _body(value)
    text = text[1:] if text.startswith("\n") else text
    return text[:-1] if text.endswith("\n") else text


ALIGNMENTS = ("left", "center", "right", "justify")


def text_layout(call: str, width: Any, text_alignment: Any, wrap: Any,
                default_width: str = "stretch") -> Props:
    """The layout props of a text element: ``width``, ``text_alignment``, ``wrap``.

    The defaults are shared tuples, so a plain ``st.text(...)`` builds nothing extra.
    """
    if width == default_width and text_alignment == "left" and wrap is True:
        return _LAYOUT_CONTENT if default_width == "content" else _LAYOUT_STRETCH
    if text_alignment is None:  # Streamlit 1.67: the default alignment
        text_alignment = "left"
    if text_alignment not in ALIGNMENTS:
        raise RerunQtAPIError(
            f"st.{call} text_alignment={text_alignment!r} is not valid; use one of "
            f"{', '.join(map(repr, ALIGNMENTS))}.")
    return (("width", check_width(call, width)), ("text_alignment", text_alignment),
            ("wrap", bool(wrap)))


_NO_CONTENT = frozenset({"divider", "json", "exception", "help", "success", "info", "warning", "error"})


def check_width(call: str, width: Any) -> int | str:
    """Streamlit 1.67's ``width``: "stretch", pixels, "content" but for ``_NO_CONTENT``."""
    content = call not in _NO_CONTENT
    if width == "stretch" or (content and width == "content"):
        return str(width)
    if isinstance(width, bool) or not isinstance(width, int) or width < 1:
        allowed = "a positive integer (pixels), 'stretch', or 'content'" if content else (
            "a positive integer (pixels) or 'stretch'")
        raise StreamlitInvalidWidthError(f"Invalid width value: {width!r}. Width must be either {allowed}.")
    return width


_LAYOUT_STRETCH: Props = (("width", "stretch"), ("text_alignment", "left"), ("wrap", True))
_LAYOUT_CONTENT: Props = (("width", "content"), ("text_alignment", "left"), ("wrap", True))
_WIDTH_STRETCH: Props = (("width", "stretch"),)


def _width_prop(call: str, width: Any) -> Props:
    return _WIDTH_STRETCH if width == "stretch" else (("width", check_width(call, width)),)


def _handle(ctx: context.RunContext) -> ElementHandle:
    """The handle on the element just added (imported late: handles build on blocks)."""
    global _Handle
    if _Handle is None:
        from rerunqt.core.handles import ElementHandle

        _Handle = ElementHandle
    container = ctx.container
    return _Handle(ctx, container, len(container.children) - 1)


_Handle: Any = None


def _add_body(kind: str, body: Any, name: str, value: Any, layout: Props = ()) -> ElementHandle:
    """Add an element with props (body, ``name``, *layout): the most frequent calls, in one frame.

    Same order as ``context.current().add_static(...)``: the yield point, then ``str(body)``.
    """
    ctx = context.current_or_none()
    if ctx is None:
        ctx = context.current()
    else:
        ctx.check()
    if value is not None and value.__class__ is not str:
        value = _check_extra(kind, name, value)
    ctx.add_static(kind, (("body", body if isinstance(body, str) else str(body)), (name, value)) + layout)
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


def title(body: str, anchor: str | bool | None = None, *, help: str | None = None,
          icon: str | None = None, width: int | str = "stretch", text_alignment: str = "left",
          wrap: bool = True) -> ElementHandle:
    """The page title (largest heading); ``icon`` is shown before it."""
    check_icon("title", icon)
    body = _heading_text(body)
    return _add_body("title", body, "help", help,
                     (("icon", icon), ("anchor", _anchor("title", anchor)))
                     + text_layout("title", width, text_alignment, wrap))


def header(body: str, anchor: str | bool | None = None, *, help: str | None = None,
           divider: bool | str = False, icon: str | None = None, width: int | str = "stretch",
           text_alignment: str = "left", wrap: bool = True) -> ElementHandle:
    """A section heading."""
    return _heading("header", body, anchor, help, divider, icon, width, text_alignment, wrap)


def subheader(body: str, anchor: str | bool | None = None, *, help: str | None = None,
              divider: bool | str = False, icon: str | None = None, width: int | str = "stretch",
              text_alignment: str = "left", wrap: bool = True) -> ElementHandle:
    """A sub-section heading."""
    return _heading("subheader", body, anchor, help, divider, icon, width, text_alignment, wrap)


def _heading(kind: str, body: Any, anchor: Any, help: Any, divider: Any, icon: Any, width: Any,
             text_alignment: Any, wrap: Any) -> ElementHandle:
    check_icon(kind, icon)
    ctx = context.current()
    ctx.add_static(kind, (("body", _heading_text(body)), ("help", as_text(help)),
                          ("divider", _divider_colour(kind, divider, ctx)),
                          ("icon", icon), ("anchor", _anchor(kind, anchor)))
                   + text_layout(kind, width, text_alignment, wrap)
                   + (("auto_divider", divider is True),))  # AppTest reads "auto"
    return _handle(ctx)


def _heading_text(body: Any) -> str:
    """Streamlit cleans a heading's text: " 🔄 Unit Convertor" reads as "🔄 Unit Convertor"."""
    text = _body(body)
    return _clean(text) if _unclean(text) else text


def _anchor(kind: str, anchor: Any) -> str | bool | None:
    """A heading's ``anchor``: a name that "#name" links scroll to; None makes one from the
    heading's words (as Streamlit); False gives it none."""
    if anchor is None or anchor is False or isinstance(anchor, str):
        return anchor
    raise RerunQtAPIError(f"st.{kind} anchor={anchor!r} is not valid; use a string, False or None.")


# the divider colours, in the order Streamlit 1.67's error lists them
DIVIDER_COLOURS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")
_AUTO_DIVIDERS = ("blue", "green", "orange", "red", "violet", "yellow")  # divider=True, in turn


def _divider_colour(kind: str, divider: Any, ctx: context.RunContext) -> str:
    """The colour of the line under a heading ("" for none); True takes the next of
    Streamlit's colours in turn, counted per run."""
    if divider is False or divider is None:
        return ""
    if divider is True:
        ctx.auto_dividers += 1
        return _AUTO_DIVIDERS[(ctx.auto_dividers - 1) % len(_AUTO_DIVIDERS)]
    if divider not in DIVIDER_COLOURS:
        raise StreamlitValueError("divider", ["True", *map(repr, DIVIDER_COLOURS)])  # Streamlit 1.67's
    return str(divider)  # "grey" stays "grey" (Streamlit's AppTest reads it as given)


def markdown(body: str, unsafe_allow_html: bool = False, *, help: str | None = None,
             width: int | str = "stretch", text_alignment: str = "left", anchors: Any = None,
             wrap: bool = True) -> ElementHandle:
    """Markdown text (CommonMark with GitHub tables and task lists).

    HTML in ``body`` shows as written unless ``unsafe_allow_html=True``; then it renders
    (Qt's rich-text subset). ``anchors`` (heading links in a web page) has no meaning in a
    window and is accepted.
    """
    if body.__class__ is str and _unclean(body):
        body = _clean(body)
    if unsafe_allow_html:
        style_blocks.note(body)
    if width == "stretch" and text_alignment == "left" and wrap is True:
        return _add_body("markdown", body, "help", help,
                         _HTML_STRETCH if unsafe_allow_html else _NO_HTML_STRETCH)
    _one_line_html("markdown", wrap, unsafe_allow_html)
    return _add_body("markdown", body, "help", help, _html_layout("markdown", unsafe_allow_html,
                                                                  width, text_alignment, wrap))


def _unclean(body: str) -> bool:
    """Whether ``_clean`` would change ``body``: several lines, or space at either end (one
    line written by ``st.write("a:", "")`` keeps no trailing space in Streamlit)."""
    return "\n" in body or body[:1].isspace() or body[-1:].isspace()


def _clean(body: str) -> str:
    """Streamlit's ``clean_text``: a triple-quoted body indented with the code is dedented and
    stripped, so its lines are markdown, not an indented code block."""
    return textwrap.dedent(body).strip()


# The props after ``help`` of markdown and caption: whether HTML renders (else it shows as
# written, Streamlit's default), then the layout. Shared tuples for the usual calls.
_NO_HTML_STRETCH: Props = (("unsafe_allow_html", False),) + _LAYOUT_STRETCH
_HTML_STRETCH: Props = (("unsafe_allow_html", True),) + _LAYOUT_STRETCH


def _html_layout(call: str, unsafe_allow_html: Any, width: Any, text_alignment: Any,
                 wrap: Any) -> Props:
    return (("unsafe_allow_html", bool(unsafe_allow_html)),) + text_layout(
        call, width, text_alignment, wrap)


def _one_line_html(call: str, wrap: Any, unsafe_allow_html: Any) -> None:
    """One-line text shows words only: it cannot keep the HTML it was given (as Streamlit)."""
    if wrap is False and unsafe_allow_html:
        raise RerunQtAPIError(f"st.{call}(wrap=False) cannot be combined with "
                              f"unsafe_allow_html=True: one-line text shows its words only. "
                              f"Drop one of the two.")


def text(body: str, *, help: str | None = None, width: int | str = "content",
         text_alignment: str = "left", wrap: bool = True) -> ElementHandle:
    """Fixed-width text, no markdown; dedented and stripped as Streamlit's ``clean_text`` does,
    so a triple-quoted body indented with the code shows flush left."""
    if body.__class__ is not str:
        body = str(body)
    if _unclean(body):
        body = _clean(body)
    if width == "content" and text_alignment == "left" and wrap is True:
        return _add_body("text", body, "help", help, _LAYOUT_CONTENT)
    return _add_body("text", body, "help", help,
                     text_layout("text", width, text_alignment, wrap, "content"))


def caption(body: str, unsafe_allow_html: bool = False, *, help: str | None = None,
            width: int | str = "stretch", text_alignment: str = "left",
            wrap: bool = True) -> ElementHandle:
    """Small, muted text for notes under other elements (Markdown; HTML as in ``markdown``)."""
    if body.__class__ is str and _unclean(body):
        body = _clean(body)
    if unsafe_allow_html:
        style_blocks.note(body)
    _one_line_html("caption", wrap, unsafe_allow_html)
    return _add_body("caption", body, "help", help, _html_layout("caption", unsafe_allow_html,
                                                                 width, text_alignment, wrap))


def code(body: str, language: str | None = "python", *, line_numbers: bool = False,
         wrap_lines: bool = False, height: int | str | None = "content",
         width: int | str = "stretch") -> ElementHandle:
    """A block of code in a monospace font, selectable for copying."""
    if language is not None and not isinstance(language, str):
        raise RerunQtAPIError(
            f"st.code language= must be a string such as 'python' or None, got "
            f"{type(language).__name__} {language!r}."
        )
    if height is not None and height not in ("content", "stretch") and (
            isinstance(height, bool) or not isinstance(height, int) or height < 1):
        raise RerunQtAPIError(f"The height argument to st.code must be a positive int of pixels, "
                              f"\"content\" or \"stretch\"; got {height!r}.")
    ctx = context.current()
    ctx.add_static(
        "code",
        (("body", _code_body(body)), ("language", language), ("line_numbers", bool(line_numbers)),
         ("wrap_lines", bool(wrap_lines)), ("height", "content" if height is None else height))
        + _width_prop("code", width),
    )
    return _handle(ctx)


def divider(*, width: int | str = "stretch") -> ElementHandle:
    """A horizontal rule."""
    ctx = context.current()
    ctx.add_static("divider", _width_prop("divider", width))
    return _handle(ctx)


def info(body: str, *, icon: str | None = None, width: int | str = "stretch",
         title: str | None = None) -> ElementHandle:
    """An informational message box; ``title`` is shown in bold above the body."""
    return _alert("info", body, icon, width, title)


def success(body: str, *, icon: str | None = None, width: int | str = "stretch",
            title: str | None = None) -> ElementHandle:
    """A success message box; ``title`` is shown in bold above the body."""
    return _alert("success", body, icon, width, title)


def warning(body: str, *, icon: str | None = None, width: int | str = "stretch",
            title: str | None = None) -> ElementHandle:
    """A warning message box; ``title`` is shown in bold above the body."""
    return _alert("warning", body, icon, width, title)


def error(body: str, *, icon: str | None = None, width: int | str = "stretch",
          title: str | None = None) -> ElementHandle:
    """An error message box; ``title`` is shown in bold above the body."""
    return _alert("error", body, icon, width, title)


def _alert(kind: str, body: Any, icon: Any, width: Any, title: Any) -> ElementHandle:
    """Streamlit's alert body: dedented and stripped; with no ``icon=``, a leading emoji or
    Material icon becomes the icon (``icon=""`` keeps the body whole and shows none)."""
    if body.__class__ is not str:
        body = str(body)
    if _unclean(body):
        body = _clean(body)
    if icon is None and (not body.isascii() or body.startswith(":material")):
        from rerunqt.core.lead_icon import split_leading_icon  # with the first such alert

        found, rest = split_leading_icon(body)
        if found:
            icon, body = found, rest
    elif icon == "":
        icon = None
    else:  # an emoji or ":material/name:", as Streamlit checks it
        check_icon(kind, icon)
    if title is None and width == "stretch":
        return _add_body(kind, body, "icon", icon, _ALERT_DEFAULT)
    return _add_body(kind, body, "icon", icon, (("title", as_text(title)),) + _width_prop(kind, width))


_ALERT_DEFAULT: Props = (("title", None), ("width", "stretch"))


def json(body: Any, *, expanded: bool | int = True, width: int | str = "stretch") -> ElementHandle:
    """A JSON viewer for dicts, lists or a JSON string."""
    if isinstance(body, str):
        try:
            text_body = _json.dumps(_json.loads(body))
        except ValueError:
            text_body = _json.dumps(body)
    else:
        text_body = _json.dumps(jsonable(body), default=repr)  # "\u00e9" for "é", as Streamlit writes it
    ctx = context.current()
    ctx.add_static("json", (("body", text_body), ("expanded", _json_depth(expanded)))
                   + _width_prop("json", width))
    return _handle(ctx)


def _json_depth(expanded: Any) -> bool | int:
    """``expanded``: True (all open), False (closed), or how many levels are open (an int
    >= 1; 0 is False), as Streamlit's max_expand_depth."""
    if expanded.__class__ is bool:
        return bool(expanded)
    if isinstance(expanded, int) and not isinstance(expanded, bool) and expanded >= 0:
        return int(expanded) or False
    raise RerunQtAPIError(
        f"st.json expanded={expanded!r} is not valid; use True, False or a non-negative int "
        f"(the depth to which the JSON is expanded)."
    )


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


def exception(exception: BaseException, width: int | str = "stretch") -> ElementHandle:
    """Show an exception: its type, message and the user's frames of its traceback."""
    ctx = context.current()
    props = exception_props(exception)
    if width != "stretch":
        shown = check_width("exception", width)
        props = tuple((name, shown if name == "width" else value) for name, value in props)
    ctx.add_static("exception", props)
    return _handle(ctx)
