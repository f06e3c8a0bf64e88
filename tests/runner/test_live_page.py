"""AppSession.live_page: the GUI's look at a running script's page (Qt-free)."""

from __future__ import annotations

import textwrap
import threading
import time
from pathlib import Path

from rerunqt.runner.script import ScriptSource
from rerunqt.runner.session import AppSession, Snapshot


class Sink:
    def __init__(self) -> None:
        self.finals: list[Snapshot] = []
        self.done = threading.Event()

    def run_started(self, run_id: int) -> None:
        pass

    def publish(self, snapshot: Snapshot) -> None:
        self.finals.append(snapshot)
        self.done.set()


def test_live_page_gives_each_new_version_once_and_nothing_after_the_run(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""
        import rerunqt as st
        st.text("first")
        while not gate.is_set():
            pass
        st.text("second")
    """))
    gate = threading.Event()
    source = ScriptSource(script)
    source.extra_globals = {"gate": gate}
    sink = Sink()
    session = AppSession(source, sink, publish_interval=0)
    assert session.live_page(None) is None  # no run yet
    session.start()
    try:
        deadline = time.monotonic() + 5
        page = None
        while page is None and time.monotonic() < deadline:
            page = session.live_page(None)
        assert page is not None
        assert [e.prop("body") for e in page.tree] == ["first"]
        assert session.live_page(page.seen) is None  # unchanged since: nothing to redraw
        gate.set()
        assert sink.done.wait(5)
        assert session.live_page(page.seen) is None and session.live_page(None) is None
        assert [e.prop("body") for e in sink.finals[-1].tree] == ["first", "second"]
    finally:
        gate.set()
        session.shutdown()
