"""Status elements on the page: progress bar, spinner, status box.

Arguments are checked here, on the script thread, with Streamlit 1.67's rules and
messages, so AppTest and the window show the same element or the same error.
``st.progress`` returns an element handle (``bar.progress(60)`` updates the bar in
place); ``st.spinner`` draws into a single-slot container that it empties when its
block ends; ``st.status`` is an expander-like container with a state.
"""

from __future__ import annotations

import functools
import math
import textwrap
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

from rerunqt.core import context
from rerunqt.core.cache.spinner import set_miss_indicator
from rerunqt.core.containers import EXPANDABLE_TYPES, _choice, _width
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError, StreamlitInvalidParameterTypeError, out_of_range

if TYPE_CHECKING:
    from rerunqt.core.context import ContainerBuilder, RunContext
    from rerunqt.core.handles import ElementHandle
    from rerunqt.core.status_box import StatusBlock

P = ParamSpec("P")
R = TypeVar("R")
STATES = ("running", "complete", "error")


def clean_text(text: Any) -> str:
    """Streamlit's ``clean_text``: the str of the value, dedented and stripped."""
    return textwrap.dedent(str(text)).strip()


def progress_value(value: Any) -> int:
    """An int 0..100 as is, a float 0.0..1.0 as a percentage (Streamlit's rules)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if 0 <= value <= 100:
            return value
        raise out_of_range("value", value, 0, 100)
    if isinstance(value, float):
        if 0.0 <= value <= 1.0 or math.isclose(value, 0.0, abs_tol=1e-9) or math.isclose(
                value, 1.0, rel_tol=1e-9, abs_tol=1e-9):
            return min(100, max(0, int(value * 100)))
        raise out_of_range("value", value, 0.0, 1.0)
    raise StreamlitInvalidParameterTypeError(
        f"Invalid `value` type. Expected one of: int, float. Provided type: {type(value).__name__}.")


def _progress_text(text: Any) -> str | None:
    if text is None:
        return None
    if isinstance(text, str):
        return clean_text(text)
    raise StreamlitInvalidParameterTypeError(  # (Streamlit 1.67's type and words)
        f"Invalid `text` type. Expected one of: str. Provided type: {type(text).__name__}.")


def _stretch_width(call: str, width: Any) -> int | str:
    """``"stretch"`` or a positive int of pixels (no ``"content"``)."""
    if width == "content":
        raise RerunQtAPIError(f"The width argument to st.{call} must be \"stretch\" or a "
                              f"positive int of pixels; got {width!r}.")
    return _width(call, width)


def progress(value: int | float, text: str | None = None,
             width: int | Literal["stretch"] = "stretch") -> ElementHandle:
    """A progress bar; call ``.progress(...)`` on what it returns to move it in place."""
    props = (("value", progress_value(value)), ("text", _progress_text(text)),
             ("width", _stretch_width("progress", width)))
    ctx = context.current()
    ctx.add_static("progress", props)
    return _handle(ctx)


_TRANSIENT = (("transient", True),)  # AppTest does not list the slot (testing/blocks.py)


class Spinner:
    """``st.spinner``: a context manager, and a decorator for a function.

    The spinner is drawn when the block starts, in a single-slot container placed where
    ``st.spinner`` was called, and that container is emptied when the block ends, even
    when it raises (the exception goes on).
    """

    __slots__ = ("_props", "_slots", "_target")

    def __init__(self, props: tuple[tuple[str, Any], ...],
                 target: tuple[RunContext, ContainerBuilder] | None) -> None:
        self._props = props
        self._target = target
        self._slots: list[ContainerBuilder] = []

    def __enter__(self) -> None:
        ctx = context.current()
        target = self._target[1] if self._target and self._target[0] is ctx else ctx.container
        ctx.enter(target)
        try:
            slot = ctx.open_container("empty", None, _TRANSIENT, single=True)
        finally:
            ctx.leave(target)
        ctx.enter(slot)
        try:
            ctx.add_static("spinner", self._props)
        finally:
            ctx.leave(slot)
        self._slots.append(slot)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._slots:
            self._slots.pop().clear()
            ctx = context.current_or_none()
            if ctx is not None:
                ctx.touch()  # the live page drops the spinner now, not at the next element

    def __call__(self, function: Callable[P, R]) -> Callable[P, R]:
        """``@st.spinner("...")``: the spinner shows while each call of the function runs."""
        props = self._props

        @functools.wraps(function)
        def with_spinner(*args: P.args, **kwargs: P.kwargs) -> R:
            with Spinner(props, None):
                return function(*args, **kwargs)

        return with_spinner


def spinner(text: str = "In progress...", *, show_time: bool = False, _cache: bool = False,
            width: int | Literal["stretch", "content"] = "content") -> Spinner:
    """Show ``text`` with an animated indicator while a block of code runs."""
    props = (("text", clean_text(text)), ("show_time", bool(show_time)),
             ("width", _width("spinner", width)))
    ctx = context.current_or_none()
    if ctx is None:
        return Spinner(props, None)
    container = ctx.container
    if container.kind == "slot" and container.parent is not None:
        # an element's handle (`st.markdown(...).spinner(...)`): the element stays and the
        # spinner shows after it, as in Streamlit (the handle's slot is never drawn)
        container = container.parent
    return Spinner(props, (ctx, container))


def _cache_miss_spinner(ctx: RunContext | None, text: str,
                        show_time: bool) -> AbstractContextManager[Any]:
    """What a cache miss shows while it computes ("Running `f(...)`."), where f was called."""
    if ctx is None or context.current_or_none() is not ctx:  # a background refresh: nothing
        return nullcontext()
    props = (("text", clean_text(text)), ("show_time", bool(show_time)), ("width", "content"))
    return Spinner(props, (ctx, ctx.container))


set_miss_indicator(_cache_miss_spinner)  # st.cache_data / st.cache_resource show_spinner=


def check_state(call: str, state: Any) -> str:
    """A status state, or Streamlit's error naming the three there are."""
    if state not in STATES:
        raise RerunQtAPIError(f"Unknown state ({state!r}) in st.{call}. Must be one of "
                              f"'running', 'complete', or 'error'.")
    return str(state)


def status(label: str, *, expanded: bool = False,
           state: Literal["running", "complete", "error"] = "running", type: str = "default",
           width: int | Literal["stretch"] = "stretch") -> StatusBlock:
    """A box for the output of a long task, with a running / complete / error icon."""
    # None is an empty label, as Streamlit draws it (st.expander(None) raises there)
    props = (("label", "" if label is None else str(label)), ("expanded", bool(expanded)),
             ("state", check_state("status", state)),
             ("type", _choice("status", "type", type, EXPANDABLE_TYPES)),
             ("width", _stretch_width("status", width)))
    from rerunqt.core.status_box import StatusBlock  # it builds on blocks, which binds this

    ctx = context.current()
    return StatusBlock(ctx, ctx.open_container("status", None, props))
