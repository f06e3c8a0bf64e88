"""How live the window stays while a script runs (issue 10), in one run.

    python benchmarks/responsiveness.py [--switch-interval SECONDS]

(a) latency from an ``st.*`` call to its element being painted: an element followed by
    2 s of pure computation, and a loop drawing a line every 0.25 s (median, max);
(b) event-loop stall: max and p99 gap between the ticks of a 5 ms timer while a 3 s
    CPU-bound script updates a placeholder (a progress bar when st.progress exists);
(c) Stop -> run ended, for a pure loop and for a loop with st.* calls.

Targets: (a) <= 50 ms, (b) p99 < 16 ms, (c) < 0.5 s. Timings are wall-clock on this
machine; the 5 ms timer's own period is the baseline the gaps compare against.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import textwrap
import threading
import time
import types
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

from rerunqt.qt.app import ensure_application, open_window
from rerunqt.qt.window import SWITCH_INTERVAL, AppWindow

MARKS = types.ModuleType("bench_marks")  # the script notes when it called st.*
MARKS.called = {}  # type: ignore[attr-defined]
sys.modules["bench_marks"] = MARKS

HEADER = "import time\nimport rerunqt as st\nimport bench_marks\n"

ONE_THEN_COMPUTE = HEADER + """
if st.button("go"):
    bench_marks.called["mark 0"] = time.perf_counter()
    st.text("mark 0")
    end, n = time.perf_counter() + 2.0, 0
    while time.perf_counter() < end:
        n += 1
"""

LOOP = HEADER + """
if st.button("go"):
    for i in range(12):
        bench_marks.called[f"mark {i}"] = time.perf_counter()
        st.text(f"mark {i}")
        end, n = time.perf_counter() + 0.25, 0
        while time.perf_counter() < end:
            n += 1
"""

CPU_BOUND = HEADER + """
if st.button("go"):
    bar = st.progress(0) if hasattr(st, "progress") else st.empty()
    start = time.perf_counter()
    step = 0
    while (elapsed := time.perf_counter() - start) < 3.0:
        total = 0
        for k in range(20000):  # pure Python work between updates
            total += k * k
        if int(elapsed * 20) > step:
            step = int(elapsed * 20)
            if hasattr(st, "progress"):
                bar.progress(min(100, int(elapsed / 3 * 100)))
            else:
                bar.text(f"{elapsed / 3:.0%}")
"""

PURE_LOOP = HEADER + """
if st.button("go"):
    st.text("spinning")
    n = 0
    while True:
        n += 1
"""

ST_LOOP = HEADER + """
if st.button("go"):
    slot = st.empty()
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            slot.text(str(n))
"""


class PaintClock(QObject):
    """Notes when each watched widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[str, float] = {}
        self.names: dict[int, str] = {}

    def watch(self, name: str, widget: QObject) -> None:
        if id(widget) not in self.names:
            self.names[id(widget)] = name
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.setdefault(self.names.get(id(watched), "?"), time.perf_counter())
        return False


def run_until(done: Callable[[], bool], timeout: float) -> None:
    """Run the real Qt event loop until ``done()`` (checked every 10 ms)."""
    loop = QEventLoop()
    check = QTimer(interval=10)
    check.timeout.connect(lambda: done() and loop.quit())
    check.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    check.stop()


def open_script(folder: Path, name: str, source: str) -> AppWindow:
    path = folder / f"{name}.py"
    path.write_text(textwrap.dedent(source))
    window = open_window(path, {})
    # settled, as when a user clicks: the first page shown and the idle adapter imports
    # done (qt/warmup.py); --cold clicks at once, while the adapter modules still load
    warm = getattr(window, "warm_up", None)
    run_until(lambda: window.applied_run >= 1 and not window.session.running
              and (COLD or warm is None or warm.done), 10)
    return window


COLD = False


def click_go(window: AppWindow) -> None:
    for record in window.renderer.find(kind="button"):
        record.widget.click()  # type: ignore[attr-defined]
        return
    raise LookupError("no go button")


