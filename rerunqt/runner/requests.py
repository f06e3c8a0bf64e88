"""Rerun requests between the GUI thread and the script thread.

Events coalesce: the newest value per widget wins. Clicks are never lost: each click
gets its own run (a click that interrupts nothing waits for the run in progress, and a
click run cut short by a value edit is replayed with its callback already done). Values
posted in one batch with a click (a form's edits and its submit) travel with that click,
so a submit queued behind another click does not leak its values into that click's run.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

_NO_VALUES: Mapping[str, Any] = MappingProxyType({})  # a shared default, read-only


class WidgetEvent(NamedTuple):
    """What a front end reports: a committed value, or a click on a button."""

    widget_id: str
    value: Any = None
    click: bool = False


class RerunRequest(NamedTuple):
    """One run's input: committed widget values and at most one click."""

    values: Mapping[str, Any] = _NO_VALUES
    click: str | None = None
    click_callback_done: bool = False
    clear_state: bool = False  # forget session state before the run (App > Clear session state)
    fragment: str | None = None  # rerun only this fragment (run_every, st.rerun(scope=...))

    @property
    def widget_driven(self) -> bool:
        return bool(self.values) or self.click is not None


class ScriptRequests:
    """The lock-protected meeting point of front end and script thread."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._values: dict[str, Any] = {}
        self._held: dict[str, Any] = {}  # on_change="ignore" values: they ride the next run
        # (button id, callback already done, the values posted in the click's own batch)
        self._clicks: deque[tuple[str, bool, dict[str, Any]]] = deque()
        self._rerun = False
        self._fragments: list[str] = []  # fragment-only reruns, when nothing else is queued
        self._clear_state = False
        self._shutdown = False
        self._current_click = False
        self.interrupt = False  # read lock-free at every yield point

    def add_event(self, event: WidgetEvent) -> None:
        self.add_events((event,))

    def add_events(self, events: tuple[WidgetEvent, ...] | list[WidgetEvent]) -> None:
        """Queue events at once, so they reach the same run (a form's values and its submit)."""
        with self._cond:
            interrupts = False
            batch: dict[str, Any] = {}
            for event in events:
                if event.click:
                    self._clicks.append((event.widget_id, False, batch))
                    interrupts = interrupts or not self._current_click
                    batch = {}
                else:
                    batch[event.widget_id] = event.value
            if batch:  # values with no click after them: plain edits, which coalesce
                self._values.update(batch)
                interrupts = True
            self._signal(interrupts)

    def hold_value(self, event: WidgetEvent) -> None:
        """A value committed by a widget with ``on_change="ignore"``: no run starts for it;
        the next run that something else starts applies it (as Streamlit's front end does)."""
        with self._cond:
            self._held[event.widget_id] = event.value

    def add_rerun(self, clear_state: bool = False) -> None:
        """A plain rerun (st.rerun(), the Rerun action): no new widget values.

        ``clear_state``: the run first clears session state, on the script thread, so
        the GUI thread never touches state a run may be using.
        """
        with self._cond:
            self._rerun = True
            self._clear_state = self._clear_state or clear_state
            self._signal(not self._current_click)

    def add_fragment(self, fragment_id: str) -> None:
        """Rerun one fragment; any other request queued with it reruns the whole script."""
        with self._cond:
            if fragment_id not in self._fragments:
                self._fragments.append(fragment_id)
            self._cond.notify_all()

    def hold(self) -> threading.Condition:
        """``with requests.hold():`` no run starts in the block; events posted in it coalesce.

        For a test driver whose one gesture commits several times (the lock is reentrant,
        so the holding thread can still post events).
        """
        return self._cond

    def replay_click(self, widget_id: str) -> None:
        """Put back a click whose run was interrupted; its callback has already run."""
        with self._cond:
            self._clicks.appendleft((widget_id, True, {}))
            self._cond.notify_all()

    def _signal(self, interrupts: bool) -> None:
        if interrupts:
            self.interrupt = True
        self._cond.notify_all()

    def has_pending(self) -> bool:
        with self._cond:
            return self._has_pending()

    def _has_pending(self) -> bool:
        return bool(self._values or self._clicks or self._rerun or self._fragments)

    def take(self, timeout: float | None = None) -> RerunRequest | None:
        """Wait for the next request (None on shutdown or timeout) and start it."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._shutdown or self._has_pending(), timeout):
                return None
            if self._shutdown:
                return None
            return self._pop()

    def take_nowait(self) -> RerunRequest | None:
        with self._cond:
            return self._pop() if self._has_pending() else None

    def _pop(self) -> RerunRequest:
        if self._fragments and not (self._values or self._clicks or self._rerun):
            return RerunRequest(fragment=self._fragments.pop(0))
        self._fragments.clear()  # the whole script runs them too
        if self._clear_state:  # first, alone: edits queued before it are for reset widgets
            self._clear_state = self._rerun = False
            self._values = {}
            self._held = {}
            self._current_click = False
            self.interrupt = False
            return RerunRequest(clear_state=True)
        if self._clicks:
            click, done, own = self._clicks.popleft()
            values = {**self._values, **own} if own else self._values
        else:
            click, done, values = None, False, self._values
        if self._held:  # held first: a newer posted value of the same widget wins
            values = {**self._held, **values}
            self._held = {}
        request = RerunRequest(values, click, done)
        self._values = {}
        self._rerun = False
        self._current_click = click is not None
        self.interrupt = False  # still-queued clicks wait for this run to finish
        return request

    def finish_run(self) -> None:
        with self._cond:
            self._current_click = False

    def shutdown(self) -> None:
        with self._cond:
            self._shutdown = True
            self.interrupt = True
            self._cond.notify_all()

    @property
    def is_shutdown(self) -> bool:
        return self._shutdown
