"""Soak: ~20,000 reruns of the fuzz app with random events through the real window.

    python benchmarks/soak.py [--runs 20000] [--seed 1] [--every 2000]

The events are those of the window fuzz (tests/property/window_fuzz.py): real clicks
and key presses through QtPilot, plus code acting through session state, each checked
against the model. A broken invariant is counted as a failure (with its message) and
the fuzz adopts the app's state and goes on. Prints events, runs, failures, tracemalloc
memory and live QWidget count after a warm-up and at the end (and every ``--every``
runs). Offscreen unless QT_QPA_PLATFORM says otherwise. Not run by the test suite.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "property")]

from fuzz_app import write_app  # noqa: E402
from PySide6.QtCore import qInstallMessageHandler  # noqa: E402
from pytestqt.qt_compat import qt_api  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402
from window_fuzz import WindowFuzz  # noqa: E402

from rerunqt.qt.app import ensure_application  # noqa: E402
from rerunqt.testing.pilot import QtPilot  # noqa: E402

WARM_UP_EVENTS = 200


class _Bot(QtBot):
    """pytest-qt's QtBot outside pytest: no fixture request, windows closed by us."""

    def __init__(self) -> None:
        qt_api.set_qt_api("pyside6")  # what the pytest plugin does from pyproject's qt_api
        defaults = {"qt_default_raising": False}
        config = SimpleNamespace(getini=lambda name: defaults.get(name, ""))
        super().__init__(SimpleNamespace(config=config, node=SimpleNamespace()))  # type: ignore[arg-type]

    def addWidget(self, widget: Any, *, before_close_func: Any = None) -> None:
        return None


def _quiet(mode: Any, context: Any, message: str) -> None:
    """Offscreen Qt says "This plugin does not support raise()" on every focus change."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def sample(app: Any, fuzz: WindowFuzz, started: float) -> str:
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    return (f"{fuzz.events:>8} {fuzz.pilot.window.session.run_count:>8} {len(fuzz.failures):>9} "
            f"{current / 1024:>11.0f} {peak / 1024:>9.0f} {len(app.allWidgets()):>9} "
            f"{time.perf_counter() - started:>8.1f}")


def widget_kind(widget) -> str:  # type: ignore[no-untyped-def]
    """Class and object name, and the parent's: enough to find a leaking widget."""
    parent = widget.parentWidget()
    where = f"{type(parent).__name__}#{parent.objectName()}" if parent is not None else "top"
    return f"{type(widget).__name__}#{widget.objectName()} in {where}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20000, help="reruns to make (after the warm-up)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--every", type=int, default=2000, help="print a line every N runs")
    options = parser.parse_args()

    app = ensure_application()
    qInstallMessageHandler(_quiet)
    folder = Path(tempfile.mkdtemp(prefix="rerunqt-soak-"))
    pilot = QtPilot(_Bot(), write_app(folder), timeout_ms=20000)
    fuzz = WindowFuzz(pilot, options.seed)
    fuzz.check([])
    fuzz.run(WARM_UP_EVENTS, stop_on_failure=False)  # every widget created, caches filled

    started = time.perf_counter()
    tracemalloc.start()
    print(f"{'events':>8} {'runs':>8} {'failures':>9} {'traced KiB':>11} {'peak KiB':>9} "
          f"{'QWidgets':>9} {'seconds':>8}")
    classes_before = Counter(map(widget_kind, app.allWidgets()))
    first = sample(app, fuzz, started)
    print(first, "(start, after the warm-up)")
    start_runs = pilot.window.session.run_count
    next_line = start_runs + options.every
    while pilot.window.session.run_count - start_runs < options.runs:
        fuzz.run(1, stop_on_failure=False)
        if pilot.window.session.run_count >= next_line:
            next_line += options.every
            print(sample(app, fuzz, started))
    print(sample(app, fuzz, started), "(end)")
    print(f"events {fuzz.events}, runs {pilot.window.session.run_count - start_runs} "
          f"(after {WARM_UP_EVENTS} warm-up events), failures {len(fuzz.failures)}, seed {options.seed}")
    grown = Counter(map(widget_kind, app.allWidgets()))
    grown.subtract(classes_before)
    print("live QWidgets by class, end minus start:",
          {name: n for name, n in grown.most_common() if n} or "no change")
    for message in fuzz.failures[:10]:
        print("FAILURE", message)
    pilot.close()


if __name__ == "__main__":
    main()
