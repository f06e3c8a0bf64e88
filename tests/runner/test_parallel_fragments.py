"""@st.fragment(parallel=True) through AppTest: bodies on worker threads in full runs.

Concurrency is shown without clocks: fragments that wait on one shared barrier can
only get past it if they run at the same time (a sequential run breaks the barrier).
"""

from __future__ import annotations

from pathlib import Path

from rerunqt.testing import AppTest

OUTSIDE = ("Writing to a container created outside a parallel fragment, including "
           "`st.sidebar` and `st.bottom`, is not supported")

MEETING = """
import threading
import rerunqt as st
if "meet" not in st.session_state:
    st.session_state.meet = threading.Barrier(3, timeout=5)
st.title("Parallel")

@st.fragment(parallel=True)
def part(n):
    if not st.session_state.get(f"b{n}"):  # a full run, not this button's rerun
        st.session_state.meet.wait()  # only passes if the three run at once
    st.text(f"part {n}")
    if st.button(f"b{n}", key=f"b{n}"):
        st.text(f"clicked {n}")

for i in range(3):
    part(i)
st.text("after")
"""


def texts(node) -> list[str]:
    return [t.value for t in node.text]


def test_bodies_run_at_the_same_time_and_keep_the_order_of_the_calls() -> None:
    at = AppTest.from_string(MEETING, default_timeout=10).run()
    assert not at.exception
    assert texts(at) == ["part 0", "part 1", "part 2", "after"]
    blocks = [b for b in at.main.children.values() if b.type == "flex_container"]
    assert [texts(b) for b in blocks] == [["part 0"], ["part 1"], ["part 2"]]
    assert [b.label for b in at.button] == ["b0", "b1", "b2"]


def test_a_widget_of_a_parallel_fragment_reruns_it_alone_on_the_script_thread() -> None:
    at = AppTest.from_string(MEETING.replace(
        'st.title("Parallel")', 'st.title("Parallel")\nst.session_state.full = '
        'st.session_state.get("full", 0) + 1'), default_timeout=10).run()
    at.button[1].click().run()
    assert not at.exception
    assert at.session_state.full == 1
    assert texts(at) == ["part 0", "part 1", "clicked 1", "part 2", "after"]


