"""The open tab, an expander's or a popover's open state as a tracked value (Streamlit 1.67).

With ``on_change="rerun"``, a callback, or ``bind="query-params"``, st.tabs / st.expander /
st.popover register a widget: the selected tab's label (or True/False for open) is in
``st.session_state[key]``, a user's switch reruns the script (after the callback), code
may set it to switch tabs or open a panel, and each returned block's ``.open`` says
whether it is the one shown. ``on_change="ignore"`` (the default) keeps the old
behaviour: the Qt widget alone remembers what the user chose, and ``.open`` is None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, parse_bool, parse_text, show_bool, write
from rerunqt.core.registration import register
from rerunqt.errors import RerunQtAPIError


class Tracked:
    """How one tracked container call is registered (None from ``tracking`` when it is not)."""

    def __init__(self, call: str, key: Any, callback: Callable[..., Any] | None, args: Any,
                 kwargs: Any, param: str | None) -> None:
        self.call, self.key, self.callback = call, key, callback
        self.args, self.kwargs, self.param = args, kwargs, param

    def register(self, label: str, identity: tuple[Any, ...], default: Any,
                 coerce: Callable[[Any], Any], disabled: bool = False) -> tuple[str, Any]:
        """The widget id and the current value (the query parameter first, when bound)."""
        start = default
        if self.param is not None:
            parse = parse_bool if default.__class__ is bool else parse_text
            default = initial(self.param, default, lambda values: _checked(coerce, parse(values)))
        _, wid, value, _ = register(
            KINDS[self.call], label, self.key, () if self.key is not None else identity, default,
            coerce, self.callback, "on_change", self.args, self.kwargs, disabled)
        if self.param is not None:
            write(self.param, value, start, show_bool if start.__class__ is bool else _text)
        return wid, value


def _text(value: Any) -> list[str]:
    return [str(value)]


def _checked(coerce: Callable[[Any], Any], value: Any) -> Any:
    if coerce(value) != value:  # a label that is not a tab's: the parameter is ignored
        raise ValueError(value)
    return value


def tracking(call: str, key: Any, on_change: Any, args: Any, kwargs: Any,
             bind: Any = None) -> Tracked | None:
    """Check ``on_change``; a Tracked for "rerun", a function or a binding, else None."""
    if not (on_change in (None, "ignore", "rerun") or callable(on_change)):
        raise RerunQtAPIError(
            f"st.{call} on_change={on_change!r} is not valid; use 'ignore' (the default: the "
            f"user's choice is kept on screen only), 'rerun', or a function to call.")
    param = binding(call, bind, key)
    if on_change in (None, "ignore") and param is None:
        return None
    if key is not None and key.__class__ is not str and key.__class__ is not int:
        key = str(key)  # any key by its str (key=("row", 1)), as Streamlit 1.67
    callback = on_change if callable(on_change) else None
    return Tracked(call, key, callback, args, kwargs, param)


def tab_coercer(labels: tuple[str, ...], default: str) -> Callable[[Any], str]:
    """A tab label from session state; one no longer among the tabs falls back to the default."""
    def coerce(value: Any) -> str:
        return value if value in labels else default
    return coerce


def coerce_open(value: Any) -> bool:
    if value.__class__ is not bool:
        raise TypeError(f"an open state is True or False, not {value!r}")
    return value
