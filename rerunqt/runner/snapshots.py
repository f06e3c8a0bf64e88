"""What a session sends its front end: final pages (Snapshot), and partial ones (LivePage)."""

from __future__ import annotations

from typing import NamedTuple, Protocol

from rerunqt.core.element import Element

__all__ = ["LivePage", "Sink", "Snapshot"]


class Snapshot(NamedTuple):
    """What a run drew in all (``final=True``; the session publishes only these).

    Partial pages are taken by the GUI itself (``AppSession.live_page``); a sink still
    accepts ``final=False`` with outcome "running" from other producers. ``outcome`` is
    "finished", "error" or "stopped". Interrupted runs publish no final snapshot, so
    the page keeps the old elements (no flicker).
    """

    run_id: int
    tree: tuple[Element, ...]
    final: bool
    outcome: str


class LivePage(NamedTuple):
    """A running script's partial page, taken by the GUI; ``seen`` names its version."""

    seen: tuple[object, int]
    tree: tuple[Element, ...]


class Sink(Protocol):
    """Where a session sends its output (the Qt bridge, or AppTest's recorder)."""

    def run_started(self, run_id: int) -> None: ...

    def publish(self, snapshot: Snapshot) -> None: ...
