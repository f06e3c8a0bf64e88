"""The real command: it opens the app, says how to stop it, and Ctrl+C quits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from conftest import DEMOS, ROOT

pytestmark = pytest.mark.qt


def test_rerunqt_command_runs_the_demo_and_quits_on_ctrl_c() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "rerunqt", str(DEMOS / "counter.py")],
        stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        lines = []
        for line in proc.stderr:  # blocks until the app reports it is running
            lines.append(line)
            if "running" in line:
                break
        assert any("Ctrl+C" in line for line in lines), lines
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
