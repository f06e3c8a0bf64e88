"""The ``rerunqt`` command: help, version, one-line errors, and what reaches the app."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import rerunqt
from rerunqt import cli
from rerunqt.config import Config

ROOT = Path(__file__).resolve().parents[1]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m rerunqt ARGS`` in tmp_path, with a HOME and environment of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RERUNQT_")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, "-m", "rerunqt", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# ------------------------------------------------------------------ subprocess: usage

def test_help_describes_flags_and_precedence(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("usage: rerunqt [--help] [--version] [--section.option VALUE ...] "
                          "SCRIPT [script args...]")
    for option in ("--runner.enforceSerializableSessionState", "--runner.fastReruns",
                   "--theme.base light|dark|system", "RERUNQT_WINDOW_WIDTH", "~/.rerunqt/config.toml"):
        assert option in out
    assert "precedence (later wins)" in out
    assert "< command-line flags" in out


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"rerunqt {cli._version()}"
    assert cli._version() != "0.0.0"


def test_no_arguments_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "rerunqt: error: the following arguments are required: SCRIPT")


def test_missing_script(tmp_path: Path) -> None:
    assert one_error_line(run(tmp_path, "nope.py")) == (
        "rerunqt: error: script not found: 'nope.py'")


def test_broken_symlink_is_not_found(tmp_path: Path) -> None:
    (tmp_path / "link.py").symlink_to(tmp_path / "gone.py")
    assert one_error_line(run(tmp_path, "link.py")) == (
        "rerunqt: error: script not found: 'link.py'")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "demos").mkdir()
    assert one_error_line(run(tmp_path, "demos", "x")) == (
        "rerunqt: error: is a directory, not a script: 'demos'")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read a chmod 000 file")
def test_unreadable_file_subprocess(tmp_path: Path) -> None:
    script = tmp_path / "x.py"
    script.write_text("")
    script.chmod(0)
    assert one_error_line(run(tmp_path, "x.py")) == (
        "rerunqt: error: cannot read script 'x.py': Permission denied")


def test_config_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("")
    assert one_error_line(run(tmp_path, "--runner.fastRerun", "false", "app.py")) == (
        "rerunqt: error: flag --runner.fastRerun: unknown option 'runner.fastRerun'; "
        "did you mean 'runner.fastReruns'?")
    assert one_error_line(run(tmp_path, "app.py", "--window.width", "wide")) == (
        "rerunqt: error: flag --window.width: option 'window.width' expects an integer, "
        "got 'wide'")
    config = tmp_path / ".rerunqt" / "config.toml"
    config.parent.mkdir()
    config.write_text("[runner]\nfastReruns = 'yes'\n")
    assert one_error_line(run(tmp_path, "app.py")) == (
        f"rerunqt: error: {config}, line 2: option 'runner.fastReruns' "
        "expects a bool (true or false), got 'yes'")


def test_out_of_range_sizes_are_one_line_errors(tmp_path: Path) -> None:
    """Once an OverflowError traceback from Qt; negative sizes were accepted."""
    (tmp_path / "app.py").write_text("")
    assert one_error_line(run(tmp_path, "--window.width", "99999999999", "app.py")) == (
        "rerunqt: error: flag --window.width: option 'window.width' must be between "
        "100 and 32767, got 99999999999")
    assert one_error_line(run(tmp_path, "app.py", "--window.height=-300")) == (
        "rerunqt: error: flag --window.height: option 'window.height' must be between "
        "100 and 32767, got -300")
    config = tmp_path / ".rerunqt" / "config.toml"
    config.parent.mkdir()
    config.write_text("[window]\nwidth = 800\n\n[server]\nmaxUploadSize = -1\n")
    assert one_error_line(run(tmp_path, "app.py")) == (
        f"rerunqt: error: {config}, line 5: option 'server.maxUploadSize' must be between "
        "1 and 1048576, got -1")


def test_importing_the_cli_reads_nothing_and_loads_no_qt(tmp_path: Path) -> None:
    broken = tmp_path / "home" / ".rerunqt" / "config.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text("[[[ not toml")
    code = ("import sys, rerunqt.cli, rerunqt.config; "
            "assert 'PySide6' not in sys.modules, 'PySide6 imported'")
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ in-process: success path

class FakeApp:
    """Stands in for ``rerunqt.qt.app`` so no window opens."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, Config, list[str]]] = []
        self.exit_code = 0

    def run_app(self, script_path: Path, config: Config) -> int:
        self.calls.append((script_path, config, list(sys.argv)))
        return self.exit_code


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeApp:
    fake = FakeApp()
    module: Any = types.ModuleType("rerunqt.qt.app")
    module.run_app = fake.run_app
    monkeypatch.setitem(sys.modules, "rerunqt.qt.app", module)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in [k for k in os.environ if k.startswith("RERUNQT_")]:
        monkeypatch.delenv(name)
    (tmp_path / "app.py").write_text("")
    return fake


