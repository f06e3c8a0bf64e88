"""The one pipeline every widget call goes through.

checks -> identity -> register in session state -> emit spec -> return value. Each
widget function only describes its kind (identity parameters, default, coercion,
properties); the rules live here once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from rerunqt.core import context
from rerunqt.core.context import RunContext
from rerunqt.core.kinds import Kind
from rerunqt.core.state import AUTO_ID_PREFIX, WidgetMeta, normalize_key
from rerunqt.errors import (
    FORM_DOCS,
    RerunQtAPIError,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
    read_only_message,
)

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
_HASH_MASK = (1 << 48) - 1
_NO_KWARGS: Mapping[str, Any] = MappingProxyType({})
_new = tuple.__new__
_AUTO_IDS: dict[tuple[str, int], str] = {}  # (kind, digest) -> auto id, across runs
_AUTO_IDS_MAX = 8192
log = logging.getLogger("rerunqt")


def widget_id(kind: str, key: str | None, identity: tuple[Any, ...], ctx: RunContext) -> str:
    """A keyed widget is its key (decision 1); an unkeyed one hashes its parameters, and
    the sidebar if it is there (Streamlit 1.67 lets the same widget be in both)."""
    if key is not None:
        return key
    material = (kind, ctx.form, *identity, *ctx.id_scopes)
    node = ctx.container
    while node.parent is not None:
        node = node.parent
    if node.kind == "sidebar" or (ctx.fragment_only and any(top is node for top in ctx.sidebar_tops)):
        material += ("sidebar",)
    try:
        digest = hash(material) & _HASH_MASK
    except TypeError:
        digest = hash(repr(material)) & _HASH_MASK
    try:  # formatting the id costs more than looking it up: the same ids recur every run
        return _AUTO_IDS[kind, digest]
    except KeyError:
        pass
    if len(_AUTO_IDS) >= _AUTO_IDS_MAX:
        _AUTO_IDS.clear()
    wid = _AUTO_IDS[kind, digest] = f"{AUTO_ID_PREFIX}{kind}-{digest:012x}"
    return wid


def claim_element_id(kind: str, key: str | int | None, identity: tuple[Any, ...]) -> None:
    """Give an element that is no widget its Streamlit id (its key, else a hash of
    ``identity``), so a second equal one in the run raises Streamlit's duplicate error."""
    ctx = context.current()
    user_key = None if key is None else normalize_key(key)
    ctx.state.claim_id(widget_id(kind, user_key, identity, ctx), kind, user_key)


ON_CHANGE_MODES = ("rerun", "ignore")


def check_callback(name: str, callback: Any) -> None:
    if callback is not None and not callable(callback):
        modes = ", 'rerun' or 'ignore'" if name == "on_change" else ""
        raise RerunQtAPIError(
            f"{name}= must be a function (or None{modes}), got {type(callback).__name__} "
            f"{callback!r}. Pass the function itself, not the result of calling it."
        )


def on_change_mode(name: str, callback: Any) -> bool:
    """Streamlit 1.67's ``on_change="rerun"`` (the default) or ``"ignore"``; True for "ignore".

    "ignore": a value the user commits does not start a run; it is sent with the next
    run that something else starts (a form already holds its values until submit).
    Anything else that is not a function raises.
    """
    if name == "on_change" and callback.__class__ is str and callback in ON_CHANGE_MODES:
        return callback == "ignore"
    check_callback(name, callback)
    return False


def check_callback_args(args: Any, kwargs: Any) -> None:
    """``args`` is an iterable (Streamlit 1.67 unpacks any: ``args="a"`` passes "a"),
    ``kwargs`` a dict with str keys; else an error naming them."""
    if args is not None and not hasattr(args, "__iter__"):
        raise RerunQtAPIError(
            f"args= must be a tuple or list of the callback's positional arguments, got "
            f"{type(args).__name__} {args!r}. For a single argument write args=({args!r},)."
        )
    if kwargs is not None and not (isinstance(kwargs, Mapping)
                                   and all(isinstance(name, str) for name in kwargs)):
        raise RerunQtAPIError(
            f"kwargs= must be a dict of the callback's keyword arguments (names to values), "
            f"got {type(kwargs).__name__} {kwargs!r}. For example kwargs={{'step': 1}}."
        )


