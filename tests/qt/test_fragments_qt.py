"""Fragments in the real window: reconciled in place, the rest of the page untouched."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full {st.session_state.full}")
st.text_input("Name", key="name")

@st.fragment
def part():
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    st.button("inside")
    st.text(f"frag {st.session_state.frag}")

part()
st.text("after")
"""


def test_a_click_inside_updates_the_fragment_in_place_only(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    outside = [r.widget for r in pilot.window.renderer.find(kind="text")]
    button = pilot.widget(label="inside")
    created = pilot.window.renderer.widgets_created
    pilot.click(label="inside")
    assert pilot.texts("text") == ["full 1", "frag 2", "after"]
    records = pilot.window.renderer.find(kind="text")
    assert [r.widget for r in records] == outside  # every widget updated in place
    assert pilot.widget(label="inside") is button
    assert pilot.window.renderer.widgets_created == created
    pilot.type("Ada", key="name")  # outside the fragment: the whole script runs
    assert pilot.texts("text") == ["full 2", "frag 3", "after"]


def test_run_every_reruns_the_fragment_on_a_timer_while_idle(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.session_state.full = st.session_state.get("full", 0) + 1

        @st.fragment(run_every="50ms")
        def clock():
            st.session_state.ticks = st.session_state.get("ticks", 0) + 1
            st.text(f"ticks {st.session_state.ticks}")

        clock()
        st.text(f"full {st.session_state.full}")
    """))
    qtbot.waitUntil(lambda: pilot.texts("text")[0] == "ticks 4", timeout=5000)
    assert pilot.texts("text")[1] == "full 1"
    assert pilot.window.session.state["full"] == 1
    pilot.window.close()
    assert pilot.window.fragment_timers.timers == {}


OUTSIDE = """
import rerunqt as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full {st.session_state.full}")
ph = st.empty()
box = st.container()
box.text("box top")

@st.fragment
def part():
    n = st.session_state.frag = st.session_state.get("frag", 0) + 1
    ph.text(f"placeholder {n}")
    box.text(f"box {n}")
    st.sidebar.text(f"side {n}")
    st.button("inside")

part()
box.text("box bottom")
"""


def test_a_click_inside_redraws_what_the_fragment_wrote_outside_in_place(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(OUTSIDE))
    assert pilot.texts("text") == ["full 1", "placeholder 1", "box top", "box 1", "box bottom",
                                   "side 1"]
    labels = [r.widget for r in pilot.window.renderer.find(kind="text")]
    created = pilot.window.renderer.widgets_created
    for n in (2, 3):
        pilot.click(label="inside")
        assert pilot.texts("text") == ["full 1", f"placeholder {n}", "box top", f"box {n}",
                                       "box bottom", f"side {n}"]
        # the same labels, updated in place: nothing re-created, nothing accumulated
        assert [r.widget for r in pilot.window.renderer.find(kind="text")] == labels
        assert pilot.window.renderer.widgets_created == created
    assert all(label.isVisible() for label in labels[:5])
    assert pilot.window.session.state["full"] == 1


def test_st_rerun_with_fragment_keys_from_a_click_redraws_those_fragments(
        rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67's st.rerun examples in a window: the rest of the page stays."""
    from runner.test_fragments import KEYED

    pilot = rerunqt_pilot(write_script(KEYED))
    assert pilot.texts("text") == ["charts 1", "table 1", "app 1"]
    pilot.click(label="Refresh charts")
    assert pilot.texts("text") == ["charts 2", "table 1", "app 1"]
    pilot.click(label="Refresh all")
    assert pilot.texts("text") == ["charts 3", "table 2", "app 1"]
    pilot.click(label="Plain")
    assert pilot.texts("text") == ["charts 4", "table 3", "app 2"]



@pytest.fixture
def parallel_gate() -> Iterator[threading.Event]:
    """``import parallel_gate`` in a script: the event its workers wait on."""
    module = types.ModuleType("parallel_gate")
    module.go = threading.Event()  # type: ignore[attr-defined]
    sys.modules["parallel_gate"] = module
    yield module.go  # type: ignore[attr-defined]
    module.go.set()  # type: ignore[attr-defined]  # never leave a worker waiting
    del sys.modules["parallel_gate"]


def test_parallel_fragments_show_live_and_their_widgets_rerun_them(
        rerunqt_pilot, write_script, qtbot, parallel_gate: threading.Event) -> None:
    pilot = rerunqt_pilot(write_script("""
        import parallel_gate
        import rerunqt as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        slow_now = st.button("go")

        @st.fragment(parallel=True)
        def slow(n):
            st.text(f"loading {n} in run {st.session_state.full}")
            if slow_now:
                parallel_gate.go.wait(10)
            st.text(f"done {n}")
            st.button(f"again {n}")

        slow(0)
        slow(1)
        st.text("after")
    """))
    pilot.widget(label="go").click()
    # the script's body has ended; its two workers wait: the window shows what they drew
    # (what they have not drawn yet stays from the last run, as stale elements do)
    qtbot.waitUntil(lambda: pilot.texts("text")[::2] == ["loading 0 in run 2", "loading 1 in run 2",
                                                         "after"], timeout=5000)
    assert pilot.window.session.running
    parallel_gate.set()
    pilot.settle()
    shown = ["loading 0 in run 2", "done 0", "loading 1 in run 2", "done 1", "after"]
    assert pilot.texts("text") == shown
    pilot.click(label="again 1")
    assert pilot.window.session.state["full"] == 2  # the fragment reran alone
    assert pilot.texts("text") == shown


def test_an_event_while_parallel_fragments_load_interrupts_the_run(
        rerunqt_pilot, write_script, qtbot, parallel_gate: threading.Event,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rerunqt.core import parallel_fragments

    monkeypatch.setattr(parallel_fragments, "DRAIN_GRACE", 0.2)
    pilot = rerunqt_pilot(write_script("""
        import parallel_gate
        import rerunqt as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        slow_now = st.button("go")
        name = st.text_input("Name", key="name")

        @st.fragment(parallel=True)
        def slow():
            if slow_now and not name:  # (the interrupted click is replayed in the next run)
                parallel_gate.go.wait(10)
            st.text(f"hello {name} in run {st.session_state.runs}")

        slow()
    """))
    pilot.widget(label="go").click()
    qtbot.waitUntil(lambda: pilot.window.session.running, timeout=5000)
    pilot.type("Ada", key="name")  # interrupts the run whose worker waits
    assert pilot.texts("text") == ["hello Ada in run 3"]
    assert pilot.window.session.state["name"] == "Ada"
    parallel_gate.set()  # the abandoned worker wakes: it draws nothing on the new page
    qtbot.wait(100)
    pilot.settle()
    assert pilot.texts("text") == ["hello Ada in run 3"]
