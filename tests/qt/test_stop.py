"""The toolbar's Stop says "Stopping…" at once, until the run has really ended.

A single blocking C call (time.sleep) cannot be cut by the forced stop: the run ends
only when it returns, so the window must show that the stop is under way.
"""

from __future__ import annotations

import time

import pytest

pytestmark = pytest.mark.qt

SLEEPY = """
import time
import rerunqt as st
st.text("top")
if st.button("slow"):
    time.sleep(1.5)
    st.text("after sleep")
"""


def test_stop_shows_stopping_until_a_blocking_call_returns(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SLEEPY))
    window = pilot.window
    assert window.running_label.text() == "Running…"
    pilot.widget(label="slow").click()
    qtbot.waitUntil(window.stop_action.isEnabled)  # the indicator: the run is slow
    window.stop_action.trigger()
    assert window.running_label.text() == "Stopping…"  # at once, not after the grace
    assert window.is_running_shown and not window.stop_action.isEnabled()
    start = time.monotonic()
    qtbot.wait(800)  # past the 0.25 s grace: the forced stop could not cut time.sleep
    assert window.session.running
    assert window.running_label.text() == "Stopping…"
    pilot.settle()
    assert time.monotonic() - start < 3
    assert not window.is_running_shown and not window.stop_action.isEnabled()
    assert window.running_label.text() == "Running…"  # ready for the next slow run
    assert pilot.texts("text") == ["top"]  # stopped: nothing after the sleep
    pilot.rerun()
    assert pilot.texts("text") == ["top"]


def test_stop_ends_a_python_loop_quickly_and_shows_stopping(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        if st.button("spin"):
            n = 0
            while True:
                n += 1
    """)
    pilot = rerunqt_pilot(script)
    window = pilot.window
    pilot.widget(label="spin").click()
    qtbot.waitUntil(window.stop_action.isEnabled)
    start = time.monotonic()
    window.stop_action.trigger()
    assert window.running_label.text() == "Stopping…"
    pilot.settle()
    assert time.monotonic() - start < 2.0  # the async interrupt after ~0.25 s
    assert window.running_label.text() == "Running…" and not window.is_running_shown
