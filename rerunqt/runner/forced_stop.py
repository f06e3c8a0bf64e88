"""The forced stop: StopInterrupt raised inside the script thread (DESIGN decision 6).

Stop first asks the run to end at its next yield point; when the run has not ended after
a grace period (a pure-Python loop with no ``st.*`` call), this raises the interrupt in
the script thread. Only while a run is open for it (``open``/``close`` around the run),
at most once per run, and under one lock with the script thread, so the interrupt never
lands after the run (in the loop or the next run). A blocking C call (``time.sleep``)
cannot be cut: the interrupt lands when it returns.
"""

from __future__ import annotations

import threading

from rerunqt.errors import StopInterrupt


class ForcedStop:
    """When, and at most once per run, a stop may be forced into the script thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: int | None = None  # the run a forced stop may interrupt now
        self._sent: int | None = None  # the last run a forced stop was sent to

    def after(self, grace: float, thread: threading.Thread, run: int) -> None:
        """Force the stop of ``run`` in ``thread`` if it still runs ``grace`` seconds from now."""
        import ctypes  # noqa: F401  (loaded here, so no import runs where the interrupt lands)
        timer = threading.Timer(grace, self.force, (thread, run))
        timer.daemon = True
        timer.start()

    def force(self, thread: threading.Thread, run: int) -> bool:
        """Raise StopInterrupt in ``thread`` if run ``run`` is still executing."""
        with self._lock:
            if self._open != run or self._sent == run or thread.ident is None:
                return False
            self._sent = run
            import ctypes  # loaded by after(): a forced Stop is rare, ctypes costs start-up
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(thread.ident), ctypes.py_object(StopInterrupt))
            return True

    def open(self, run: int | None) -> None:
        """Open (a run id) or close (None) the window in which a forced stop may land.

        Closing clears an interrupt sent but not yet raised. If it is raised in here
        instead, it propagates inside the run's ``try`` and ends that run as stopped.
        """
        with self._lock:
            self._open = run
            if run is None and self._sent is not None:
                import ctypes
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(threading.get_ident()), None)
