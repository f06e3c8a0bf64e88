"""Session state across restarts: tagged JSON, atomic files, debounced saving (Qt-free)."""

from __future__ import annotations

from rerunqt.core.persist.files import state_path, state_root
from rerunqt.core.persist.saver import StatePersister, persister_for

__all__ = ["StatePersister", "persister_for", "state_path", "state_root"]
