"""Session state across restarts: tagged JSON, atomic files, debounced saving (Qt-free).

Nothing here is imported at start-up unless ``state.persist`` is on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rerunqt.core.persist.saver import StatePersister


def persister_for(script: Path, options: dict[str, Any]) -> StatePersister | None:
    """The persister of a session, or None when ``state.persist`` is off."""
    if not options.get("state.persist"):
        return None
    from rerunqt.core.persist.saver import StatePersister

    return StatePersister(script)