def test_script_args_and_late_config_flags(app: FakeApp) -> None:
    assert cli.main(["app.py", "a", "b", "--runner.enforceSerializableSessionState",
                     "true"]) == 0
    [(path, config, argv)] = app.calls
    assert path == Path("app.py")
    assert argv == ["app.py", "a", "b"]
    assert config["runner.enforceSerializableSessionState"] is True
    assert config.source("runner.enforceSerializableSessionState") == (
        "flag --runner.enforceSerializableSessionState")


def test_flags_before_script_and_exit_code(app: FakeApp) -> None:
    app.exit_code = 3
    assert cli.main(["--window.width=640", "--theme.base", "dark", "app.py", "-v"]) == 3
    [(_, config, argv)] = app.calls
    assert argv == ["app.py", "-v"]
    assert (config["window.width"], config["theme.base"]) == (640, "dark")


def test_double_dash_passes_the_rest_verbatim(app: FakeApp) -> None:
    assert cli.main(["app.py", "x", "--runner.fastReruns=false", "--",
                     "--runner.magicEnabled", "false", "--", "y"]) == 0
    [(_, config, argv)] = app.calls
    assert argv == ["app.py", "x", "--runner.magicEnabled", "false", "--", "y"]
    assert config["runner.fastReruns"] is False
    assert config["runner.magicEnabled"] is True


def test_script_flags_are_left_alone(app: FakeApp) -> None:
    assert cli.main(["app.py", "--help", "--db.host", "h", "--name=a.b"]) == 0
    [(_, config, argv)] = app.calls
    assert argv == ["app.py", "--help", "--db.host", "h", "--name=a.b"]
    assert config == Config.defaults()


def test_double_dash_before_script(app: FakeApp, tmp_path: Path) -> None:
    (tmp_path / "-odd.py").write_text("")
    assert cli.main(["--", "-odd.py", "--window.height", "500"]) == 0
    [(path, config, argv)] = app.calls
    assert (path, argv, config["window.height"]) == (Path("-odd.py"), ["-odd.py"], 500)


