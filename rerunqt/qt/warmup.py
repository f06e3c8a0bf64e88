"""Import the light adapter modules while the window is idle, one per event-loop turn.

An adapter module is imported the first time a page shows one of its kinds (start-up
stays light). When that first time is in the middle of a run whose script then
computes, the import's file reads hand the GIL to the script thread and back dozens of
times: the new element took 40-100 ms to reach the screen (benchmarks/responsiveness.py).
Importing the common modules after the first page is on screen, while no run is going,
moves that cost to a moment nobody waits for. Modules that pull in numpy or other heavy
libraries (tables, images) are left to their first use.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from rerunqt.qt.adapters import ADAPTERS

# Most used first; none of them imports numpy, pandas, pyqtgraph or asyncio at import.
WARM_MODULES: tuple[str, ...] = (
    "rerunqt.qt.adapters.text",
    "rerunqt.qt.adapters.code",
    "rerunqt.qt.adapters.alerts",
    "rerunqt.qt.adapters.button",
    "rerunqt.qt.adapters.checkbox",
    "rerunqt.qt.adapters.text_input",
    "rerunqt.qt.adapters.number_input",
    "rerunqt.qt.adapters.layout",
    "rerunqt.qt.adapters.panels",
    "rerunqt.qt.adapters.popover",
    "rerunqt.qt.adapters.form",
    "rerunqt.qt.adapters.status",
    "rerunqt.qt.adapters.choice",
    "rerunqt.qt.adapters.sliders",
    "rerunqt.qt.adapters.metric",
    "rerunqt.qt.adapters.extras",
    "rerunqt.qt.adapters.pills",
    "rerunqt.qt.adapters.datetime_input",
    "rerunqt.qt.adapters.pickers",
)
FIRST_DELAY_MS = 16  # after the first page's paint, which is already queued


class AdapterWarmUp(QObject):
    """Loads ``WARM_MODULES`` in idle slices; pauses while a run is going (``busy``)."""

    def __init__(self, busy: Callable[[], bool], load: Callable[[str], object] = ADAPTERS.preload,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = busy
        self.load = load
        self.left = list(WARM_MODULES)
        self._timer = QTimer(self, singleShot=True, interval=FIRST_DELAY_MS)
        self._timer.timeout.connect(self._step)

    @property
    def done(self) -> bool:
        return not self.left

    def resume(self) -> None:
        """A final page is on screen: go on with the imports after it is painted."""
        if self.left and not self._timer.isActive():
            self._timer.start(FIRST_DELAY_MS)

    def _step(self) -> None:
        if not self.left or self.busy():
            return  # the next final page resumes
        module = self.left.pop(0)
        try:
            self.load(module)
        except Exception:  # a broken optional piece: its first use reports it
            pass
        if self.left:
            self._timer.start(0)
