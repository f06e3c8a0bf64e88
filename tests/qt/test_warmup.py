"""Idle adapter imports (qt/warmup.py): after the first page, never during a run, nothing heavy."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

from rerunqt.qt.adapters import _SOURCES
from rerunqt.qt.warmup import WARM_MODULES, AdapterWarmUp

pytestmark = pytest.mark.qt

HEAVY = ("numpy", "pandas", "pyarrow", "polars", "pyqtgraph", "matplotlib", "asyncio")

WARM_COUNTER = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from rerunqt.qt.app import open_window
window = open_window(Path('demos/counter.py'), {{}})
loop = QEventLoop()
check = QTimer(interval=10)
check.timeout.connect(lambda: window.warm_up.done and loop.quit())
check.start()
QTimer.singleShot(20000, loop.quit)
loop.exec()
print('DONE', window.warm_up.done)
print('HEAVY', sorted(m for m in {HEAVY!r} if m in sys.modules))
window.close()
"""


def test_every_warm_module_holds_adapters() -> None:
    sources = {module for module, _ in _SOURCES}
    assert set(WARM_MODULES) <= sources


def test_an_idle_window_imports_the_light_adapters_and_nothing_heavy() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", WARM_COUNTER], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "DONE True" in result.stdout, result.stdout
    assert "HEAVY []" in result.stdout, result.stdout


def test_the_warm_up_waits_while_a_run_is_going(qtbot) -> None:
    busy = [True]
    loaded: list[str] = []
    warm = AdapterWarmUp(lambda: busy[0], loaded.append)
    with qtbot.waitSignal(warm._timer.timeout, timeout=3000):
        warm.resume()
    assert loaded == [] and not warm.done  # its slice came while busy: nothing loaded
    busy[0] = False
    warm.resume()  # the next final page
    qtbot.waitUntil(lambda: warm.done, timeout=3000)
    assert loaded == list(WARM_MODULES)
