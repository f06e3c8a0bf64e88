"""run_every: a Qt timer per fragment that reruns it while the app is idle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from rerunqt.runner.session import AppSession


class FragmentTimers(QObject):
    """Keeps one timer per ``run_every`` fragment of the last full run."""

    def __init__(self, session: AppSession, expect_run: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.expect_run = expect_run
        self.timers: dict[str, QTimer] = {}

    def sync(self) -> None:
        """After a final page: start timers for new fragments, stop those gone."""
        wanted = self.session.fragment_intervals()
        for fid in list(self.timers):
            if fid not in wanted:
                self.timers.pop(fid).stop()
        for fid, seconds in wanted.items():
            ms = max(1, round(seconds * 1000))
            timer = self.timers.get(fid)
            if timer is None:
                timer = self.timers[fid] = QTimer(self, interval=ms)
                timer.timeout.connect(lambda fid=fid: self._tick(fid))
                timer.start()
            elif timer.interval() != ms:
                timer.setInterval(ms)

    def _tick(self, fid: str) -> None:
        """Rerun the fragment, unless a run is going or queued (it reruns fragments too)."""
        if self.session.running or self.session.requests.has_pending():
            return
        self.expect_run()
        self.session.requests.add_fragment(fid)

    def stop(self) -> None:
        for timer in self.timers.values():
            timer.stop()
        self.timers.clear()
