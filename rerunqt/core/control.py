"""Execution control from inside a script: st.rerun, st.stop, st.id_scope."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from rerunqt.core import context
from rerunqt.errors import RerunInterrupt, StopInterrupt


def rerun() -> NoReturn:
    """Stop this run now and run the script again from the top.

    In a callback it is honoured after all callbacks of the event ran (decision 3).
    """
    context.current()
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
