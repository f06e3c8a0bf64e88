"""The state file: atomic, private, debounced; a corrupt file is moved aside; kill -9 safe."""

from __future__ import annotations

import json
import logging
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rerunqt.core.persist import files
from rerunqt.core.persist.files import state_path
from rerunqt.core.persist.saver import StatePersister
from rerunqt.core.state import SessionState


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _state(**values: object) -> SessionState:
    state = SessionState()
    for key, value in values.items():
        state[key] = value
    state.end_run(True)
    return state


def test_the_file_is_per_script_in_the_state_folder(tmp_path: Path) -> None:
    a, b = state_path(tmp_path / "a" / "app.py"), state_path(tmp_path / "b" / "app.py")
    assert a != b and a.parent == b.parent == files.state_root()
    assert a.name.startswith("app-") and a.suffix == ".json"
    assert str(files.state_root()) == os.environ["RERUNQT_STATE_DIR"]


def test_a_save_is_private_valid_json_and_restores(tmp_path: Path) -> None:
    saver = StatePersister(tmp_path / "app.py")
    saver.after_run(_state(name="Ada", count=3, picked=("a", "b")))
    assert stat.S_IMODE(saver.path.stat().st_mode) == 0o600
    document = json.loads(saver.path.read_text())
    assert document["values"]["name"] == "Ada"
    restored = SessionState()
    assert sorted(StatePersister(tmp_path / "app.py").restore(restored)) == ["count", "name",
                                                                            "picked"]
    assert (restored["name"], restored["count"], restored["picked"]) == ("Ada", 3, ("a", "b"))
    assert not restored.assigned_by_code("name")  # as if the user had entered it


def test_saves_are_debounced_to_one_per_interval(tmp_path: Path) -> None:
    clock = Clock()
    saver = StatePersister(tmp_path / "app.py", interval=1.0, clock=clock)
    saver.after_run(_state(n=1))
    clock.now += 0.2
    saver.after_run(_state(n=2))  # too soon: pending, on a timer
    assert json.loads(saver.path.read_text())["values"]["n"] == 1
    saver.flush()  # what the timer (or closing the window) does
    assert json.loads(saver.path.read_text())["values"]["n"] == 2
    clock.now += 1.0
    saver.after_run(_state(n=3))  # a second later: written at once
    assert json.loads(saver.path.read_text())["values"]["n"] == 3


def test_the_timer_writes_a_pending_save(tmp_path: Path) -> None:
    saver = StatePersister(tmp_path / "app.py", interval=0.05)
    saver.after_run(_state(n=1))
    saver.after_run(_state(n=2))
    timer = saver._timer
    assert timer is not None
    timer.join(5)
    assert json.loads(saver.path.read_text())["values"]["n"] == 2


def test_an_unchanged_state_is_not_written_again(tmp_path: Path) -> None:
    saver = StatePersister(tmp_path / "app.py")
    saver.after_run(_state(n=1))
    before = saver.path.stat().st_mtime_ns
    os.utime(saver.path, ns=(1, 1))
    saver.after_run(_state(n=1))
    assert saver.path.stat().st_mtime_ns == 1 != before


def test_unstorable_values_are_skipped_with_one_warning_naming_the_key(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    saver = StatePersister(tmp_path / "app.py")
    with caplog.at_level(logging.WARNING, logger="rerunqt.state"):
        saver.after_run(_state(conn=object(), name="x"))
        saver.flush()
        saver.after_run(_state(conn=object(), name="y"))
        saver.flush()
    assert json.loads(saver.path.read_text())["values"] == {"name": "y"}
    assert caplog.text.count("'conn'") == 1


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"format": "other"}',
                                     '{"format": "rerunqt-session-state", "values": 3}',
                                     "[" * 100_000 + "]" * 100_000, b"\xff\xfe{"])
def test_a_corrupt_file_is_moved_aside_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str | bytes) -> None:
    path = state_path(tmp_path / "app.py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    state = SessionState()
    with caplog.at_level(logging.WARNING, logger="rerunqt.state"):
        assert StatePersister(tmp_path / "app.py").restore(state) == []
    assert not path.exists()
    assert [p.name for p in path.parent.glob(path.name + ".corrupt-*")]
    assert "moved it to" in caplog.text and len(state) == 0


def test_a_bad_value_inside_a_good_file_is_left_out(tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    path = state_path(tmp_path / "app.py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": files.FORMAT, "values": {
        "good": 1, "bad": {"$date": "not a date"}}}))
    state = SessionState()
    assert StatePersister(tmp_path / "app.py").restore(state) == ["good"]
    assert "'bad'" in caplog.text


def test_clear_removes_the_file_and_a_pending_save(tmp_path: Path) -> None:
    clock = Clock()
    saver = StatePersister(tmp_path / "app.py", clock=clock)
    saver.after_run(_state(n=1))
    saver.after_run(_state(n=2))  # pending
    saver.clear()
    saver.flush()
    assert not saver.path.exists()


WRITER = """
import sys
from pathlib import Path
from rerunqt.core.persist import files
path = Path(sys.argv[1])
n = 0
while True:
    n += 1
    files.write_atomic(path, {"format": files.FORMAT, "values": {"n": n, "pad": "x" * (n % 5000)}})
    if n % 20 == 0:
        print(n, flush=True)
"""


def test_kill_9_during_a_write_loop_leaves_a_valid_file(tmp_path: Path) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this platform")
    path = tmp_path / "state.json"
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(WRITER), str(path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for _ in range(3 + round_ * 5):  # kill it at a different moment each time
            assert proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        document = json.loads(path.read_text())  # old or new, never half written
        assert document["values"]["n"] >= 1
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_temporary_files_of_a_killed_writer_are_removed_on_restore(tmp_path: Path) -> None:
    saver = StatePersister(tmp_path / "app.py")
    saver.after_run(_state(n=1))
    stale = saver.path.with_name(f".{saver.path.name}.abc.tmp")
    stale.write_text("{half")
    os.utime(stale, (1, 1))
    StatePersister(tmp_path / "app.py").restore(SessionState())
    assert not stale.exists() and saver.path.exists()
