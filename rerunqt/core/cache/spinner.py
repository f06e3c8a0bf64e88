"""The hook a spinner plugs into while a cache miss computes ("Running f(...).").

Nothing is drawn yet: ``st.spinner`` belongs to the status elements. When it exists,
it registers itself with ``set_miss_indicator`` and every cache miss whose function
has ``show_spinner`` on runs inside it. Qt-free: the indicator is an st.* element.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager as ContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rerunqt.core.context import RunContext

MissIndicator = Callable[["RunContext | None", str, bool], ContextManager[Any]]
"""``indicator(ctx, text, show_time)`` -> a context manager held while the miss computes."""


def _nothing(ctx: RunContext | None, text: str, show_time: bool) -> ContextManager[Any]:
    return contextlib.nullcontext()


_indicator: list[MissIndicator] = [_nothing]


def set_miss_indicator(indicator: MissIndicator | None) -> MissIndicator:
    """Show ``indicator`` while cache misses compute (None: show nothing); returns the old one."""
    previous = _indicator[0]
    _indicator[0] = indicator or _nothing
    return previous


def miss_text(show_spinner: bool | str, qualname: str, with_arguments: bool = True) -> str | None:
    """The text to show, or None when ``show_spinner`` is off. Streamlit's default names
    the function by its qualified name (`Model.load(...)`), `()` when called without any
    argument."""
    if show_spinner is False or show_spinner == "":
        return None
    if isinstance(show_spinner, str):
        return show_spinner
    return f"Running `{qualname}({'...' if with_arguments else ''})`."


def computing(ctx: RunContext | None, text: str | None, show_time: bool) -> ContextManager[Any]:
    """The spinner hook around one cache miss (a no-op context while none is plugged in)."""
    if text is None:
        return contextlib.nullcontext()
    return _indicator[0](ctx, text, show_time)
