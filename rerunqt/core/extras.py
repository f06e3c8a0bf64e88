"""Small elements of Streamlit 1.67: badge, space, html, latex, echo, link_button.

Each is checked here with Streamlit's rules, so AppTest and the window agree; the
window draws them (qt/adapters/extras.py). ``html`` is shown with Qt's rich-text subset:
scripts and event handlers are dropped (there is no browser to run them).
"""

from __future__ import annotations

import ast
import linecache
import re
import sys
import textwrap
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context, style_blocks
from rerunqt.core.containers import _width
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import as_text, check_icon, register
from rerunqt.core.text import _handle
from rerunqt.core.widget_params import button_look
from rerunqt.core.widgets import Args, Kwargs, button_props, check_button_type
from rerunqt.errors import RerunQtAPIError, StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
# Streamlit 1.67's 0.25, 0.5, 0.75, 2.5, 4.25, 6 and 8 rem at 16 px
SPACE_PX = {"xxsmall": 4, "xsmall": 8, "small": 12, "medium": 40, "large": 68, "xlarge": 96,
            "xxlarge": 128}
LINK_BUTTON = KINDS["link_button"]
_STYLE_ONLY = re.compile(r"<style[^>]*>.*?</style>|<!--.*?-->", re.I | re.S)  # Streamlit's test
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
_HANDLER = re.compile(r"\son[a-z]+\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)


def badge(label: str, *, icon: str | None = None, color: str = "blue",
          width: int | Literal["content", "stretch"] = "content", help: str | None = None
          ) -> ElementHandle:
    """A small coloured label (a tag, a status)."""
    check_icon("badge", icon)
    if color not in BADGE_COLORS:  # Streamlit checks no colour: its directive, unknown, shows as written
        from rerunqt.core.text import markdown

        shown = str(label).replace("[", "\\[").replace("]", "\\]")
        return markdown(f":{color}-badge[{f'{icon.strip()} ' if icon and icon.strip() else ''}{shown}]",
                        help=help, width=_width("badge", width))
    ctx = context.current()
    ctx.add_static("badge", (("label", str(label)), ("icon", icon), ("color", color),
                             ("width", _width("badge", width)), ("help", as_text(help))))
    return _handle(ctx)


def space(size: int | Literal["xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge",
                               "stretch"] = "small") -> ElementHandle:
    """Vertical (or, in a horizontal container, horizontal) empty space; "stretch" takes
    the free space of its container (pushes the elements after it to the far end)."""
    if size in SPACE_PX or size == "stretch":
        pixels: int | str = SPACE_PX.get(str(size), "stretch")
    elif isinstance(size, int) and not isinstance(size, bool) and size >= 0:
        pixels = size
    else:
        raise RerunQtAPIError(
            f"st.space size={size!r} is not valid; use {', '.join(map(repr, SPACE_PX))}, 'stretch' "
            f"or a number of pixels (0 or more).")
    ctx = context.current()
    ctx.add_static("space", (("size", pixels), ("given", size)))
    return _handle(ctx)


def html(body: Any, *, width: int | Literal["stretch", "content"] = "stretch",
         unsafe_allow_javascript: bool = False) -> ElementHandle:
    """HTML shown with Qt's rich-text subset (tables, lists, inline styles; no scripts).

    The element keeps the body as Streamlit sends it (AppTest reads it, scripts and all);
    the window drops what only a browser runs (``sanitize``) when it draws it.
    """
    text = _html_source(body)
    if text == "":
        raise StreamlitMissingRequiredParameterError("The `body` parameter is required.")
    ctx = context.current()
    style_blocks.note(text)
    props = (("body", text), ("width", _width("html", width)))
    if _STYLE_ONLY.sub("", text).strip() == "":
        # only <style> (CSS for a web page): Streamlit sends it to the event container, so
        # it takes no room on the page; here it is an event of the overlay root, not drawn
        from rerunqt.core.handles import ElementHandle
        from rerunqt.core.overlay import add_event

        return ElementHandle(ctx, *add_event(ctx, "html", props))
    ctx.add_static("html", props)
    return _handle(ctx)


_STRING_PATH_WARNING = (
    "Passing a local file path as a string to `st.html` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead.")


def _html_source(body: Any) -> str:
    """Streamlit 1.67's rules: ``_repr_html_()``; a ``Path``'s file (a ``.css`` one inside
    <style>); anything else as its dedented, stripped text. A string naming a file is not
    read (a deprecation warning says to pass a Path), as in Streamlit."""
    if hasattr(body, "_repr_html_"):
        return str(body._repr_html_())
    if isinstance(body, Path):
        if not body.is_file():
            raise RerunQtAPIError(f"st.html could not find the file {str(body)!r}.")
        text = body.read_text(encoding="utf-8")
        return f"<style>{text}</style>" if body.suffix.lower() == ".css" else text
    if isinstance(body, str) and len(body) <= 4096 and "<" not in body and _is_file(body):
        from rerunqt.core.deprecations import show_deprecation_warning

        show_deprecation_warning(_STRING_PATH_WARNING)
    return textwrap.dedent(str(body)).strip()


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def sanitize(text: str) -> str:
    """Drop what only a browser would run: <script> elements and on...= handlers."""
    return _HANDLER.sub("", _SCRIPT.sub("", text))


def latex(body: Any, *, help: str | None = None,
          width: int | Literal["stretch", "content"] = "stretch") -> ElementHandle:
    """A formula: drawn by matplotlib's mathtext when it is installed, else shown as source."""
    if hasattr(body, "_repr_latex_"):  # a SymPy expression
        body = body._repr_latex_()
    ctx = context.current()
    # Streamlit dedents the source: an indented r'''...''' block reads the same.
    source = textwrap.dedent(str(body)).strip().strip("$")
    ctx.add_static("latex", (("body", source), ("help", as_text(help)),
                             ("width", _width("latex", width))))
    return _handle(ctx)


class echo:  # Streamlit's name: used as ``with st.echo():``
    """Shows the code of its ``with`` block (above or below what the block draws)."""

    def __init__(self, code_location: Literal["above", "below"] = "above") -> None:
        if code_location not in ("above", "below"):
            raise RerunQtAPIError(
                f"st.echo code_location={code_location!r} is not valid; use 'above' or 'below'.")
        self.location = code_location
        caller = sys._getframe(1)
        self.code = block_source(caller.f_code.co_filename, caller.f_lineno)

    def __enter__(self) -> None:
        if self.location == "above":  # a slot the code fills once the block has run
            from rerunqt.core.containers import empty

            self.slot = empty()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """The code, once the block ran to its end: a block that raised (or st.stop,
        st.rerun) shows none, as in Streamlit, which draws it after the block."""
        if exc_type is not None:
            return
        if self.location == "below":
            from rerunqt.core.text import code

            code(self.code, "python")
        else:
            self.slot.code(self.code, "python")


def block_source(filename: str, with_line: int) -> str:
    """The lines of the block under the ``with`` statement at ``with_line`` (dedented), as
    Streamlit shows them: from the first statement (its decorators included) to the end of
    the last, so comments and blank lines before or after the statements are left out."""
    try:
        tree = ast.parse("".join(linecache.getlines(filename)))
    except (SyntaxError, ValueError):
        tree = None
    withs = [node for node in ast.walk(tree) if isinstance(node, (ast.With, ast.AsyncWith))
             and node.lineno <= with_line < node.body[0].lineno] if tree is not None else []
    if withs:
        node = max(withs, key=lambda n: n.lineno)
        first = node.body[0]
        start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
        lines = linecache.getlines(filename)[start - 1:node.end_lineno]
        return textwrap.dedent("".join(lines)).rstrip("\n")
    return _indented_block(filename, with_line)


def _indented_block(filename: str, with_line: int) -> str:
    """The block read by indentation, for a file Python cannot parse here."""
    first = linecache.getline(filename, with_line)
    indent = len(first) - len(first.lstrip())
    lines: list[str] = []
    number = with_line + 1
    while True:
        line = linecache.getline(filename, number)
        if not line:
            break
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= indent:
            break
        lines.append(line.rstrip("\n"))
        number += 1
    while lines and not lines[-1].strip():
        lines.pop()
    return textwrap.dedent("\n".join(lines))


def link_button(
    label: str,
    url: str,
    *,
    key: str | int | None = None,
    on_click: Any = "ignore",
    args: Args = None,
    kwargs: Kwargs = None,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | Literal["content", "stretch"] = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """A button that opens ``url`` in the system browser; with ``on_click`` it also reruns."""
    label = check_button_type("link_button", label, type, icon)
    if not isinstance(url, str):  # "" is taken, as in Streamlit (a button that opens nothing)
        raise RerunQtAPIError(f"st.link_button needs a url string; got {url!r}.")
    reruns = on_click not in (None, "ignore")
    callback = on_click if callable(on_click) else None
    if reruns and callback is None and on_click != "rerun":
        raise RerunQtAPIError(
            f"st.link_button on_click={on_click!r} is not valid; use 'ignore', 'rerun' or a function.")
    look = button_look("link_button", use_container_width, width, icon_position, shortcut, wrap)
    if key is not None and not reruns:  # Streamlit: a widget (in session state) only with on_click
        from rerunqt.core.containers import _key

        ctx = context.current()
        ctx.add_widget("link_button", _key("link_button", key), button_props(
            label, False, disabled, help, type, icon, look) + (("url", url), ("reruns", False)))
        return False
    ctx = context.current()
    cached = ctx.in_cached_function
    if not reruns:  # a plain link is no widget to Streamlit's cache: no CachedWidgetWarning
        ctx.in_cached_function = 0
    try:
        ctx, wid, clicked, _ = register(
            LINK_BUTTON, label, key, (label, url, help, type, icon), False, bool, callback,
            "on_click", args, kwargs, disabled,
        )
    finally:
        ctx.in_cached_function = cached
    ctx.add_widget("link_button", wid, button_props(label, clicked, disabled, help, type, icon,
                                                    look) + (("url", url), ("reruns", reruns)))
    return clicked

