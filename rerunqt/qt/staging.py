"""First paint of a long page: create the top at once, the rest in idle slices.

A first render of hundreds of top-level elements spends most of its time building
widgets the user cannot see yet. The renderer builds the first ``FIRST`` at once (more
than a window shows), so the page is painted, and then ``SLICE`` more per turn of the
event loop. Anything that needs the whole page (a rerun, find-by-key, Tab, the pilot)
calls ``Renderer.complete()`` first, which builds what is left synchronously.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer

from rerunqt.reconcile import Create

if TYPE_CHECKING:
    from rerunqt.reconcile import Op

THRESHOLD = 150  # top-level elements a first render must exceed to be staged
FIRST = 60  # created at once: more than fills a tall window
SLICE = 40  # created per turn of the event loop afterwards (~30 ms: input stays live)


def split_first_render(ops: list[Op], had_widgets: bool) -> tuple[list[Op], list[Create]]:
    """(ops to apply now, creates to defer): only a first render of top-level creates."""
    if had_widgets or len(ops) <= THRESHOLD:
        return ops, []
    if not all(isinstance(op, Create) and op.parent == () for op in ops):
        return ops, []
    deferred = [op for op in ops[FIRST:] if isinstance(op, Create)]
    return ops[:FIRST], deferred


class Staging:
    """The creates still to do, and the zero-delay timer that does them a slice at a time."""

    def __init__(self, create: Callable[[Create], None], done: Callable[[], None],
                 owner: Any = None) -> None:
        """``owner``: the Qt object the widgets go into (the page's layout): once Qt has
        deleted it (the window was closed and destroyed), the slices stop."""
        self._create = create
        self.done = done  # called once the last pending element is made (others may chain it)
        self._owner = owner
        self.pending: list[Create] = []
        self._timer: QTimer | None = None

    def start(self, deferred: list[Create]) -> None:
        self.pending = deferred
        if self._timer is None:
            self._timer = QTimer(singleShot=False, interval=0)
            self._timer.timeout.connect(self._slice)
        self._timer.start()

    def _slice(self) -> None:
        if self._owner is not None and not shiboken6.isValid(self._owner):
            self.drop()  # the page is gone: nothing to build into
            return
        self.run(SLICE)

    def run(self, count: int | None = None) -> None:
        """Create ``count`` pending elements (all when None), in page order."""
        if not self.pending:
            return
        batch = self.pending if count is None else self.pending[:count]
        self.pending = [] if count is None else self.pending[count:]
        for op in batch:
            self._create(op)
        if not self.pending:
            if self._timer is not None:
                self._timer.stop()
            self.done()

    def drop(self) -> None:
        self.pending = []
        if self._timer is not None:
            self._timer.stop()
