"""`rerunqt package` against a bare PySide6 bundle, built with the same PyInstaller.

    python benchmarks/bench_package.py [--runs 5] [--keep DIR]

Builds two one-folder bundles in a temporary folder: ``demos/counter.py`` with
``rerunqt package``, and a bare PySide6 hello (a window with a title, a button and a
line of text, as the counter shows) with PyInstaller's defaults. Reports:

* build time of each;
* size of each (every file once, links not followed) and the ratio (goal <= 1.15x);
* exec -> first painted window: each sample a fresh process of the bundle (offscreen),
  timed by this process from just before the spawn to the child's "painted" line on
  stdout, printed at the first paint once its page is laid out (the counter bundle:
  through its pilot, RERUNQT_PILOT, after the first run is on screen). The two run
  interleaved, one of each per round, after one untimed round; median of --runs and
  the ratio (goal <= 1.5x).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "rerunqt-pilot: painted"

HELLO = textwrap.dedent(f"""\
    import os
    import sys

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget


    class PaintWatch(QObject):
        armed = False

        def eventFilter(self, obj, event):
            if self.armed and event.type() == QEvent.Type.Paint:
                print({READY!r}, flush=True)
                os._exit(0)
            return False


    app = QApplication(sys.argv[:1])
    watch = PaintWatch(app)
    app.installEventFilter(watch)
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


    def arm():
        watch.armed = True
        window.update()


    QTimer.singleShot(0, arm)
    sys.exit(app.exec())
    """)


def bundle_size(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def timed(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"build failed: {' '.join(args)}\n{done.stdout}\n{done.stderr}")
    return time.perf_counter() - started


def build_hello(folder: Path) -> tuple[Path, float]:
    (folder / "hello.py").write_text(HELLO)
    args = ["hello.py", "--noconfirm", "--onedir", "--distpath", "dist", "--workpath", "build"]
    seconds = timed([sys.executable, "-c", f"import PyInstaller.__main__ as m; m.run({args!r})"], folder)
    return folder / "dist" / "hello", seconds


def build_counter(folder: Path) -> tuple[Path, float]:
    shutil.copy(ROOT / "demos" / "counter.py", folder / "counter.py")
    seconds = timed([sys.executable, "-m", "rerunqt", "package", "counter.py", "--clean"], folder)
    return folder / "dist" / "counter", seconds


def first_paint(exe: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen([str(exe)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, cwd=exe.parent)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == READY:
                return time.perf_counter() - started
        raise SystemExit(f"{exe} exited ({child.wait()}) before it painted")
    finally:
        child.kill()
        child.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rerunqt-bench-package-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        hello, hello_build = build_hello(folder)
        counter, counter_build = build_counter(folder)
        home = folder / "home"
        home.mkdir(exist_ok=True)
        plan = folder / "plan.json"
        plan.write_text(json.dumps({"steps": [{"painted": True}]}))
        base_env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
        cases = {"bare": (hello / "hello", base_env),
                 "counter": (counter / "counter", {**base_env, "RERUNQT_PILOT": str(plan)})}
        samples: dict[str, list[float]] = {name: [] for name in cases}
        for round_ in range(args.runs + 1):
            for name, (exe, env) in cases.items():
                seconds = first_paint(exe, env)
                if round_:  # the first round only warms the disk cache
                    samples[name].append(seconds)
        sizes = {"bare": bundle_size(hello), "counter": bundle_size(counter)}
        print(f"build time: bare {hello_build:.1f} s, counter (rerunqt package) {counter_build:.1f} s")
        print(f"size: bare {sizes['bare'] / 1e6:.1f} MB, counter {sizes['counter'] / 1e6:.1f} MB, "
              f"ratio {sizes['counter'] / sizes['bare']:.3f}x (goal <= 1.15x)")
        medians = {name: statistics.median(values) for name, values in samples.items()}
        for name, values in samples.items():
            print(f"exec -> first painted window, {name}: median {medians[name] * 1e3:.0f} ms "
                  f"(min {min(values) * 1e3:.0f}, max {max(values) * 1e3:.0f}, n={len(values)})")
        print(f"start ratio counter/bare: {medians['counter'] / medians['bare']:.2f}x (goal <= 1.5x)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
