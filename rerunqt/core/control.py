"""Execution control from inside a script: st.rerun, st.stop, st.id_scope."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from rerunqt.core import context
from rerunqt.core.fragments import current_fragment
from rerunqt.errors import RerunInterrupt, RerunQtAPIError, StopInterrupt


def rerun(*, scope: str = "app") -> NoReturn:
    """Stop this run now and run the script again from the top.

    In a callback it is honoured after all callbacks of the event ran (decision 3).
    ``scope="fragment"`` reruns only the running fragment's function (during a fragment
    rerun, as in Streamlit) or the open dialog's; elsewhere it is an error.
    """
    ctx = context.current()
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