def test_config_files_and_env_reach_the_app(app: FakeApp, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "scripts"
    (scripts / ".rerunqt").mkdir(parents=True)
    (scripts / ".rerunqt" / "config.toml").write_text("[window]\nwidth = 110\nheight = 110\n")
    (scripts / "demo.py").write_text("")
    monkeypatch.setenv("RERUNQT_WINDOW_HEIGHT", "120")
    assert cli.main(["scripts/demo.py"]) == 0
    [(_, config, _)] = app.calls
    assert (config["window.width"], config["window.height"]) == (110, 120)


def test_unreadable_script_in_process(app: FakeApp, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (
        False if str(path) == "app.py" else real_access(path, mode, **kw)))
    assert cli.main(["app.py"]) == 2
    assert capsys.readouterr().err == "rerunqt: error: cannot read script 'app.py': " \
        "Permission denied\n"
    assert app.calls == []


def test_errors_in_process_do_not_reach_the_app(app: FakeApp,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["app.py", "--runner.fastRerun", "0"]) == 2
    assert capsys.readouterr().err == (
        "rerunqt: error: flag --runner.fastRerun: unknown option 'runner.fastRerun'; "
        "did you mean 'runner.fastReruns'? (to pass it to the script instead, put it "
        "after --)\n")
    assert cli.main([]) == 2
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"rerunqt {cli._version()}\n"
    assert app.calls == []


def test_version_falls_back_to_package_version(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert cli._version() == rerunqt.__version__
    monkeypatch.delattr(rerunqt, "__version__")
    assert cli._version() == "0.0.0"


# ------------------------------------------------------------------ no display (issue 8, point 8)

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_no_display_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import rerunqt as st\nst.write('hi')\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM") and not k.startswith("RERUNQT_")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-m", "rerunqt", "app.py"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert one_error_line(result) == (
        "rerunqt: error: no display was found; set DISPLAY (or run under a desktop), "
        "or QT_QPA_PLATFORM=offscreen for tests")


@pytest.mark.parametrize(("env", "platform", "missing"), [
    ({}, "linux", True),
    ({"DISPLAY": ""}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_display_missing(env: dict[str, str], platform: str, missing: bool) -> None:
    assert cli.display_missing(env, platform) is missing


def test_no_display_stops_before_the_app(app: FakeApp, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "display_missing", lambda: True)
    assert cli.main(["app.py"]) == 2
    assert app.calls == []
    assert capsys.readouterr().err.startswith("rerunqt: error: no display was found;")


def test_usage_errors_come_before_the_display_check(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-m", "rerunqt", "missing.py"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=60)
    assert one_error_line(result) == "rerunqt: error: script not found: 'missing.py'"


# ------------------------------------------------------------------ `rerunqt run SCRIPT`

def test_run_is_a_synonym(app: FakeApp) -> None:
    assert cli.main(["run", "app.py", "a", "--runner.fastReruns=false", "b"]) == 0
    [(path, config, argv)] = app.calls
    assert path == Path("app.py")
    assert argv == ["app.py", "a", "b"]
    assert config["runner.fastReruns"] is False


def test_run_with_flags_on_either_side(app: FakeApp) -> None:
    assert cli.main(["--window.width=640", "run", "--theme.base", "dark", "app.py", "-v"]) == 0
    [(_, config, argv)] = app.calls
    assert argv == ["app.py", "-v"]
    assert (config["window.width"], config["theme.base"]) == (640, "dark")


def test_a_script_named_run_is_still_run(app: FakeApp, tmp_path: Path) -> None:
    (tmp_path / "run").write_text("")
    assert cli.main(["run", "app.py"]) == 0
    [(path, _, argv)] = app.calls
    assert path == Path("run")
    assert argv == ["run", "app.py"]


def test_run_without_a_script_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path, "run")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "rerunqt: error: the following arguments are required: SCRIPT")


def test_run_with_a_missing_script(tmp_path: Path) -> None:
    assert one_error_line(run(tmp_path, "run", "nope.py")) == (
        "rerunqt: error: script not found: 'nope.py'")


def test_help_mentions_run(tmp_path: Path) -> None:
    assert "rerunqt run SCRIPT" in run(tmp_path, "--help").stdout


def test_a_plain_start_needs_no_argparse(tmp_path: Path) -> None:
    """``rerunqt app.py [flags]`` is parsed without argparse (and its gettext): start-up."""
    script = tmp_path / "app.py"
    script.write_text("import rerunqt as st\n")
    code = ("import sys\nfrom rerunqt import cli\n"
            f"name, args, config = cli._prepare([{str(script)!r}, '--runner.fastReruns', 'false', 'x'])\n"
            "print(name.endswith('app.py'), args, config['runner.fastReruns'], 'argparse' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(rerunqt.__file__).parents[1])})
    assert result.stdout.split() == ["True", "['x']", "False", "False"], result.stderr
