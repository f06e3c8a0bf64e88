"""``streamlit.runtime.get_instance()``: the app's runtime, as far as a desktop app has one.

Apps copy a forum snippet to learn their session: ``get_instance()._session_mgr
.get_session_info(get_script_run_ctx().session_id).session``. Here the runtime knows the
session of the running script (a window or an AppTest): its ``id`` and its session state.
There is no browser client, so ``get_client`` gives None.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rerunqt.core.context import current_or_none


class AppSession:
    """The running script's session: its ``id`` (the run context's ``session_id``)."""

    def __init__(self, state: Any) -> None:
        self.id = session_id(state)
        self._session_state = state

    def __repr__(self) -> str:
        return f"AppSession(id={self.id!r})"


class SessionInfo(NamedTuple):
    client: Any
    session: AppSession


class SessionManager:
    """Streamlit's session manager, for the one session a script can see: its own."""

    def get_session_info(self, session_id: str) -> SessionInfo | None:
        info = _current()
        return info if info is not None and info.session.id == session_id else None

    get_active_session_info = get_session_info

    def list_active_sessions(self) -> list[SessionInfo]:
        info = _current()
        return [] if info is None else [info]

    list_sessions = list_active_sessions

    def num_active_sessions(self) -> int:
        return len(self.list_active_sessions())

    def is_active_session(self, session_id: str) -> bool:
        return self.get_session_info(session_id) is not None


class Runtime:
    """What ``get_instance()`` returns while a script runs."""

    def __init__(self) -> None:
        self._session_mgr = SessionManager()

    def is_active_session(self, session_id: str) -> bool:
        return self._session_mgr.is_active_session(session_id)

    def get_client(self, session_id: str) -> None:
        return None  # no browser: no client, no request headers

    @classmethod
    def exists(cls) -> bool:
        return current_or_none() is not None

    @classmethod
    def instance(cls) -> Runtime:
        return get_instance()


_RUNTIME = Runtime()


def get_instance() -> Runtime:
    """The runtime; as in Streamlit, an error when no app is running."""
    if current_or_none() is None:
        raise RuntimeError("Runtime hasn't been created!")
    return _RUNTIME


def session_id(state: Any) -> str:
    """A session's id, as ``get_script_run_ctx().session_id`` gives it."""
    return f"{id(state):x}"


def _current() -> SessionInfo | None:
    ctx = current_or_none()
    return None if ctx is None else SessionInfo(None, AppSession(ctx.state))
