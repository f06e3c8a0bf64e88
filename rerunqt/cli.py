"""``rerunqt [options] SCRIPT [script args...]``: check the script, load config, open the app.

``rerunqt run SCRIPT ...`` is the same (``streamlit run`` habit), unless a file named
``run`` exists: that is then the script. ``rerunqt hello`` opens the bundled demos;
``rerunqt package SCRIPT`` builds a desktop bundle (rerunqt/package/).

Qt is imported only once the script and the config are known to be good, so ``--help``,
``--version`` and every usage error are fast and print one line, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from rerunqt.config import (
    Config,
    is_dotted_flag,
    load_config,
    parse_cli_config_flags,
)
from rerunqt.errors import ConfigError

__all__ = ["main"]

PROG = "rerunqt"


class _UsageError(Exception):
    """A problem with the command line; reported as one ``rerunqt: error:`` line."""


def _version() -> str:
    """The installed distribution's version; the package's own when run from a checkout."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rerunqt")
    except PackageNotFoundError:
        import rerunqt

        return str(getattr(rerunqt, "__version__", "0.0.0"))


def _split(argv: Sequence[str]) -> tuple[list[str], str | None, list[str]]:
    """(our args before SCRIPT, SCRIPT or None, the args after it)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            script = argv[i + 1] if i + 1 < len(argv) else None
            return list(argv[:i]), script, list(argv[i + 2:])
        if is_dotted_flag(arg) and "=" not in arg:
            i += 2  # the flag and its value
        elif arg.startswith("-") and arg != "-":
            i += 1
        else:
            return list(argv[:i]), arg, list(argv[i + 1:])
    return list(argv), None, []


def _without_run(before: list[str], script: str | None,
                 after: list[str]) -> tuple[list[str], str | None, list[str]]:
    """``rerunqt [options] run [options] SCRIPT ...``: drop ``run``, unless it is a file."""
    if script != "run" or Path(script).is_file():
        return before, script, after
    more, script, after = _split(after)
    return [*before, *more], script, after


def display_missing(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Linux with no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM chosen.

    Qt would abort there (SIGABRT) with a message about libxcb-cursor0 that misleads.
    """
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


NO_DISPLAY = ("no display was found; set DISPLAY (or run under a desktop), "
              "or QT_QPA_PLATFORM=offscreen for tests")


def _check_script(script: str) -> Path:
    """The script's path if it is a readable file; else a one-line reason."""
    path = Path(script)
    if not path.exists():
        raise _UsageError(f"script not found: {script!r}")
    if path.is_dir():
        raise _UsageError(f"is a directory, not a script: {script!r}")
    if not os.access(path, os.R_OK):
        raise _UsageError(f"cannot read script {script!r}: Permission denied")
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise _UsageError(f"cannot read script {script!r}: {exc.strerror or exc}") from None
    return path


def _script_args(after: list[str]) -> tuple[dict[str, str], list[str]]:
    """Config flags among the script's args (until ``--``) and what the script gets."""
    flags, rest = parse_cli_config_flags(after, strict=False)
    if "--" in rest:
        cut = rest.index("--")
        rest = rest[:cut] + rest[cut + 1:]
    return flags, rest


def hello_script() -> Path:
    """The bundled demo gallery (installed with the package, or in a checkout)."""
    from importlib import resources  # tempfile, shutil, random...: only for `rerunqt hello`

    try:
        installed = Path(str(resources.files("rerunqt.demos") / "hello.py"))
        if installed.is_file():
            return installed
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[1] / "demos" / "hello.py"


def _prepare(argv: Sequence[str]) -> tuple[str, list[str], Config]:
    """Parse and validate everything; raises _UsageError, ConfigError or SystemExit."""
    before, script, after = _without_run(*_split(argv))
    if script == "hello" and not Path(script).is_file():  # `rerunqt hello`: the demo gallery
        script = str(hello_script())
    flags, ours = parse_cli_config_flags(before)
    if ours or script is None:  # --help, --version, an unknown option, no SCRIPT: argparse
        from rerunqt.cli_parser import parser

        script = parser().parse_args([*ours, "--", script] if script is not None else ours).script
    assert script is not None
    path = _check_script(script)
    late_flags, script_args = _script_args(after)
    config = load_config(path, {**flags, **late_flags})
    return script, script_args, config


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``rerunqt`` command and ``python -m rerunqt``; returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["state"] and not Path("state").is_file():  # rerunqt state show|clear SCRIPT
        from rerunqt.cli_state import state_command

        return state_command(args[1:])
    if args[:1] == ["package"] and not Path("package").is_file():  # rerunqt package SCRIPT
        from rerunqt.package.command import package_command

        return package_command(args[1:])
    try:
        script, script_args, config = _prepare(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except (_UsageError, ConfigError) as exc:
        message = " ".join(str(exc).split("\n"))
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 2
    if display_missing():
        print(f"{PROG}: error: {NO_DISPLAY}", file=sys.stderr)
        return 2
    sys.argv = [script, *script_args]
    try:
        from rerunqt.qt.app import run_app
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("PySide6"):
            raise
        print(f"{PROG}: error: PySide6 is not installed; install it with "
              "'pip install PySide6'", file=sys.stderr)
        return 2
    return int(run_app(Path(script), config))
