"""The ``rerunqt`` command's argparse parser: only for ``--help``, ``--version``, an
unknown option or a missing SCRIPT. ``rerunqt app.py`` needs none of it (argparse and
its gettext are not imported at start-up)."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

from rerunqt.config import OPTIONS

PROG = "rerunqt"
USAGE = "%(prog)s [--help] [--version] [--section.option VALUE ...] SCRIPT [script args...]"


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
        from rerunqt.cli import _version  # the tests replace it there

        print(f"{PROG} {_version()}")
        parser.exit()


def parser() -> argparse.ArgumentParser:
    made = _Parser(
        prog=PROG,
        usage=USAGE,
        description="Run a Streamlit-style Python script as a native Qt desktop app. "
                    "`rerunqt run SCRIPT ...` works too, as with `streamlit run`.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    made.add_argument("--version", action=_VersionAction)
    made.add_argument("script", metavar="SCRIPT", help="the Python script to run")
    made.add_argument("script_args", metavar="script args", nargs="*", default=[],
                      help="arguments the script sees in sys.argv[1:]")
    return made
