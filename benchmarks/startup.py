"""Spawn → first painted page, rerunqt side by side with hand-written PySide6 baselines.

    python benchmarks/startup.py [--runs 5] [--rows 1000]

Every sample is a fresh Python process (offscreen), timed by the parent from just
before the spawn to the moment the child reports the first paint of its page once laid
out (the paint after the events posted by show and by the first run are processed). A
long rerunqt page paints its top first (qt/staging.py); the rest follows in idle slices.
The four cases run interleaved (one of each per round) so all see the same machine state:

* bare        a bare PySide6 window with 3 widgets (a title, a button, a line of text)
* counter     ``demos/counter.py`` opened by rerunqt (the ``rerunqt`` command's path)
* qt-N        hand-written PySide6 building the same N-element page as ``page-N``
* page-N      an N-element page (the rows of benchmarks/rerun.py) opened by rerunqt

One untimed round first writes the .pyc files (as an installed package has them).
Prints the median and spread (min-max) of each case in ms and the ratios
counter/bare and page-N/qt-N. The parent imports nothing but the standard library.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from page_rows import ROW  # noqa: E402  (beside this script)

ROOT = HERE.parent
READY = "painted"



def page_script(rows: int) -> str:
    return f"import rerunqt as st\nfor i in range({rows}):\n" + textwrap.indent(ROW, "    ")


# ----- the child processes -----

def arm(window: object, ready: list[bool]) -> None:
    """Count the next paint once the events now posted (showing new children, the
    layout pass) are done, and ask for one: the first paint of a laid-out page."""
    from PySide6.QtCore import QTimer

    def go() -> None:
        ready[0] = True
        window.update()  # type: ignore[attr-defined]

    QTimer.singleShot(0, go)


def report_first_paint_after(ready: list[bool]) -> None:
    """Once ``ready[0]`` is set, the next paint event anywhere tells the parent and exits."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if ready[0] and event.type() == QEvent.Type.Paint:
                print(READY, flush=True)
                os._exit(0)  # the teardown is not part of start-up
            return False

    app = QApplication.instance()
    assert app is not None
    watch = PaintWatch(app)
    app.installEventFilter(watch)
    app._paint_watch = watch  # type: ignore[attr-defined]  # kept alive


def child_rerunqt(script: str) -> None:
    """The ``rerunqt SCRIPT`` path (config, window, first run) up to the first paint."""
    from rerunqt.cli import _prepare

    path, _, config = _prepare([script])
    from rerunqt.qt.app import ensure_application, open_window

    app = ensure_application()
    ready = [False]
    report_first_paint_after(ready)
    window = open_window(Path(path), config)
    window.applied.connect(lambda _run: arm(window, ready))
    app.exec()


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    ready = [False]
    report_first_paint_after(ready)
    window = QMainWindow()
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("<h1>Counter Example</h1>"))
    layout.addWidget(QPushButton("Increment"))
    layout.addWidget(QLabel("Count = 0"))
    layout.addStretch(1)
    window.setCentralWidget(page)
    window.resize(900, 700)
    window.show()
    arm(window, ready)
    app.exec()


def child_qt_page(rows: int) -> None:
    """Hand-written PySide6: the same rows (label + editor for the labelled inputs)."""
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(HERE))
    from qt_baseline import build_page

    app = QApplication(sys.argv[:1])
    ready = [False]
    report_first_paint_after(ready)
    window, _, _ = build_page(rows)
    window.show()
    arm(window, ready)
    app.exec()


def child(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    case, arg = argv[0], argv[1] if len(argv) > 1 else ""
    if case == "rerunqt":
        child_rerunqt(arg)
    elif case == "bare":
        child_bare()
    elif case == "qt-page":
        child_qt_page(int(arg))
    sys.exit(f"unknown case {case!r}")


# ----- the parent -----

def time_spawn(args: list[str]) -> float:
    """Seconds from spawning ``python startup.py --child ARGS`` to its READY line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line != READY:
        raise RuntimeError(f"child {args} did not paint (said {line!r})")
    return elapsed


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--only-small", action="store_true", help="skip the N-element pages")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rerunqt-startup-"))
    page = folder / f"page_{args.rows}.py"
    page.write_text(page_script(args.rows))
    cases: dict[str, list[str]] = {
        "bare": ["bare"],
        "counter": ["rerunqt", str(ROOT / "demos" / "counter.py")],
    }
    if not args.only_small:
        cases[f"qt-{args.rows}"] = ["qt-page", str(args.rows)]
        cases[f"page-{args.rows}"] = ["rerunqt", str(page)]
    for child_args in cases.values():  # warm-up, not timed: writes the .pyc files
        time_spawn(child_args)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, child_args in cases.items():
            times[name].append(time_spawn(child_args))
    medians = {name: statistics.median(t) * 1e3 for name, t in times.items()}
    print(f"spawn -> first painted page, median of {args.runs} fresh processes (interleaved)\n")
    print(f"{'case':>10} | {'median ms':>9} | {'min-max ms':>15}")
    for name, samples in times.items():
        print(f"{name:>10} | {medians[name]:>9.0f} | {min(samples) * 1e3:>6.0f} - {max(samples) * 1e3:<6.0f}")
    print(f"\ncounter / bare: {medians['counter'] / medians['bare']:.2f}x (target <= 1.5x)")
    if not args.only_small:
        ratio = medians[f"page-{args.rows}"] / medians[f"qt-{args.rows}"]
        print(f"page-{args.rows} / qt-{args.rows}: {ratio:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
