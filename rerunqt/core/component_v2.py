"""``st.components.v2.component``: a bidirectional component, its state kept without a browser.

A v2 component is HTML, CSS and JavaScript mounted in the page, talking back through state
values (``setStateValue``) and trigger values (``setTriggerValue``). A rerunqt window has no
web engine, so the JavaScript never runs; the script still runs on as in Streamlit before
the front end answers: each mount is a keyed widget whose value is the state dict (its
``default`` filled in, kept in ``st.session_state[key]``), trigger values are None, and the
window shows a note in the component's place. AppTest's ``set_value(dict)`` stands in for
the front end (the matching ``on_<name>_change`` callbacks run).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core import context
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import register
from rerunqt.errors import RerunQtAPIError

BIDI_COMPONENT = KINDS["bidi_component"]


class ComponentResult(dict[str, Any]):
    """The state and trigger values, read as keys or attributes (``result.clicked``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"the component result has no {name!r}; it has "
                                 f"{sorted(self)}") from None


def _callbacks(name: str, kwargs: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """``on_<event>_change`` callables by event name (as Streamlit: other names are ignored)."""
    found: dict[str, Callable[..., Any]] = {}
    for arg, value in kwargs.items():
        if not callable(value) or not (arg.startswith("on_") and arg.endswith("_change")):
            continue
        event = arg[3:-7]
        if not event or event == "_":
            raise RerunQtAPIError(f"The callback name `{arg!r}` is not allowed. Callback names "
                                  f"must follow the pattern `on_{{event_name}}_change` where "
                                  f"`event_name` is not empty.")
        found[event] = value
    return found


def _changed_callback(callbacks: dict[str, Callable[..., Any]], before: dict[str, Any],
                      where: list[str]) -> Callable[[], None] | None:
    """One widget callback running each ``on_<name>_change`` whose state value changed
    (``where`` holds the widget id, known once registered)."""
    if not callbacks:
        return None

    def changed() -> None:
        try:
            now = context.current().state[where[0]]
        except KeyError:
            return
        now = now if isinstance(now, dict) else {}
        for event, callback in callbacks.items():
            if now.get(event) != before.get(event):
                callback()

    return changed


def _state(value: Any, default: dict[str, Any] | None) -> dict[str, Any]:
    """The stored state as a dict, each missing ``default`` filled in (as Streamlit does)."""
    state = value if isinstance(value, dict) else {}
    for name, fallback in (default or {}).items():
        state.setdefault(name, fallback)
    return state


def mount(name: str, html: str | None, isolate_styles: bool, key: str | int | None, data: Any,
          default: dict[str, Any] | None, width: Any, height: Any,
          kwargs: dict[str, Any]) -> ComponentResult:
    """Draw one instance (a note in the window) and return its state and trigger values."""
    kwargs.pop("isolate_styles", None)  # accepted at mount by older code; ignored, as Streamlit
    callbacks = _callbacks(name, kwargs)
    if default is not None:
        if not isinstance(default, dict):
            raise RerunQtAPIError(f"The component {name!r}: default= must be a dict of state "
                                  f"values, got {default!r}.")
        wrong = [state for state in default if state not in callbacks]
        if wrong:
            raise RerunQtAPIError(
                f"Key `{wrong[0]!r}` in `default` is not a valid state name. Valid state names "
                f"are those with corresponding `on_{{state_name}}_change` callbacks. Available "
                f"state names: `{', '.join(sorted(callbacks)) or 'none'}`")
    where: list[str] = [""]
    before: dict[str, Any] = {}
    first = dict(default or {})
    # Streamlit allows the callbacks inside a form (its form rule is for st.* widgets); here
    # they could only fire from AppTest, so a form's component registers without them
    changed = None if context.current().form is not None else _changed_callback(
        callbacks, before, where)
    ctx, wid, value, _ = register(
        BIDI_COMPONENT, "", key, (name, isolate_styles, repr(data), repr(default), width, height),
        first, lambda v: v if isinstance(v, dict) else dict(first), changed, "on_change", None,
        None, False)
    where[0] = wid
    try:  # the stored dict itself: code may change it in place (``session_state[key][x] = y``)
        stored = ctx.state[wid]
    except KeyError:
        stored = value
    state = _state(stored, default)
    before.update(state)  # what a later change is compared with
    ctx.add_widget(BIDI_COMPONENT.name, wid, (("name", name), ("html", html), ("data", data),
                                             ("value", dict(state)), ("width", width),
                                             ("height", height)))
    triggers = dict.fromkeys(callbacks)  # no front end: no trigger ever fires
    return ComponentResult({**triggers, **state})


def component(name: str, *, html: str | None = None, css: str | None = None,
              js: str | None = None, isolate_styles: bool = True) -> Callable[..., ComponentResult]:
    """Register a component; returns its mounting command (``key``, ``data``, ``default``,
    ``width``, ``height``, ``on_<name>_change`` callbacks), as Streamlit's."""
    if not isinstance(name, str) or not name:
        raise RerunQtAPIError(f"st.components.v2.component name={name!r} must be a non-empty "
                              f"string.")
    for param, value in (("html", html), ("css", css), ("js", js)):
        if value is not None and not isinstance(value, str):
            raise RerunQtAPIError(f"Invalid `{param}` type. Expected one of: str, None. "
                                  f"Provided type: {type(value).__name__}. Pass a string path "
                                  f"or glob.")

    def mount_component(*, key: str | int | None = None, data: Any = None,
                        default: dict[str, Any] | None = None, width: Any = "stretch",
                        height: Any = "content", **on_callbacks: Any) -> ComponentResult:
        return mount(name, html, isolate_styles, key, data, default, width, height,
                     on_callbacks)

    mount_component.__name__ = name
    return mount_component


__all__ = ["ComponentResult", "component"]
