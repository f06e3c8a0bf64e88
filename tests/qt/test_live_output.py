"""Output as it happens: the window shows what a running script drew, while it computes.

The scripts busy-loop in pure Python on a gate the test opens, so they make no
``st.*`` call (no yield point) while the test looks at the window.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt


class Gates(types.ModuleType):
    """``import live_gates`` in a script: ``live_gates.wait(n)`` spins until gate n opens."""

    def __init__(self) -> None:
        super().__init__("live_gates")
        self.events = [threading.Event() for _ in range(8)]

    def wait(self, n: int) -> None:
        event = self.events[n]
        while not event.is_set():  # pure Python: no st.* call, no blocking C call
            pass

    def open(self, n: int) -> None:
        self.events[n].set()


@pytest.fixture
def gates() -> Iterator[Gates]:
    module = Gates()
    sys.modules["live_gates"] = module
    yield module
    for event in module.events:
        event.set()  # never leave a script thread spinning
    del sys.modules["live_gates"]


def test_an_element_shows_while_the_script_computes(rerunqt_pilot, write_script, gates, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            st.title("Working")
            live_gates.wait(0)
            st.text("done")
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: pilot.texts("title") == ["Working"], timeout=3000)
    assert pilot.window.session.running and not gates.events[0].is_set()
    assert pilot.texts("text") == []
    gates.open(0)
    pilot.settle()
    assert pilot.texts("title") == ["Working"] and pilot.texts("text") == ["done"]


def test_a_loop_shows_each_line_as_it_is_drawn(rerunqt_pilot, write_script, gates, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            for i in range(3):
                st.text(f"line {i}")
                live_gates.wait(i)
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    for i in range(3):
        expected = [f"line {n}" for n in range(i + 1)]
        qtbot.waitUntil(lambda expected=expected: pilot.texts("text") == expected, timeout=3000)
        assert pilot.window.session.running
        gates.open(i)
    pilot.settle()
    assert pilot.texts("text") == ["line 0", "line 1", "line 2"]


class PaintLog(QObject):
    """Every widget painted while ``inside`` is set (an application-wide event filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.painted: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.inside and event.type() == QEvent.Type.Paint:
            self.painted.append(watched)
        return False


def test_a_live_element_is_shown_and_painted_in_the_tick_that_takes_it(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    """Not one event-loop pass later: each pass waits on the computing script for the GIL.

    A widget new in a column used to be shown by the layout's queued call, so it was
    painted 15-45 ms after the tick (benchmarks/responsiveness.py (a)).
    """
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            st.text("fresh")
            live_gates.wait(0)
    """)
    pilot = rerunqt_pilot(script)
    window = pilot.window
    log = PaintLog()
    QApplication.instance().installEventFilter(log)
    seen: list[tuple[bool, bool]] = []
    take = window._take_live_page

    def taking() -> None:
        log.inside = True
        try:
            take()
        finally:
            log.inside = False
        for record in window.renderer.find(kind="text"):
            seen.append((record.widget.isVisible(), record.widget in log.painted))

    window._take_live_page = taking
    try:
        pilot.widget(label="go").click()
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
        assert window.session.running and not gates.events[0].is_set()
        assert seen[0] == (True, True)  # visible and painted before the slot returned
    finally:
        QApplication.instance().removeEventFilter(log)
        gates.open(0)
    pilot.settle()


def test_unreached_elements_stay_stale_until_the_run_ends(rerunqt_pilot, write_script, gates, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        import live_gates
        st.text("first")
        if st.session_state.get("slow"):
            live_gates.wait(0)
            st.text("second")
        elif st.button("slow"):
            st.session_state.slow = True
            st.rerun()
        st.text("last")
    """)
    pilot = rerunqt_pilot(script)
    last = pilot.record(kind="text", label=None).widget
    assert pilot.texts("text") == ["first", "last"]
    pilot.widget(label="slow").click()
    qtbot.waitUntil(lambda: pilot.window.session.running, timeout=3000)
    qtbot.waitUntil(lambda: pilot.window.renderer.find(kind="text")[-1].widget.property("rqStale") is True,
                    timeout=3000)
    assert pilot.texts("text") == ["first", "last"]  # "last" not reached yet: kept, stale
    assert pilot.record(kind="text").widget is last  # the same widget, updated in place
    gates.open(0)
    pilot.settle()
    assert pilot.texts("text") == ["first", "second", "last"]
    assert all(r.widget.property("rqStale") is not True for r in pilot.window.renderer.find(kind="text"))


def test_a_placeholder_rewritten_in_a_loop_shows_its_latest_value(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            slot = st.empty()
            for i in range(3):
                slot.text(f"step {i}")
                live_gates.wait(i)
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    for i in range(3):
        qtbot.waitUntil(lambda i=i: pilot.texts("text") == [f"step {i}"], timeout=3000)
        gates.open(i)
    pilot.settle()
    assert pilot.texts("text") == ["step 2"]


def test_a_finished_spinner_and_a_cleared_placeholder_go_while_the_run_goes_on(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    """Streamlit removes them at once; they stayed on the live page, faded, until the end."""
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            slot = st.empty()
            slot.info("Loading...")
            with st.spinner("Thinking"):
                live_gates.wait(0)
            slot.empty()
            st.text("streaming")
            live_gates.wait(1)
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: bool(pilot.window.renderer.find(kind="spinner")), timeout=3000)
    assert pilot.window.renderer.find(kind="info")
    gates.open(0)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["streaming"], timeout=3000)
    assert pilot.window.session.running  # mid-run: the spinner and the alert are gone now
    assert not pilot.window.renderer.find(kind="spinner")
    assert not pilot.window.renderer.find(kind="info")
    gates.open(1)
    pilot.settle()


def test_a_spinner_on_an_elements_handle_shows_beside_the_element(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    """Streamlit's st_spinner app: `st.markdown(...).spinner(...)` shows the spinner while
    the markdown stays; the spinner was drawn nowhere."""
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            placeholder = st.markdown("Some Text")
            with placeholder.spinner("something"):
                live_gates.wait(0)
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: pilot.texts("spinner") == ["something"], timeout=3000)
    assert pilot.texts("markdown") == ["Some Text"]
    gates.open(0)
    pilot.settle()
    assert pilot.texts("spinner") == [] and pilot.texts("markdown") == ["Some Text"]


def test_a_spinner_text_wider_than_its_room_wraps(rerunqt_pilot, write_script, gates, qtbot) -> None:
    """Streamlit's st_spinner app (width=300 and a long text): the text wraps onto a second
    line; it was one line cut off at the spinner's edge."""
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            with st.spinner("Loading with 300px width.... the text is long and does not fit "
                            "in the width", width=300):
                live_gates.wait(0)
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: bool(pilot.window.renderer.find(kind="spinner")), timeout=3000)
    spinner = pilot.window.renderer.find(kind="spinner")[0].widget
    label = spinner.label
    qtbot.waitUntil(lambda: label.height() >= 2 * label.fontMetrics().height(), timeout=3000)
    assert label.geometry().right() <= spinner.width()  # inside its 300 px
    assert spinner.height() >= label.height()  # no line cut off below
    gates.open(0)
    pilot.settle()


