"""`rerunqt package` errors: one line each, exit status 2, nothing built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rerunqt.cli import main
from rerunqt.package import command

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    script = tmp_path / "app.py"
    script.write_text("import rerunqt as st\nst.write('hi')\n")
    return script


def error_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["package", *argv])
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("rerunqt package: error: ")
    assert not (Path("dist").exists() and any(Path("dist").iterdir()))
    return lines[0]


def test_a_missing_script(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "script not found: 'nope.py'" in error_of(capsys, "nope.py")


def test_a_syntax_error_names_file_and_line(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app.write_text("x = 1\nif x\n")
    assert "syntax error in app.py:2: " in error_of(capsys, str(app))


def test_an_unknown_option(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "unrecognized arguments: --frobnicate" in error_of(capsys, "app.py", "--frobnicate")


@pytest.mark.parametrize(("name", "content", "says"), [
    ("icon.png", None, "no such file"),
    ("icon.gif", b"GIF89a", "not an icon file; use one of .png, .ico, .icns, .svg"),
    ("icon.png", b"this is text", "not a valid png image"),
    ("icon.ico", PNG, "not a valid ico image"),
])
def test_a_bad_icon(app: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None,
                    says: str) -> None:
    if content is not None:
        Path(name).write_bytes(content)
    line = error_of(capsys, "app.py", "--icon", name)
    assert f"--icon {name!r}" in line and says in line


def test_an_existing_bundle_needs_clean(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (Path("dist") / "app").mkdir(parents=True)
    (Path("dist") / "app" / "old").write_text("kept")
    code = main(["package", "app.py"])
    err = capsys.readouterr().err
    assert code == 2 and "already exists; pass --clean to replace it" in err
    assert (Path("dist") / "app" / "old").read_text() == "kept"


def test_missing_add_data_source(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "'missing.csv' does not exist" in error_of(capsys, "app.py", "--add-data", "missing.csv:.")


@pytest.mark.parametrize("value", ["data.csv", "data.csv:/etc", "data.csv:../up"])
def test_bad_add_data_forms(app: Path, capsys: pytest.CaptureFixture[str], value: str) -> None:
    Path("data.csv").write_text("a,b\n")
    assert f"--add-data {value!r}" in error_of(capsys, "app.py", "--add-data", value)


def test_a_bad_name(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "--name 'a/b' cannot be a file name" in error_of(capsys, "app.py", "--name", "a/b")


def test_without_the_extra_it_says_how_to_install(app: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(command.importlib.util, "find_spec",
                        lambda name, *a: None if name == "PyInstaller" else real(name, *a))
    assert "pip install 'rerunqt[package]'" in error_of(capsys, "app.py")


def test_help_lists_the_options(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["package", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--name", "--icon", "--add-data", "--onefile", "--clean", "--include-secrets"):
        assert option in out


def test_a_file_named_package_is_still_a_script(app: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """As with `run`: a script file called `package` is run, not taken as the subcommand."""
    Path("package").write_text("")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["package"]) == 2
    assert "no display was found" in capsys.readouterr().err  # it got as far as opening it
