"""[state] persist = true: a round trip across two real processes, the CLI, config flags."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from rerunqt.cli_state import state_command
from rerunqt.config import load_config
from rerunqt.core.persist.files import state_path
from rerunqt.testing import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = """
import datetime
import rerunqt as st
st.text_input("Name", key="name")
st.checkbox("OK", key="ok")
st.date_input("Day", value=datetime.date(2024, 1, 1), key="day")
st.multiselect("Tags", ["a", "b", "c"], key="tags")
st.button("Go", key="go")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
"""
DRIVER = """
import datetime, sys
from rerunqt.testing import AppTest
at = AppTest.from_file(sys.argv[1]).run()
if sys.argv[2] == "edit":
    at.text_input(key="name").set_value("Ada").run()
    at.checkbox(key="ok").check().run()
    at.date_input(key="day").set_value(datetime.date(2025, 5, 6)).run()
    at.multiselect(key="tags").set_value(["c", "a"]).run()
    at.button(key="go").click().run()
print(repr((at.text_input(key="name").value, at.checkbox(key="ok").value,
            at.date_input(key="day").value, at.multiselect(key="tags").value,
            at.session_state["visits"], len(at.exception))))
"""


def _app(tmp_path: Path, persist: bool = True) -> Path:
    (tmp_path / ".rerunqt").mkdir()
    (tmp_path / ".rerunqt" / "config.toml").write_text(f"[state]\npersist = {str(persist).lower()}\n")
    script = tmp_path / "app.py"
    script.write_text(APP)
    return script


def _drive(script: Path, mode: str) -> tuple[object, ...]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", DRIVER, str(script), mode], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    import datetime  # for eval of the printed repr

    return eval(result.stdout.strip().splitlines()[-1], {"datetime": datetime})  # type: ignore[no-any-return]


def test_values_survive_a_restart_of_the_process(tmp_path: Path) -> None:
    script = _app(tmp_path)
    edited = _drive(script, "edit")
    assert edited[:4] == ("Ada", True, __import__("datetime").date(2025, 5, 6), ["c", "a"])
    restarted = _drive(script, "look")
    assert restarted == ("Ada", True, __import__("datetime").date(2025, 5, 6), ["c", "a"],
                         edited[4] + 1, 0)
    values = json.loads(state_path(script).read_text())["values"]
    assert "go" not in values  # a button's click is an event, never restored
    assert values["day"] == {"$date": "2025-05-06"}


def test_without_the_option_nothing_is_saved(tmp_path: Path) -> None:
    script = _app(tmp_path, persist=False)
    at = AppTest.from_file(script).run()
    at.text_input(key="name").set_value("Ada").run()
    assert not state_path(script).exists()
    assert AppTest.from_file(script).run().text_input(key="name").value == ""


def test_a_saved_value_that_no_longer_fits_falls_back_to_the_default(tmp_path: Path) -> None:
    script = _app(tmp_path)
    path = state_path(script)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": "rerunqt-session-state", "values": {
        "tags": ["gone"], "ok": "not a bool", "name": "Bo"}}))
    at = AppTest.from_file(script).run()
    assert not at.exception
    assert at.multiselect(key="tags").value == []
    assert at.text_input(key="name").value == "Bo"


def test_clear_session_state_also_removes_the_file(tmp_path: Path) -> None:
    script = _app(tmp_path)
    at = AppTest.from_file(script).run()
    at.text_input(key="name").set_value("Ada").run()
    assert state_path(script).exists()
    at._session.clear_state()
    at._session.run_request(at._session.requests.take())  # the run the menu entry starts
    at._session.shutdown()  # flushes the (debounced) save of that run
    assert json.loads(state_path(script).read_text())["values"]["name"] == ""


def test_state_persist_is_an_option_flag_and_variable(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("")
    assert load_config(script, {"state.persist": "true"}, env={})["state.persist"] is True
    assert load_config(script, {}, env={"RERUNQT_STATE_PERSIST": "1"})["state.persist"] is True
    assert load_config(script, {}, env={})["state.persist"] is False


def test_cli_state_show_and_clear(tmp_path: Path) -> None:
    script = _app(tmp_path)
    at = AppTest.from_file(script).run()
    at.text_input(key="name").set_value("Ada").run()
    at._session.shutdown()
    out = io.StringIO()
    assert state_command(["show", str(script)], out=out) == 0
    shown = out.getvalue()
    assert "name = 'Ada'" in shown and "visits = " in shown
    out = io.StringIO()
    assert state_command(["clear", str(script)], out=out) == 0
    assert "removed" in out.getvalue() and not state_path(script).exists()
    out = io.StringIO()
    assert state_command(["show", str(script)], out=out) == 0
    assert "no saved session state" in out.getvalue()
    err = io.StringIO()
    assert state_command(["wipe", str(script)], err=err) == 2
    assert "usage: rerunqt state" in err.getvalue()


def test_the_rerunqt_command_runs_state_show(tmp_path: Path) -> None:
    script = _app(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "rerunqt", "state", "show", str(script)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "no saved session state" in result.stdout


def test_a_relative_or_symlinked_script_path_names_the_same_file(tmp_path: Path,
                                                                  monkeypatch) -> None:
    script = _app(tmp_path)
    link = tmp_path / "link.py"
    link.symlink_to(script)
    monkeypatch.chdir(tmp_path)
    assert state_path(Path("app.py")) == state_path(script) == state_path(link)
