"""``rerunqt [options] SCRIPT [script args...]``: check the script, load config, open the app.

``rerunqt run SCRIPT ...`` is the same (``streamlit run`` habit), unless a file named
``run`` exists: that is then the script. ``rerunqt hello`` opens the bundled demos;
``rerunqt package SCRIPT`` builds a desktop bundle (rerunqt/package/).

Qt is imported only once the script and the config are known to be good, so ``--help``,
``--version`` and every usage error are fast and print one line, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

from rerunqt.config import (
    OPTIONS,
    Config,
    is_dotted_flag,
    load_config,
    parse_cli_config_flags,
)
from rerunqt.errors import ConfigError

__all__ = ["main"]

PROG = "rerunqt"
USAGE = "%(prog)s [--help] [--version] [--section.option VALUE ...] SCRIPT [script args...]"


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


def _options_help() -> str:
    """The config section of ``--help``: every option, its type, default and variable."""
    lines = [
        "config options:",
        "  Set each as a flag (--section.option VALUE or --section.option=VALUE, before",
        "  or after SCRIPT), in a config.toml ([section] then option = value), or in an",
        "  environment variable RERUNQT_<SECTION>_<OPTION>. Bools accept true/false,",
        "  1/0, yes/no in flags and variables; \"env:VAR\" in a file reads variable VAR.",
        "",
    ]
    for option in (o for o in OPTIONS.values() if o.listed):
        default = option.default
        shown = str(default).lower() if isinstance(default, bool) else str(default)
        shown = "unset" if default is None else shown
        kind = "|".join(option.choices) or ("list" if option.type is tuple else option.type.__name__)
        lines.append(f"  --{option.key} {kind.upper() if not option.choices else kind}")
        limits = f" Range: {option.bounds[0]} to {option.bounds[1]}." if option.bounds else ""
        detail = f"{option.description}{limits} Default: {shown}. Env: {option.env_var}."
        lines += textwrap.wrap(detail, 86, initial_indent=" " * 6, subsequent_indent=" " * 6)
    lines += textwrap.wrap(
        "  The colour, font and radius options of [theme] can also be set per base theme "
        "and for the sidebar, as in Streamlit: [theme.light], [theme.dark], [theme.sidebar], "
        "[theme.light.sidebar], [theme.dark.sidebar]; a [theme.light] or [theme.dark] value "
        "wins over [theme]'s when that base is shown.", 88, subsequent_indent="  ")
    lines += [
        "",
        "precedence (later wins):",
        "  defaults < ~/.rerunqt/config.toml < ./.rerunqt/config.toml (current directory)",
        "  < .rerunqt/config.toml beside SCRIPT < RERUNQT_* environment variables",
        "  < command-line flags",
        "",
        "Arguments after SCRIPT go to the script (in sys.argv), except --section.option",
        "flags naming a config option; after `--` everything goes to the script verbatim.",
        "",
        "saved session state ([state] persist = true):",
        "  rerunqt state show SCRIPT    print the values kept for SCRIPT",
        "  rerunqt state clear SCRIPT   delete them",
        "",
        "share the app as a desktop bundle (pip install 'rerunqt[package]'):",
        "  rerunqt package SCRIPT [--name N] [--icon FILE] [--add-data SRC:DEST] [--onefile]",
        "                  [--clean] [--include-secrets]   see `rerunqt package --help`",
    ]
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    """Writes the long epilog (every config option) only when help is shown: start-up."""

    def format_help(self) -> str:
        if self.epilog is None:
            self.epilog = _options_help()
        return super().format_help()


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up (importlib.metadata) only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"{PROG} {_version()}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        usage=USAGE,
        description="Run a Streamlit-style Python script as a native Qt desktop app. "
                    "`rerunqt run SCRIPT ...` works too, as with `streamlit run`.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("script", metavar="SCRIPT", help="the Python script to run")
    parser.add_argument("script_args", metavar="script args", nargs="*", default=[],
                        help="arguments the script sees in sys.argv[1:]")
    return parser


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
    args = _parser().parse_args([*ours, "--", script] if script is not None else ours)
    path = _check_script(args.script)
    late_flags, script_args = _script_args(after)
    config = load_config(path, {**flags, **late_flags})
    return args.script, script_args, config


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
