"""A forced stop that loses the race with the run's end must not hit the loop or the next run."""

from __future__ import annotations

import ctypes
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from rerunqt.runner.script import ScriptSource
from rerunqt.runner.session import AppSession, Snapshot


class Sink:
    def __init__(self) -> None:
        self.finals: list[Snapshot] = []
        self.final_seen = threading.Event()

    def run_started(self, run_id: int) -> None:
        pass

    def publish(self, snapshot: Snapshot) -> None:
        if snapshot.final:
            self.finals.append(snapshot)
            self.final_seen.set()


def test_a_late_forced_stop_never_reaches_the_loop_or_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""
        import time
        import rerunqt as st
        st.text("start")
        sleeping.set()
        time.sleep(0.3)  # one C call: the forced stop cannot cut it
        st.text("end")
    """))
    sink = Sink()
    source = ScriptSource(script)
    sleeping = threading.Event()
    source.extra_globals = {"sleeping": sleeping}
    session = AppSession(source, sink, publish_interval=3600)
    real = ctypes.pythonapi.PyThreadState_SetAsyncExc
    delivered: list[Any] = []

    def late(ident: Any, exc: Any) -> int:
        """Decide to stop while the run sleeps, deliver only once it has finished."""
        if exc is not None and not delivered:
            delivered.append(exc)
            sink.final_seen.wait(0.5)  # the run ends meanwhile (or waits for the lock)
        return int(real(ident, exc))

    monkeypatch.setattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc", late)
    session.start()
    try:
        assert sleeping.wait(3.0)
        session.stop(grace=0.05)
        assert sink.final_seen.wait(3.0)
        thread = session._thread
        assert thread is not None
        threading.Event().wait(0.2)  # time for a stray interrupt to land in the idle loop
        assert delivered, "the forced stop was not attempted"
        assert thread.is_alive(), "a stray StopInterrupt killed the script thread"
        sink.final_seen.clear()
        sleeping.clear()
        session.rerun()
        assert sink.final_seen.wait(3.0)
        last = sink.finals[-1]
        assert last.run_id == 2 and last.outcome == "finished", last
        assert [e.prop("body") for e in last.tree] == ["start", "end"]
    finally:
        session.shutdown(timeout=2.0)
