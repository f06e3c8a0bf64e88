"""``st.session_state``: a stateless proxy to the current session's state.

Every access is a yield point (a superseded run stops here before it can write), and
resolves the session through the run context, so one proxy object serves every
session in the process.
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView, MutableMapping
from typing import Any

from rerunqt.core import context
from rerunqt.core.state import SessionState, missing_key_message, normalize_key

_OWN_ATTRS = frozenset({"_state_getter"})


class SessionStateProxy(MutableMapping[str, Any]):
    """Dict and attribute access to session state, as ``st.session_state``."""

    def __init__(self, state_getter: Any = None) -> None:
        object.__setattr__(self, "_state_getter", state_getter)

    def _state(self) -> SessionState:
        getter = object.__getattribute__(self, "_state_getter")
        if getter is not None:
            return getter()
        return context.current().state

    # ----- mapping -----
    def __getitem__(self, key: str | int) -> Any:
        return self._state()[normalize_key(key)]

    def __setitem__(self, key: str | int, value: Any) -> None:
        self._state()[normalize_key(key)] = value

    def __delitem__(self, key: str | int) -> None:
        del self._state()[normalize_key(key)]

    def __contains__(self, key: object) -> bool:
        try:
            return normalize_key(key) in self._state()
        except TypeError:
            return False

    def __iter__(self) -> Iterator[str]:
        # A snapshot: deleting keys while iterating (as the seed docs do) is safe.
        return iter(self._state().user_keys())

    def __len__(self) -> int:
        return len(self._state())

    def keys(self) -> KeysView[str]:
        return _KeysSnapshot(self._state().to_dict())

    def clear(self) -> None:
        """Delete each visible key, as Streamlit's mapping ``clear()`` does: plain values and
        keyed widgets go (those widgets reset), unkeyed widgets keep their values, so a
        ``st.button("Reset", on_click=...)`` that clears state still returns True."""
        state = self._state()
        for key in state.user_keys():
            del state[key]

    def to_dict(self) -> dict[str, Any]:
        return self._state().to_dict()

    # ----- attributes -----
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return self._state()[normalize_key(name)]
        except KeyError:
            raise AttributeError(missing_key_message(name, "attribute")) from None

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _OWN_ATTRS:
            object.__setattr__(self, name, value)
        else:
            self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise AttributeError(missing_key_message(name, "attribute")) from None

    def __str__(self) -> str:
        return str(self.to_dict())

    def __repr__(self) -> str:
        return f"SessionStateProxy({self.to_dict()!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SessionStateProxy):
            return self.to_dict() == other.to_dict()
        if isinstance(other, dict):
            return self.to_dict() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class _KeysSnapshot(KeysView[str]):
    """``keys()`` is a snapshot, so ``for k in ss.keys(): del ss[k]`` works."""


session_state = SessionStateProxy()
