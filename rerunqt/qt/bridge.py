"""The one crossing from the script thread to the GUI thread.

The session (script thread) calls ``publish``; the bridge keeps only
the newest snapshot and emits a signal that Qt delivers queued on the GUI thread,
which then applies just that newest snapshot (a slow GUI skips stale frames).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from rerunqt.runner.session import Snapshot


class Bridge(QObject):
    """A Sink for AppSession whose signals arrive on the GUI thread."""

    snapshot_ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._latest: Snapshot | None = None

    # Sink protocol, called on the script thread
    def run_started(self, run_id: int) -> None:
        """Nothing to do: the window drives its running indicator from the GUI side."""

    def publish(self, snapshot: Snapshot) -> None:
        with self._lock:
            self._latest = snapshot
        self.snapshot_ready.emit()

    # GUI thread
    def take_latest(self) -> Snapshot | None:
        with self._lock:
            snapshot, self._latest = self._latest, None
        return snapshot