PERSIST_STATES = ("page", "session")


def check_persist_state(kind: str, persist_state: Any, key: object) -> None:
    """Streamlit 1.67's ``persist_state=``: "page" or "session" (or None), on a keyed widget.

    Both keep a keyed widget's value while it is not drawn, which rerunqt always does
    (DESIGN decision 2), so the parameter is checked and needs no further action.
    """
    if persist_state is None:
        return
    if persist_state not in PERSIST_STATES:
        raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"],
                                  f"(st.{kind} got persist_state={persist_state!r}.)")
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "The `key` parameter is required. When using persist_state, the widget must have a "
            "unique 'key' parameter specified so its value can be preserved across reruns and "
            f"page switches. (st.{kind} has no key.)")


def as_text(value: Any) -> str | None:
    """``help``, ``placeholder``: None, or the text shown (any value becomes its ``str``)."""
    return value if value is None or value.__class__ is str else str(value)


_MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")
_MATERIAL_SHAPE = re.compile(r"^\s*:(.+)/(.+):\s*$")  # any pack/name: the message differs
_EMOJI_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_ZWSP = "\u200b"  # Streamlit's: keeps its Markdown from reading the example as an icon
_ICON_HINT = f"Please use a single emoji or a Material icon shortcode like `:material{_ZWSP}/thumb_up:`."


def check_icon(kind: str, icon: Any) -> None:
    """An icon is None or blank (none), one emoji, ':material/<name>:' or "spinner" (as Streamlit
    1.67 requires), with Streamlit's errors, word for word."""
    if icon is None:
        return
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `icon` type. Expected one of: str, None. Provided type: {type(icon).__name__}.")
    shown = icon.strip()
    if not shown or shown == "spinner":  # blank: no icon; "spinner": a turning circle (1.67)
        return
    if shown.lower().startswith(":material"):
        if not _MATERIAL_ICON.match(shown):
            stop = "." if _MATERIAL_SHAPE.match(shown) else ""  # Streamlit's two messages
            raise RerunQtAPIError(
                f'The value `"{shown.replace("/", _ZWSP + "/")}"` is not a valid Material icon. '
                f"Please use a Material icon shortcode like **`:material{_ZWSP}/thumb_up:`**{stop}")
        return
    if shown.startswith(":") and _EMOJI_SHORTCODE.fullmatch(shown):
        raise RerunQtAPIError(
            f'The value "{shown}" is not a valid icon. Emoji shortcodes are not supported. {_ICON_HINT}')
    if "://" in shown or shown[:5].lower() == "data:" or shown.startswith("//"):
        cut = shown if len(shown) <= 60 else f"{shown[:60]}\u2026"
        raise RerunQtAPIError(
            f'The value "{cut}" looks like a URL. Images are not supported for `icon`. {_ICON_HINT} '
            "To follow support for image icons, see https://github.com/streamlit/streamlit/issues/9770.")
    if shown.isascii():
        raise RerunQtAPIError(f'The value "{shown}" is not a valid icon. {_ICON_HINT}')
    if len(shown) > 12 or any(c.isascii() and c not in "#*0123456789" for c in shown):
        raise RerunQtAPIError(f'The value "{shown}" is not a valid emoji. Please use a single emoji.')


def check_label(kind: str, label: Any, label_visibility: str) -> str:
    """The label shown: Streamlit 1.67 shows any value as its ``str`` and None as ""."""
    if label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", [repr(v) for v in LABEL_VISIBILITIES])
    if label.__class__ is str:
        return label
    return "" if label is None else str(label)


