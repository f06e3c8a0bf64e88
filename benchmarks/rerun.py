"""Time one rerun end to end, side by side with two baselines, and a soak test.

    python benchmarks/rerun.py [--runs 60] [--sizes 10,100,1000] [--soak 5000]

For scripts of N elements, one rerun after a checkbox change, measured from the
Qt click to the moment the new tree is on screen and pending Qt events (the deferred
layout pass included) are processed:

* rerunqt        the real window (script thread, callbacks, diff, in-place updates)
* (a) stubs      the same script executed with no-op ``st`` functions, timed in
                 alternation with the reruns (one stub run before each rerun)
* (b) rebuild    the real window, but destroying and re-creating every widget per run
* (c) hand Qt    the same page written by hand in PySide6 (benchmarks/qt_baseline.py),
                 its "Toggle" checkbox updating one label; timed in alternation with
                 the reruns, the same way (click, then the pending events processed)

Prints median and p90 in ms and the ratios rerunqt/(a), (b)/rerunqt and rerunqt/(c). The soak
test reruns the counter demo N times and reports memory and live widget counts.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path
from types import CodeType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import stub_st  # noqa: E402
from page_rows import ROW as PAGE_ROW  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_baseline import build_page  # noqa: E402
from scratch import scratch_folder  # noqa: E402

from rerunqt.qt.app import ensure_application, open_window  # noqa: E402
from rerunqt.qt.renderer import Renderer  # noqa: E402
from rerunqt.runner.magic import MAGIC_NAME  # noqa: E402

# the body of the page's loop over i, as a .format template (benchmarks/layout.py spreads it
# over containers)
ROW = PAGE_ROW.replace("{", "{{").replace("}", "}}")

SCRIPT = '''\
import rerunqt as st
flag = st.checkbox("Toggle", key="toggle")
for i in range({rows}):
''' + textwrap.indent(ROW, "    ") + '''\
st.write("Toggle is", flag)
'''

# The same page (2 of every 5 rows text, 3 widgets) with the widget rows taken in turn from
# every widget kind, the kinds of issue 3 included: a like-for-like page, new kinds mixed in.
MIXED_SCRIPT = '''\
import datetime as dt
import rerunqt as st
flag = st.checkbox("Toggle", key="toggle")
for i in range({rows}):
    kind = i % 5
    if kind == 0:
        st.text(f"row {{i}}")
        continue
    if kind == 1:
        st.markdown(f"**bold {{i}}** and text")
        continue
    w = (i // 5 * 3 + kind - 2) % 13
    if w == 0:
        st.checkbox(f"check {{i}}", key=f"k{{i}}")
    elif w == 1:
        st.text_input(f"text {{i}}", key=f"k{{i}}")
    elif w == 2:
        st.number_input(f"number {{i}}", key=f"k{{i}}")
    elif w == 3:
        st.toggle(f"toggle {{i}}", key=f"k{{i}}")
    elif w == 4:
        st.radio(f"radio {{i}}", ["a", "b", "c"], key=f"k{{i}}")
    elif w == 5:
        st.selectbox(f"select {{i}}", ["a", "b", "c"], key=f"k{{i}}")
    elif w == 6:
        st.slider(f"slider {{i}}", 0, 100, 50, key=f"k{{i}}")
    elif w == 7:
        st.text_area(f"area {{i}}", key=f"k{{i}}")
    elif w == 8:
        st.multiselect(f"multi {{i}}", ["a", "b", "c"], key=f"k{{i}}")
    elif w == 9:
        st.date_input(f"date {{i}}", dt.date(2024, 1, 1), key=f"k{{i}}")
    elif w == 10:
        st.time_input(f"time {{i}}", dt.time(9, 0), key=f"k{{i}}")
    elif w == 11:
        st.select_slider(f"size {{i}}", ["S", "M", "L"], key=f"k{{i}}")
    else:
        st.color_picker(f"colour {{i}}", "#ff4b4b", key=f"k{{i}}")
st.write("Toggle is", flag)
'''


class RebuildRenderer(Renderer):
    """Baseline (b): forget every widget and build the whole page again each run."""

    def render(self, tree):  # type: ignore[no-untyped-def]
        self.reset()
        return super().render(tree)


def write_script(folder: Path, size: int, mixed: bool = False) -> Path:
    path = folder / f"bench_{size}{'_mixed' if mixed else ''}.py"
    path.write_text((MIXED_SCRIPT if mixed else SCRIPT).format(rows=size - 2))
    return path


def time_stub_once(code: CodeType) -> float:
    real = sys.modules.get("rerunqt")
    sys.modules["rerunqt"] = stub_st  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        exec(code, {"__name__": "__main__", MAGIC_NAME: stub_st.write})
        return time.perf_counter() - start
    finally:
        sys.modules["rerunqt"] = real  # type: ignore[assignment]


def time_window(path: Path, runs: int, rebuild: bool,
                stub_times: list[float] | None = None,
                hand_times: list[float] | None = None, hand_rows: int = 0) -> list[float]:
    """Rerun times of a real window; with ``stub_times`` (``hand_times``), baseline (a)
    ((c)) is timed in between, one run before each rerun, so all see the same machine state."""
    app = ensure_application()
    window = open_window(path, {})
    if rebuild:
        window.renderer.__class__ = RebuildRenderer
    wait_idle(app, window)
    hand = None
    if hand_times is not None:
        hand, hand_box, _ = build_page(hand_rows, toggle=True)
        hand.show()
        app.processEvents()
    code = compile(path.read_text(), str(path), "exec")
    times = []
    for _ in range(runs):
        if stub_times is not None:
            stub_times.append(time_stub_once(code))
        if hand_times is not None:
            hand_times.append(time_hand_update(app, hand_box))
        times.append(time_one_rerun(app, window))
    close(app, [window] if hand is None else [window, hand])
    return times


def time_hand_update(app: QApplication, checkbox) -> float:  # type: ignore[no-untyped-def]
    """Baseline (c): click the hand-written page's checkbox; seconds until its label is
    updated and the pending events (the layout pass included) are processed."""
    start = time.perf_counter()
    checkbox.click()
    app.processEvents()
    app.sendPostedEvents()
    app.processEvents()
    return time.perf_counter() - start


def time_one_rerun(app: QApplication, window) -> float:  # type: ignore[no-untyped-def]
    """Click the page's "Toggle" checkbox; seconds until the new tree is on screen."""
    checkbox = window.renderer.find(key="toggle")[0].widget
    loop = QEventLoop()
    window.applied.connect(loop.quit)
    start = time.perf_counter()
    checkbox.click()
    loop.exec()
    app.processEvents()
    app.sendPostedEvents()  # the deferred layout pass too: it delays the next paint
    app.processEvents()
    elapsed = time.perf_counter() - start
    window.applied.disconnect(loop.quit)
    wait_idle(app, window)
    return elapsed


