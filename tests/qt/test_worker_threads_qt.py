"""A worker thread given the script's run (``add_script_run_ctx``) draws in the window
while the script waits for it: the progress it reports is on screen as it happens."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.qt


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    module = types.ModuleType("worker_gate")
    module.gate = threading.Event()  # type: ignore[attr-defined]
    sys.modules["worker_gate"] = module
    yield module.gate  # type: ignore[attr-defined]
    module.gate.set()  # type: ignore[attr-defined]
    del sys.modules["worker_gate"]


def test_a_worker_s_progress_shows_while_the_script_waits(rerunqt_pilot, write_script, gate,
                                                          qtbot) -> None:
    script = write_script("""
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx
        import worker_gate

        st.title("Import")
        status = st.empty()

        def work():
            status.text("halfway")
            worker_gate.gate.wait(10)
            status.text("finished")

        if st.button("go"):
            worker = add_script_run_ctx(threading.Thread(target=work))
            worker.start()
            worker.join()
            st.text("after the worker")
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: pilot.texts("text") == ["halfway"], timeout=5000)
    assert pilot.window.session.running  # the script is still waiting for its worker
    gate.set()
    qtbot.waitUntil(lambda: pilot.texts("text") == ["finished", "after the worker"],
                    timeout=5000)
