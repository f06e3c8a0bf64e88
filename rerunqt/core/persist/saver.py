"""Session state that survives a restart (``[state] persist = true``).

Restored into the session before its first run; saved after runs (at most about once
a second: a save due sooner waits on a timer) and when the session shuts down or the
process exits. What is saved: every user key and keyed widget value that has a JSON
form (core/persist/codec.py), except buttons, uploads and other read-only widgets,
whose values are events, not settings. A value with no JSON form is skipped with one
warning naming its key.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rerunqt.core.kinds import KINDS, PART_KINDS
from rerunqt.core.persist import codec, files
from rerunqt.core.state import SessionState

log = logging.getLogger("rerunqt.state")
SAVE_INTERVAL = 1.0


def never_restored(kind_name: str) -> bool:
    kind = KINDS.get(kind_name) or PART_KINDS.get(kind_name)
    # a dataframe's selection points into data that may differ next time: not a setting
    return kind is not None and (kind.read_only or kind.trigger or kind.name == "dataframe")


class StatePersister:
    """The state file of one script, and the debounced saving of one session into it."""

    def __init__(self, script: Path, interval: float = SAVE_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.path = files.state_path(script)
        self.script = Path(script)
        self.interval = interval
        self.clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, Any] | None = None
        self._written: dict[str, Any] | None = None
        self._last_write = float("-inf")
        self._timer: threading.Timer | None = None
        self._skipped_keys: set[str] = set()  # read-only widgets, ever seen in this session
        self._warned: set[str] = set()
        atexit.register(_flush_if_alive, weakref.ref(self))

    # ----- restoring -----
    def restore(self, state: SessionState) -> list[str]:
        """Put the saved values into ``state`` (before the first run); the keys restored."""
        files.remove_stale_temps(self.path)
        document = files.read_document(self.path)
        if document is None:
            return []
        values: dict[str, Any] = {}
        for key, data in document["values"].items():
            try:
                values[key] = codec.decode(data)
            except (ValueError, TypeError, KeyError, ArithmeticError, RecursionError) as exc:
                log.warning("rerunqt: the saved session state value %r in %s cannot be "
                            "read (%s); it is left out", key, self.path, exc)
        state.restore(values)
        self._written = document
        return list(values)

    # ----- saving -----
    def document(self, state: SessionState) -> dict[str, Any]:
        """What would be written for ``state`` now (values encoded, unstorable ones left out)."""
        for widget_id, kind in state.widget_kinds().items():
            if never_restored(kind):
                self._skipped_keys.add(widget_id)
        values: dict[str, Any] = {}
        for key, value in state.to_dict().items():
            if key in self._skipped_keys:
                continue
            try:
                values[key] = codec.encode(value)
            except (codec.Unstorable, RecursionError) as exc:
                if key not in self._warned:
                    self._warned.add(key)
                    log.warning("rerunqt: st.session_state[%r] is not saved across restarts: "
                                "%s. Store plain data (str, numbers, lists, dicts, dates...) "
                                "under that key to keep it.", key, exc)
        return {"format": files.FORMAT, "version": files.VERSION,
                "script": str(self.script.resolve()), "values": values}

    def after_run(self, state: SessionState) -> None:
        """Called on the script thread after each run: save now, or within ``interval``."""
        self.submit(self.document(state))

    def submit(self, document: dict[str, Any]) -> None:
        with self._lock:
            if document == self._written:
                self._pending = None
                return
            self._pending = document
            wait = self._last_write + self.interval - self.clock()
            if wait <= 0:
                self._write_pending()
            elif self._timer is None:
                self._timer = threading.Timer(wait, self.flush)
                self._timer.daemon = True
                self._timer.start()

    def flush(self) -> None:
        """Write a pending save now (the timer, shutdown, window close, process exit)."""
        with self._lock:
            self._write_pending()

    def clear(self) -> None:
        """Forget the saved state (Clear session state): no pending save, no file."""
        with self._lock:
            self._cancel_timer()
            self._pending = None
            self._written = None
            files.remove(self.path)

    def _write_pending(self) -> None:
        self._cancel_timer()
        document, self._pending = self._pending, None
        if document is None:
            return
        try:
            files.write_atomic(self.path, document)
        except (OSError, ValueError) as exc:
            log.warning("rerunqt: could not save the session state to %s (%s)", self.path, exc)
            return
        self._written = document
        self._last_write = self.clock()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            if self._timer is not threading.current_thread():
                self._timer.cancel()
            self._timer = None


def _flush_if_alive(ref: weakref.ref[StatePersister]) -> None:
    """At process exit: the last values of a session still open reach the file."""
    saver = ref()
    if saver is not None:
        saver.flush()