def register(
    kind: Kind,
    label: str,
    key: str | int | None,
    identity: tuple[Any, ...],
    default: Any,
    coerce: Callable[[Any], Any],
    callback: Callable[..., Any] | str | None,
    callback_name: str,
    args: tuple[Any, ...] | list[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    default_given: bool = False,
    from_ui: Callable[[Any], Any] | None = None,
    to_ui: Callable[[Any], Any] | None = None,
) -> tuple[RunContext, str, Any, int]:
    """Register one widget call; return (context, widget id, value, code stamp).

    Runs once per widget per run, so the widget functions call it positionally and the
    common cases (a running app, a plain string key) take the shortest path.
    ``kind`` is the catalogue's record (rerunqt/core/kinds.py): its flags (trigger,
    read-only, allowed in a form) travel with it. ``identity`` is only used for an
    unkeyed widget. ``from_ui``/``to_ui`` convert
    between the Python value (in session state, returned) and the plain value the
    front end shows and sends (e.g. an option object and its index); None means equal.
    The code stamp is 0, or a number unique to this run when code set the value in it.
    """
    ctx = context.current_or_none()
    if ctx is None:
        ctx = context.current()
    else:
        ctx.check()
    if key is None:
        user_key = None
    elif key.__class__ is str and key and not key.startswith("$$"):  # normalize_key's fast path
        user_key = key
    elif key == "":  # Streamlit 1.67's words
        raise StreamlitValueError("key", ["a non-empty string"])
    else:
        user_key = normalize_key(key)
    quiet = False
    if callback is not None and not callable(callback):  # "rerun"/"ignore", or an error
        quiet = on_change_mode(callback_name, callback)
        callback = None
    if (args is not None and args.__class__ is not tuple and args.__class__ is not list) or (
            kwargs is not None and kwargs.__class__ is not dict):
        check_callback_args(args, kwargs)
    name = kind.name
    if ctx.in_cached_function:
        from rerunqt.core.cache.replay import warn_cached_widget

        warn_cached_widget(ctx)
    form = ctx.form
    if form is not None or name == "form_submit_button":
        _check_form_rules(kind, form, callback is not None)
    state = ctx.state
    if user_key is None:
        wid = widget_id(name, None, identity, ctx)
    elif kind.read_only and state.assigned_by_code(user_key):
        raise StreamlitValueAssignmentNotAllowedError(read_only_message(user_key))
    else:
        wid = user_key
    meta = _new(WidgetMeta, (  # WidgetMeta(...) without its Python-level __new__
        wid,
        name,
        user_key,
        label,
        default,
        coerce,
        callback,
        tuple(args) if args else (),
        dict(kwargs) if kwargs else _NO_KWARGS,
        kind.trigger,
        True if disabled else False,  # bool(disabled), without the call
        from_ui,
        to_ui,
        form,
        quiet,
    ))
    value, by_code = state.register_widget(meta)
    if by_code and default_given and user_key is not None:
        _warn_value_and_state(ctx, user_key)
    return ctx, wid, value, by_code


def _check_form_rules(widget: Kind, form: str | None, has_callback: bool) -> None:
    """The form rules of Streamlit, checked when a widget registers."""
    kind = widget.name
    if kind == "form_submit_button":
        if form is None:
            raise StreamlitInvalidLayoutContextError(
                f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS}")
        return
    if not widget.in_form:  # Streamlit 1.67's words
        use = (" Use `st.form_submit_button()` instead to submit the form." if kind == "button"
               else "")
        raise StreamlitInvalidLayoutContextError(
            f"`st.{kind}()` can't be used in an `st.form()`.{use}{FORM_DOCS}")
    if has_callback:
        raise StreamlitInvalidFormCallbackError(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


def _warn_value_and_state(ctx: RunContext, key: str) -> None:
    """Log, once per key per session, that value= and session state both set a widget.

    A log line on stderr, as Streamlit 1.67 does, not an element: it would change the page
    (and what an AppTest's ``at.warning`` sees). The session-state value is used.
    """
    if ctx.option("global.disableWidgetStateDuplicationWarning", False):
        return
    if not ctx.state.note_warning(f"dup:{key}"):
        return
    log.warning(
        'The widget with key "%s" was created with a default value but also had its value '
        "set via the Session State API. The session-state value is used; drop the default "
        "or the assignment to silence this.", key,
    )