def close(app: QApplication, windows: list) -> None:  # type: ignore[type-arg]
    for window in windows:
        window.close()
        window.deleteLater()
    app.processEvents()


def time_pair(first: Path, second: Path, runs: int) -> tuple[list[float], list[float]]:
    """Rerun times of two windows open side by side, alternating one rerun each, so both
    pages see the same machine state (the VM's noise drifts over seconds)."""
    app = ensure_application()
    windows = [open_window(first, {}), open_window(second, {})]
    for window in windows:
        wait_idle(app, window)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for window, out in zip(windows, times):
            out.append(time_one_rerun(app, window))
    close(app, windows)
    return times


def wait_idle(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        if (window.applied_run == session.run_count and not session.running
                and not session.requests.has_pending()):
            return
    raise RuntimeError("window did not settle")


def stats(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered) * 1e3, ordered[int(0.9 * (len(ordered) - 1))] * 1e3


def soak(reruns: int) -> None:
    app = ensure_application()
    window = open_window(HERE.parent / "demos" / "counter.py", {})
    wait_idle(app, window)
    button = window.renderer.find(kind="button")[0].widget
    tracemalloc.start()
    none_refs = sys.getrefcount(None)
    print(f"\nsoak: {reruns} reruns of demos/counter.py")
    print(f"{'reruns':>8} {'traced KiB':>11} {'live QWidgets':>14} {'page widgets':>13}")
    for i in range(reruns + 1):
        if i % max(1, reruns // 5) == 0:
            gc.collect()
            current, _ = tracemalloc.get_traced_memory()
            print(f"{i:>8} {current / 1024:>11.0f} {len(app.allWidgets()):>14} "
                  f"{window.renderer.widget_count():>13}")
        if i < reruns:
            button.click()
            wait_idle(app, window)
    print(f"count = {window.session.state['count']}; sys.getrefcount(None) "
          f"{none_refs} -> {sys.getrefcount(None)}")
    window.close()


def measure_size(folder: Path, size: int, args: argparse.Namespace) -> float:
    """One line of the table for a page of ``size`` elements; returns rerunqt/(c)."""
    path = write_script(folder, size, args.mixed)
    stub_times: list[float] = []
    hand_times: list[float] = []
    real = stats(time_window(path, args.runs, rebuild=False, stub_times=stub_times,
                             hand_times=hand_times, hand_rows=size - 2))
    stub, hand = stats(stub_times), stats(hand_times)
    rebuild_runs = max(5, args.runs // 4) if size >= 1000 else args.runs
    rebuilt = (float("nan"), float("nan")) if args.no_rebuild else stats(
        time_window(path, rebuild_runs, rebuild=True))
    print(f"{size:>8} | {real[0]:>6.2f} / {real[1]:>6.2f} | {stub[0]:>6.3f} / {stub[1]:>6.3f} | "
          f"{rebuilt[0]:>6.1f} / {rebuilt[1]:>6.1f} | {hand[0]:>6.2f} / {hand[1]:>6.2f} | "
          f"{real[0] / stub[0]:>10.1f}x | {rebuilt[0] / real[0]:>10.1f}x | "
          f"{real[0] / hand[0]:>10.1f}x")
    return real[0] / hand[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--soak", type=int, default=0, help="reruns of the soak test (0: skip)")
    parser.add_argument("--mixed", action="store_true",
                        help="the page mixes in every widget kind of issue 3 (radio, slider...)")
    parser.add_argument("--no-rebuild", action="store_true", help="skip baseline (b)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure each size this many times; print the spread of the ratios")
    parser.add_argument("--compare-mixed", action="store_true",
                        help="only: the plain page against the mixed page, alternating")
    args = parser.parse_args()
    folder = scratch_folder()
    if args.compare_mixed:
        print(f"median / p90 ms per rerun, plain page and mixed page alternating ({args.runs} each)")
        for size in (int(s) for s in args.sizes.split(",")):
            plain, mixed = time_pair(write_script(folder, size), write_script(folder, size, True),
                                     args.runs)
            (p_med, p_90), (m_med, m_90) = stats(plain), stats(mixed)
            print(f"{size:>8} | plain {p_med:6.2f} / {p_90:6.2f} | mixed {m_med:6.2f} / {m_90:6.2f} | "
                  f"mixed/plain {m_med / p_med:5.2f}")
        return
    print(f"median / p90 ms per rerun after one checkbox change ({args.runs} runs each)\n")
    print(f"{'elements':>8} | {'rerunqt':>15} | {'(a) no-op stubs':>15} | "
          f"{'(b) rebuild all':>15} | {'(c) hand Qt':>15} | {'rerunqt/(a)':>11} | "
          f"{'(b)/rerunqt':>11} | {'rerunqt/(c)':>11}")
    spread: dict[int, list[float]] = {}
    for _ in range(args.repeat):
        for size in (int(s) for s in args.sizes.split(",")):
            spread.setdefault(size, []).append(measure_size(folder, size, args))
    if args.repeat > 1:
        print(f"\nrerunqt/(c) hand Qt over {args.repeat} measurements: median (min-max)")
        for size, ratios in spread.items():
            print(f"{size:>8} | {statistics.median(ratios):5.2f}x ({min(ratios):.2f}-{max(ratios):.2f})")
    if args.soak:
        soak(args.soak)


if __name__ == "__main__":
    main()
