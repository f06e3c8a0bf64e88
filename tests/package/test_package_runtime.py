"""Inside a bundle: the app's name on its folders and title; a crash never vanishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from rerunqt.core import app_name as names
from rerunqt.core.cache import disk
from rerunqt.core.persist import files
from rerunqt.package import runtime


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    for var in ("RERUNQT_CACHE_DIR", "RERUNQT_STATE_DIR", "RERUNQT_APP_NAME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("sys.platform", "linux")
    names.set_app_name("Sales Report")
    yield tmp_path
    names.set_app_name(None)


def test_app_data_folders_use_the_apps_name(named: Path) -> None:
    state = named / "data" / "Sales Report" / "state"
    assert files.state_root() == state
    assert files.state_path(Path("/anywhere/app.py")) == state / "app.json"
    assert disk.cache_root() == named / "cache" / "Sales Report"
    assert disk.app_folder() == named / "cache" / "Sales Report" / "app"


def test_unnamed_folders_stay_rerunqts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("RERUNQT_STATE_DIR", raising=False)
    monkeypatch.delenv("RERUNQT_APP_NAME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert files.state_root() == tmp_path / "rerunqt" / "state"


def test_a_name_unsafe_for_a_folder_is_made_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RERUNQT_APP_NAME", "a/b:c")
    assert names.folder_name() == "a_b_c"


def test_window_title(named: Path) -> None:
    assert names.window_title(None, "app.py") == "Sales Report"
    assert names.window_title("Charts", "app.py") == "Charts · Sales Report"
    names.set_app_name(None)
    assert names.window_title(None, "app.py") == "app.py"


def test_a_crash_before_the_window_is_one_line_and_a_log(named: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capfd: pytest.CaptureFixture[str]) -> None:
    def boom(argv: list[str]) -> int:
        raise RuntimeError("config folder unreadable")

    monkeypatch.setattr("rerunqt.cli.main", boom)
    monkeypatch.setattr("rerunqt.cli.display_missing", lambda: True)
    assert runtime.launch("Sales Report", "app/app.py") == 1
    err = capfd.readouterr().err.strip().splitlines()
    logs = list((named / "data" / "Sales Report" / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert err == [f"Sales Report: could not start: RuntimeError: config folder unreadable "
                   f"(details in {logs[0]})"]
    assert "Traceback" in logs[0].read_text() and "boom" in logs[0].read_text()


def test_an_error_exit_before_the_window_is_logged(named: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capfd: pytest.CaptureFixture[str]) -> None:
    def refuse(argv: list[str]) -> int:
        import sys

        print("rerunqt: error: no display was found", file=sys.stderr)
        return 2

    monkeypatch.setattr("rerunqt.cli.main", refuse)
    monkeypatch.setattr("rerunqt.cli.display_missing", lambda: True)
    assert runtime.launch("Sales Report", "app/app.py") == 2
    assert capfd.readouterr().err.strip() == "rerunqt: error: no display was found"
    [log] = (named / "data" / "Sales Report" / "logs").glob("crash-*.log")
    assert "no display was found" in log.read_text()


def test_only_a_bundle_turns_live_reload_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RERUNQT_APP_NAME", "Named")
    assert names.app_name() == "Named" and not names.is_packaged()
    names.set_app_name("Bundled")
    try:
        assert names.is_packaged()
    finally:
        names.set_app_name(None)


@pytest.mark.qt
def test_a_packaged_window_watches_no_source(qtbot, tmp_path: Path) -> None:
    from rerunqt.qt.reload import SourceWatcher

    script = tmp_path / "app.py"
    script.write_text("")
    names.set_app_name("Bundled")
    try:
        watcher = SourceWatcher()
        watcher.track([str(script)])
        assert watcher.watcher.files() == []
    finally:
        names.set_app_name(None)
    watcher.track([str(script)])
    assert watcher.watcher.files() == [str(script)]
