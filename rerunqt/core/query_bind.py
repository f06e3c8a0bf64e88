"""``bind="query-params"``: a widget whose value lives in ``st.query_params`` too.

The widget's key names the parameter. On the widget's first run its default comes from
``st.query_params[key]`` when that holds a value the widget can take (else the usual
default); after each run its value is written back, and removed again when it equals
the default, so the parameters show only what the user changed. A desktop window has
no address bar: the parameters are the app's in-memory ``st.query_params``, which
scripts and ``st.page_link``/``st.switch_page`` already use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core import context
from rerunqt.errors import RerunQtAPIError

QUERY_PARAMS = "query-params"
_UNREADABLE = (TypeError, ValueError, KeyError, IndexError, RerunQtAPIError)


_BARE_BOUND: set[str] = set()  # outside a running app


def binding(call: str, bind: Any, key: Any) -> str | None:
    """The query parameter a widget is bound to (its key), or None when it is not bound.

    A keyed widget drawn without ``bind`` after a run that bound it takes its parameter
    out of ``st.query_params``, as Streamlit 1.67 clears it from the URL when the binding
    goes."""
    if bind is None:
        if key is not None:  # (every keyed widget of every run: a set's truth first)
            bound = _bound(quiet=True)
            if bound:
                _unbind(bound, str(key))
        return None
    if bind != QUERY_PARAMS:
        raise RerunQtAPIError(
            f"st.{call} bind={bind!r} is not valid; use bind='query-params' or None.")
    if key is None:
        raise RerunQtAPIError(
            f"st.{call}(bind='query-params') needs a key: the key names the query parameter, "
            f"e.g. st.{call}(..., key='q', bind='query-params').")
    _bound().add(str(key))
    return str(key)


def _bound(quiet: bool = False) -> set[str]:
    """The session's bound parameter names (``quiet``: without a yield point)."""
    ctx = context.current_or_none() if quiet else context.current()
    router = None if ctx is None else ctx.pages
    return _BARE_BOUND if router is None else router.bound_params


def _unbind(bound: set[str], name: str) -> None:
    if name in bound:
        bound.discard(name)
        _store().pop(name, None)


def _store() -> dict[str, list[str]]:
    from rerunqt.core.query_params import _store as store

    return store()


def initial(name: str, default: Any, parse: Callable[[list[str]], Any]) -> Any:
    """``default``, or what ``parse`` makes of the parameter's values when it can."""
    ctx = context.current_or_none()
    if ctx is not None and name in ctx.state:  # the widget already has a value
        return default
    values = _store().get(name)
    if not values:
        return default
    try:
        return parse(values)
    except _UNREADABLE:
        return default  # a value the widget cannot take: the parameter is ignored


def write(name: str, value: Any, default: Any, show: Callable[[Any], list[str]]) -> None:
    """Put the widget's value in the parameters (or take it out when it is the default)."""
    store = _store()
    if value is None or (value.__class__ is default.__class__ and value == default):
        store.pop(name, None)
    elif shown := show(value):
        store[name] = shown
    else:  # an empty selection or range: nothing to show
        store.pop(name, None)


def parse_bool(values: list[str]) -> bool:
    text = values[-1].strip().lower()
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


def show_bool(value: Any) -> list[str]:
    return ["true" if value else "false"]


def parse_text(values: list[str]) -> str:
    return values[-1]


def show_text(value: Any) -> list[str]:
    return [str(value)]
