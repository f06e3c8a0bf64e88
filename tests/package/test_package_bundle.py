"""A real bundle: built with PyInstaller, run with an empty environment, driven by clicks.

Slow (about 30-60 s, most of it PyInstaller); .ci/run installs the `package` extra and
runs it. The app imports a sibling module and numpy, has a pages/ page, and keeps its
session state on disk by its .rerunqt/config.toml: the second start shows the count the
first one left, from the app-data folder named after the app.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

APP = """\
import numpy as np

import helper
import rerunqt as st

st.title("Tally")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write(f"Count: {st.session_state.count}")
st.write(f"Double: {helper.double(st.session_state.count)}")
st.write(f"numpy sum: {int(np.arange(4).sum())}")
"""
PAGE = """\
import streamlit as st

import helper

st.write(f"Other page sees count {st.session_state.count}, triple {helper.triple(st.session_state.count)}")
"""


def needs_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install the package extra (pip install -e '.[test,package]')")
        pytest.skip("PyInstaller is not installed (pip install 'rerunqt[package]')")


def run_bundle(exe: Path, home: Path, plan: dict | None = None) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home)}  # no PATH, no PYTHONPATH, no Python anywhere in reach
    if plan is not None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        (home / "plan.json").write_text(json.dumps(plan))
        env["RERUNQT_PILOT"] = str(home / "plan.json")
    return subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60, cwd=home)


def test_a_bundle_runs_without_python_and_behaves_like_the_script(tmp_path: Path) -> None:
    needs_pyinstaller()
    source = tmp_path / "src"
    (source / "pages").mkdir(parents=True)
    (source / ".rerunqt").mkdir()
    (source / "app.py").write_text(APP)
    (source / "helper.py").write_text("def double(x):\n    return 2 * x\n\n\n"
                                      "def triple(x):\n    return 3 * x\n")
    (source / "pages" / "2_Other.py").write_text(PAGE)
    (source / ".rerunqt" / "config.toml").write_text("[state]\npersist = true\n")
    built = subprocess.run([sys.executable, "-m", "rerunqt", "package", "app.py", "--name", "Tally"],
                           cwd=source, capture_output=True, text=True, timeout=240)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "excluded translations" in built.stdout
    exe = source / "dist" / "Tally" / "Tally"
    assert exe.is_file() and (source / "dist" / "Tally" / "Tally.desktop").is_file()
    home = tmp_path / "home"
    home.mkdir()

    first = run_bundle(exe, home, {"out": str(home / "first.json"), "steps": [
        {"dump": "start"}, {"click": "Increment"}, {"click": "Increment"}, {"dump": "clicked"},
        {"page": "Other"}, {"dump": "page"}]})
    assert first.returncode == 0, first.stderr
    result = json.loads((home / "first.json").read_text())
    assert result["errors"] == []
    dumps = result["dumps"]
    assert {"Tally", "Increment", "Count: 0", "Double: 0", "numpy sum: 6"} <= set(dumps["start"]["texts"])
    assert {"Count: 2", "Double: 4"} <= set(dumps["clicked"]["texts"])
    assert "Other page sees count 2, triple 6" in dumps["page"]["texts"]
    assert dumps["start"]["title"] == "app · Tally" and dumps["page"]["title"] == "Other · Tally"

    # Session state was saved to the app's own data folder; a new start restores it.
    assert (home / ".local" / "share" / "Tally" / "state" / "app.json").is_file()
    second = run_bundle(exe, home, {"out": str(home / "second.json"), "steps": [{"dump": "start"}]})
    assert second.returncode == 0, second.stderr
    assert "Count: 2" in json.loads((home / "second.json").read_text())["dumps"]["start"]["texts"]

    # No display at all: one line on stderr and a log in the app-data folder, never silence.
    failed = run_bundle(exe, home)
    assert failed.returncode == 2
    assert failed.stderr.strip().splitlines() == [
        "rerunqt: error: no display was found; set DISPLAY (or run under a desktop), "
        "or QT_QPA_PLATFORM=offscreen for tests"]
    assert list((home / ".local" / "share" / "Tally" / "logs").glob("crash-*.log"))
