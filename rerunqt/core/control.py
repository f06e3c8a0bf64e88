"""Execution control from inside a script: st.rerun, st.stop, st.id_scope."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from rerunqt.core import context
from rerunqt.errors import RerunInterrupt, RerunQtAPIError, StopInterrupt


def rerun(*, scope: str = "app") -> NoReturn:
    """Stop this run now and run the script again from the top.

    In a callback it is honoured after all callbacks of the event ran (decision 3).
    ``scope="fragment"`` in a dialog reruns only the dialog's function (a dialog is a
    fragment, as in Streamlit); elsewhere it is an error, as Streamlit's is outside one.
    """
    ctx = context.current()
    if scope == "fragment":
        if ctx.dialog is None:
            raise RerunQtAPIError(
                'st.rerun(scope="fragment") must be called inside a fragment (in rerunqt: an '
                '@st.dialog function); use st.rerun() to rerun the whole script.'
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
