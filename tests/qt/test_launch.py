"""The real command: it opens the app, says how to stop it, and Ctrl+C quits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

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


def test_a_process_ending_with_widgets_on_screen_exits_cleanly(tmp_path) -> None:
    """Python tears down the widgets of an unclosed window at exit: nothing may crash then.

    (A style object owned by Python and shared by every slider once crashed it.)
    """
    script = tmp_path / "app.py"
    script.write_text("import rerunqt as st\nst.slider('a')\nst.select_slider('b', ['x', 'y'])\n"
                      "st.slider('c', 0, 9, (2, 5))\nst.multiselect('d', ['x'], ['x'])\n")
    code = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from rerunqt.qt.app import ensure_application, open_window
        app = ensure_application()
        window = open_window(Path({str(script)!r}), {{}})
        end = time.time() + 30
        while time.time() < end and not (window.applied_run and not window.session.running):
            app.processEvents()
        for _ in range(5):  # let Qt show and paint the page
            app.processEvents()
        assert window.renderer.find(kind="slider"), "the page was not drawn"
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