def test_the_event_loop_keeps_running_while_the_script_computes(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        import live_gates
        if st.button("go"):
            st.text("busy")
            live_gates.wait(0)
    """)
    pilot = rerunqt_pilot(script)
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: pilot.texts("text") == ["busy"], timeout=3000)
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 20, timeout=3000)  # timers still fire
    pilot.window.resize(pilot.window.width() + 40, pilot.window.height())
    qtbot.waitUntil(lambda: pilot.window.page_scroll.viewport().width() > 0)
    assert pilot.window.session.running and not gates.events[0].is_set()
    timer.stop()
    gates.open(0)
    pilot.settle()


def test_stop_keeps_what_was_drawn_and_the_app_stays_usable(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        import live_gates
        st.text("top")
        if st.button("go"):
            st.text("drawn before the loop")
            live_gates.wait(0)
            st.text("never")
    """)
    pilot = rerunqt_pilot(script)
    window = pilot.window
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: "drawn before the loop" in pilot.texts("text"), timeout=3000)
    qtbot.waitUntil(window.stop_action.isEnabled, timeout=3000)
    window.stop_action.trigger()
    qtbot.waitUntil(lambda: not window.session.running, timeout=3000)
    pilot.settle()
    assert pilot.texts("text") == ["top", "drawn before the loop"]
    pilot.rerun()
    assert pilot.texts("text") == ["top"]


def test_the_live_timer_stops_once_the_app_is_idle(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.text('idle')\n"))
    qtbot.waitUntil(lambda: not pilot.window._live_timer.isActive(), timeout=3000)
    pilot.rerun()
    qtbot.waitUntil(lambda: not pilot.window._live_timer.isActive(), timeout=3000)
    assert pilot.texts("text") == ["idle"]


def test_a_cache_spinner_goes_when_the_function_returns_while_the_run_goes_on(
        rerunqt_pilot, write_script, gates, qtbot) -> None:
    """The ended spinner's slot is empty in the live page, not kept faded until the run
    ends (Streamlit drops it at once)."""
    script = write_script("""
        import rerunqt as st
        import live_gates

        @st.cache_data(show_spinner="Loading data...")
        def load():
            live_gates.wait(0)
            return 1

        if st.button("go"):
            load()
            st.text("loaded")
            live_gates.wait(1)
    """)
    pilot = rerunqt_pilot(script)
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: bool(pilot.window.renderer.find(kind="spinner")), timeout=3000)
    gates.open(0)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["loaded"], timeout=3000)
    assert pilot.window.session.running and not gates.events[1].is_set()
    assert pilot.window.renderer.find(kind="spinner") == []
    gates.open(1)
    pilot.settle()