def test_max_workers_one_runs_the_bodies_one_at_a_time(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[runner]\nparallelMaxWorkers = 1\n")
    app = tmp_path / "app.py"
    app.write_text("""
import threading
import rerunqt as st
lock = threading.Lock()
st.session_state.setdefault("running", [0, 0])

@st.fragment(parallel=True)
def part(n):
    import time
    with lock:
        st.session_state.running[0] += 1
        st.session_state.running[1] = max(st.session_state.running)
    time.sleep(0.05)
    with lock:
        st.session_state.running[0] -= 1
    st.text(f"part {n}")

for i in range(3):
    part(i)
""")
    at = AppTest.from_file(app, default_timeout=10).run()
    assert texts(at) == ["part 0", "part 1", "part 2"]
    assert at.session_state.running == [0, 1]  # never two at once


def test_writing_outside_is_streamlits_layout_error_in_the_fragment() -> None:
    at = AppTest.from_string("""
import rerunqt as st
ph = st.empty()

@st.fragment(parallel=True)
def side():
    st.sidebar.write("side")

@st.fragment(parallel=True)
def placeholder():
    ph.write("outside")

side()
placeholder()
st.text("after")
""").run()
    assert [e.message.startswith(OUTSIDE) for e in at.exception] == [True, True]
    assert texts(at) == ["after"]  # the script ran on
    assert not at.sidebar.markdown and not at.markdown


def test_containers_made_inside_the_fragment_are_its_own() -> None:
    at = AppTest.from_string("""
import rerunqt as st

@st.fragment(parallel=True)
def part():
    left, right = st.columns(2)
    right.text("right")
    with left:
        st.text("left")
    with st.expander("more"):
        st.text("inside")

part()
""").run()
    assert not at.exception
    assert texts(at) == ["left", "right", "inside"]


def test_dialog_and_switch_page_cannot_be_called_from_a_worker() -> None:
    at = AppTest.from_string("""
import rerunqt as st

@st.dialog("D")
def show():
    st.text("in dialog")

@st.fragment(parallel=True)
def opens():
    show()

@st.fragment(parallel=True)
def switches():
    st.switch_page("other.py")

opens()
switches()
st.text("after")
""").run()
    messages = [e.message for e in at.exception]
    assert [m.split(" cannot")[0] for m in messages] == ["`@st.dialog`", "`st.switch_page`"]
    assert "gate the call behind a widget interaction" in messages[0]
    assert texts(at) == ["after"]


def test_an_error_shows_in_its_fragment_and_the_page_runs_on() -> None:
    at = AppTest.from_string("""
import rerunqt as st

@st.fragment(parallel=True)
def boom():
    st.text("before")
    raise ValueError("boom")

boom()
st.text("after")
""").run()
    assert [e.message for e in at.exception] == ["boom"]
    block = next(b for b in at.main.children.values() if b.type == "flex_container")
    assert texts(block) == ["before"] and len(block.exception) == 1
    assert texts(at) == ["before", "after"]


def test_st_rerun_in_a_worker_reruns_the_whole_script() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.session_state.runs = st.session_state.get("runs", 0) + 1

@st.fragment(parallel=True)
def again():
    if st.session_state.runs == 1:
        st.rerun()
    st.text(f"run {st.session_state.runs}")

again()
""").run()
    assert at.session_state.runs == 2
    assert texts(at) == ["run 2"]


def test_st_stop_in_a_worker_ends_the_script_at_its_next_call() -> None:
    at = AppTest.from_string("""
import threading
import time
import rerunqt as st
stopped = threading.Event()

@st.fragment(parallel=True)
def halt():
    st.text("before stop")
    stopped.set()
    st.stop()
    st.text("never")

halt()
stopped.wait(5)
while True:  # each st.* call is a yield point: the worker's stop ends the run there
    time.sleep(0.01)
    st.session_state.get("x")
""", default_timeout=10).run()
    assert not at.exception
    assert texts(at) == ["before stop"]


def test_an_error_in_the_script_cancels_the_workers_at_their_next_call() -> None:
    at = AppTest.from_string("""
import time
import rerunqt as st
st.session_state.setdefault("laps", 0)

@st.fragment(parallel=True)
def forever():
    while True:
        time.sleep(0.01)
        st.session_state.laps += 1

forever()
time.sleep(0.05)
raise RuntimeError("script failed")
""", default_timeout=10).run()
    assert [e.message for e in at.exception] == ["script failed"]
    laps = at.session_state.laps
    import time

    time.sleep(0.1)
    assert at.session_state.laps == laps  # the worker ended


def test_cached_output_and_nested_fragments_inside_a_worker() -> None:
    script = """
import rerunqt as st
st.session_state.calls = st.session_state.get("calls", 0)

@st.cache_data
def load(n):
    st.session_state.calls += 1
    st.text(f"loaded {n}")
    return n * 2

@st.fragment
def inner(v):
    if st.button("inner"):
        st.text("inner clicked")
    st.text(f"inner {v}")

@st.fragment(parallel=True)
def outer():
    inner(load(21))

outer()
"""
    at = AppTest.from_string(script).run()
    assert texts(at) == ["loaded 21", "inner 42"]
    at.run()  # the cached call replays its output
    assert texts(at) == ["loaded 21", "inner 42"] and at.session_state.calls == 1
    at.button[0].click().run()  # the inner fragment reruns alone
    assert texts(at) == ["loaded 21", "inner clicked", "inner 42"]


def test_a_parallel_fragment_in_a_fragment_rerun_runs_inline() -> None:
    at = AppTest.from_string("""
import threading
import rerunqt as st

@st.fragment(parallel=True)
def where():
    st.text(threading.current_thread().name.startswith("rerunqt-fragment"))

@st.fragment
def outer():
    st.button("again")
    where()

outer()
""").run()
    assert texts(at) == ["True"]  # a full run: on a worker
    at.button[0].click().run()
    assert texts(at) == ["False"]  # the outer fragment's rerun: on the script thread


def test_a_parallel_fragment_nested_in_a_worker_gets_its_own_worker() -> None:
    at = AppTest.from_string("""
import threading
import rerunqt as st
meet = threading.Barrier(2, timeout=5)  # the outer and the inner body at once

@st.fragment(parallel=True)
def inner():
    meet.wait()
    st.text("inner")

@st.fragment(parallel=True)
def outer():
    inner()
    meet.wait()
    st.text("outer")
    st.sidebar.text("no")

outer()
""", default_timeout=10).run()
    assert texts(at) == ["inner", "outer"]
    assert [e.message.startswith(OUTSIDE) for e in at.exception] == [True]


def test_widget_values_inside_workers_survive_full_reruns_and_callbacks_fire() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.session_state.setdefault("changes", 0)

def changed():
    st.session_state.changes += 1

@st.fragment(parallel=True)
def form_part(n):
    st.text_input(f"name {n}", key=f"name{n}", on_change=changed)
    st.slider(f"level {n}", 0, 10, 5, key=f"level{n}")

form_part(0)
form_part(1)
st.checkbox("outside", key="outside")
""").run()
    at.text_input(key="name0").input("Ada").run()
    at.slider(key="level1").set_value(8).run()
    at.checkbox(key="outside").check().run()  # a full run: both bodies on workers again
    assert at.text_input(key="name0").value == "Ada"
    assert at.slider(key="level1").value == 8
    assert at.session_state.changes == 1
    assert not at.exception