def latency(folder: Path, name: str, source: str) -> list[float]:
    """(a) ms from each ``st.text("mark i")`` call to the first paint of its widget."""
    MARKS.called.clear()  # type: ignore[attr-defined]
    window = open_script(folder, name, source)
    clock = PaintClock()
    render = window._render_safely

    def watching(tree: tuple) -> None:  # type: ignore[type-arg]
        render(tree)
        for record in window.renderer.find(kind="text"):
            clock.watch(str(record.element.prop("body")), record.widget)

    window._render_safely = watching  # type: ignore[method-assign]
    click_go(window)
    run_until(lambda: window.applied_run >= 2 and not window.session.running, 20)
    called = MARKS.called  # type: ignore[attr-defined]
    out = [(clock.painted[k] - called[k]) * 1000 for k in called if k in clock.painted]
    missing = [k for k in called if k not in clock.painted]
    window.close()
    if missing:
        print(f"  never painted: {missing}")
    return out


def stall(folder: Path) -> list[float]:
    """(b) gaps in ms between the ticks of a 5 ms precise timer during a CPU-bound run."""
    window = open_script(folder, "cpu", CPU_BOUND)
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    click_go(window)
    timer.start()
    run_until(lambda: window.applied_run >= 2 and not window.session.running, 20)
    timer.stop()
    window.close()
    return [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]


def baseline_gaps(busy: bool) -> list[float]:
    """The same 5 ms timer for 3 s with no script: idle, or beside a bare spinning thread."""
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    stop = threading.Event()

    def spin() -> None:
        n = 0
        while not stop.is_set():
            n += 1

    thread = threading.Thread(target=spin, daemon=True)
    if busy:
        thread.start()
    timer.start()
    run_until(lambda: False, 3.0)
    timer.stop()
    stop.set()
    return [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]


def stop_time(folder: Path, name: str, source: str) -> float:
    """(c) seconds from Stop to the run having ended, after 0.5 s of running."""
    window = open_script(folder, name, source)
    click_go(window)
    run_until(lambda: False, 0.5)
    start = time.perf_counter()
    window.request_stop()
    run_until(lambda: not window.session.running, 10)
    elapsed = time.perf_counter() - start
    window.close()
    return elapsed


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval before the runs (default: Python's)")
    parser.add_argument("--cold", action="store_true",
                        help="click as soon as the first page is shown (adapter imports pending)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (a) script")
    args = parser.parse_args()
    global COLD
    COLD = args.cold
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    ensure_application()
    if args.switch_interval is None:
        sys.setswitchinterval(SWITCH_INTERVAL)  # what AppWindow.start sets
    print(f"switch interval {sys.getswitchinterval() * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, source in (("element then 2 s compute", ONE_THEN_COMPUTE),
                             ("loop, a line every 0.25 s", LOOP)):
            runs = [latency(folder, name.split()[0], source) for _ in range(args.repeat)]
            ms = [value for run in runs for value in run]
            spread = ""
            if args.repeat > 1:
                medians = [statistics.median(run) for run in runs]
                spread = f"  run medians {min(medians):.1f}-{max(medians):.1f} ms"
            print(f"(a) {name:28} latency median {statistics.median(ms):6.1f} ms  "
                  f"max {max(ms):6.1f} ms  (n={len(ms)}, target <= 50 ms){spread}")
        for name, gaps in (("idle window (baseline)", baseline_gaps(False)),
                           ("bare spinning thread", baseline_gaps(True)),
                           ("3 s CPU-bound script", stall(folder))):
            print(f"(b) 5 ms timer gaps, {name:22} max {max(gaps):6.1f} ms  p99 {p99(gaps):6.1f} ms  "
                  f"median {statistics.median(gaps):5.1f} ms  (n={len(gaps)}, target p99 < 16 ms)")
        for name, source in (("pure loop", PURE_LOOP), ("loop with st.* calls", ST_LOOP)):
            seconds = stop_time(folder, name.split()[0], source)
            print(f"(c) Stop -> ended, {name:22} {seconds * 1000:6.0f} ms  (target < 500 ms)")


if __name__ == "__main__":
    main()
