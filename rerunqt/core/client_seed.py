"""What a test says the browser and the signed-in user are: ``AppTest.context`` / ``.user``.

The window answers ``st.context`` from the desktop and ``st.user`` as nobody signed in;
a test seeds other answers for its runs (Streamlit 1.67's AppTest does the same), so an
app's dark-theme or signed-in branch can be tested. A context variable carries the seed:
AppTest runs the script on the caller's thread, and the window never sets it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

# Streamlit's AppTest.context keys and the type each value must have (None: unset)
CONTEXT_FIELDS: dict[str, type] = {
    "timezone": str, "timezone_offset": int, "locale": str, "url": str, "is_embedded": bool,
    "theme": str,
}


class ClientSeed:
    """One ``AppTest.run``'s browser facts (given keys only) and its user's details."""

    __slots__ = ("context", "user")

    def __init__(self, context: dict[str, Any], user: dict[str, Any]) -> None:
        self.context = context
        self.user = user  # the run's own copy: st.logout() empties it


_seed: ContextVar[ClientSeed | None] = ContextVar("rerunqt_client_seed", default=None)


def current_seed() -> ClientSeed | None:
    return _seed.get()


@contextmanager
def client_seeded(context: dict[str, Any], user: dict[str, Any]) -> Iterator[ClientSeed]:
    """``st.context`` / ``st.user`` answer from ``context`` and ``user`` inside the block."""
    seed = ClientSeed(context, user)
    token = _seed.set(seed)
    try:
        yield seed
    finally:
        _seed.reset(token)
