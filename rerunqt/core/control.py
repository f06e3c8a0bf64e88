"""Execution control from inside a script: st.rerun, st.stop, st.id_scope."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from rerunqt.core import context
from rerunqt.core.fragments import current_fragment
from rerunqt.errors import RerunInterrupt, RerunQtAPIError, StopInterrupt


def rerun(scope: str | int | Sequence[str | int] = "app") -> NoReturn:
    """Stop this run now and run the script again from the top.

    In a callback it is honoured after all callbacks of the event ran (decision 3).
    ``scope="fragment"`` reruns only the running fragment's function (during a fragment
    rerun, as in Streamlit) or the open dialog's; elsewhere it is an error. A fragment
    key (``@st.fragment(key=...)``) or a list of keys, from a widget callback, reruns
    only those fragments instead of the script (Streamlit 1.67).
    """
    ctx = context.current()
    keys = _fragment_keys(scope)
    if keys:
        known = ctx.callback_fragments
        if known is None:
            raise RerunQtAPIError(
                f"st.rerun({scope!r}): a fragment key is only valid in a widget callback "
                f"(on_click / on_change); in the script use st.rerun() or "
                f'st.rerun(scope="fragment").')
        unknown = [key for key in keys if key not in known]
        if unknown:
            raise RerunQtAPIError(
                f"st.rerun: no fragment with key {unknown[0]!r} was drawn. The fragment keys "
                f"there are: {', '.join(map(repr, sorted(known))) or 'none'}.")
        raise RerunInterrupt(requested_by_script=True, fragment_keys=keys)
    fragment_id = current_fragment(ctx)
    if scope == "fragment" and fragment_id is not None:
        if not ctx.fragment_only:
            raise RerunQtAPIError(
                'st.rerun(scope="fragment") is only valid inside a fragment during a fragment '
                "rerun (an event from one of its widgets, or its run_every timer); in a full "
                "run use st.rerun().")
        raise RerunInterrupt(requested_by_script=True, fragment=True, fragment_id=fragment_id)
    if scope == "fragment":
        if ctx.dialog is None:
            raise RerunQtAPIError(
                'st.rerun(scope="fragment") must be called inside a fragment (an '
                '@st.fragment or @st.dialog function); use st.rerun() to rerun the whole script.'
            )
        raise RerunInterrupt(requested_by_script=True, fragment=True)
    if scope != "app":
        raise RerunQtAPIError(f'st.rerun scope must be "app" or "fragment", got {scope!r}.')
    raise RerunInterrupt(requested_by_script=True)


def _fragment_keys(scope: Any) -> tuple[str, ...]:
    """The fragment keys ``scope`` names; () for "app" and "fragment"."""
    if isinstance(scope, int) and not isinstance(scope, bool):
        return (str(scope),)
    if isinstance(scope, str):
        if not scope:
            raise RerunQtAPIError("st.rerun scope='' is not valid: use 'app', 'fragment', a "
                                  "fragment key or a list of keys.")
        return () if scope in ("app", "fragment") else (scope,)
    if not isinstance(scope, Sequence) or isinstance(scope, (bytes, bytearray)):
        raise RerunQtAPIError(f"st.rerun scope must be a str, an int or a list of them, got "
                              f"{type(scope).__name__}.")
    if not scope:
        raise RerunQtAPIError("st.rerun scope=[] is not valid: give one fragment key or more.")
    keys = []
    for name in scope:
        if isinstance(name, bool) or not isinstance(name, (str, int)) or name == "":
            raise RerunQtAPIError(f"st.rerun: the keys of the list must be non-empty strings or "
                                  f"ints, got {name!r}.")
        if name in ("app", "fragment"):
            raise RerunQtAPIError(f"st.rerun: {name!r} cannot be in a list of fragment keys; "
                                  f"pass st.rerun({name!r}).")
        keys.append(str(name))
    return tuple(keys)


def stop() -> NoReturn:
    """End this run here; what was drawn so far stays on the page."""
    context.current()
    raise StopInterrupt()


@contextmanager
def id_scope(scope: object) -> Iterator[None]:
    """Give unkeyed widgets created in the block distinct ids (e.g. one scope per loop item)."""
    ctx = context.current()
    previous = ctx.id_scopes
    ctx.id_scopes = (*previous, repr(scope))
    try:
        yield
    finally:
        ctx.id_scopes = previous
