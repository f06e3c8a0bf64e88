"""``rerunqt package SCRIPT [options]``: check everything first, then build.

Every mistake is one ``rerunqt package: error:`` line and exit status 2, found before
PyInstaller starts: a missing script, a syntax error (file:line), an unknown option, a
bad icon or data path, an existing bundle without ``--clean``, PyInstaller missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path
from typing import NoReturn

from rerunqt.package.analysis import ScriptSyntaxError, analyse
from rerunqt.package.icons import IconError, check_icon

__all__ = ["PackageUsageError", "package_command", "parse_add_data"]

PROG = "rerunqt package"
INSTALL_HINT = ("PyInstaller is not installed; install the packaging extra with "
                "pip install 'rerunqt[package]'")


class PackageUsageError(Exception):
    """A problem with the command; one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise PackageUsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description=(
        "Build a desktop bundle of SCRIPT that runs without Python: dist/NAME/NAME "
        "(NAME.exe on Windows, NAME.app on macOS). Build on each OS for that OS."))
    parser.add_argument("script", metavar="SCRIPT", help="the app's main script")
    parser.add_argument("--name", help="the app's name: executable, window title, app-data "
                        "folders (default: the script's file name without .py)")
    parser.add_argument("--icon", metavar="FILE", help="the app's icon (.png, .svg, .ico or .icns)")
    parser.add_argument("--add-data", metavar="SRC:DEST", action="append", default=[],
                        help="also ship file or folder SRC, at DEST relative to the script's "
                             "folder (';' instead of ':' works too); repeatable")
    parser.add_argument("--onefile", action="store_true",
                        help="one executable file instead of a folder (starts slower)")
    parser.add_argument("--clean", action="store_true",
                        help="replace an existing dist/NAME (atomically, once the new one is built)")
    parser.add_argument("--include-secrets", action="store_true",
                        help="ship .streamlit/secrets.toml and .rerunqt/secrets.toml too")
    parser.add_argument("--dist", metavar="DIR", default="dist", help="output folder (default: dist)")
    return parser


def parse_add_data(value: str) -> tuple[Path, str]:
    """``SRC:DEST`` (or ``SRC;DEST``) -> (existing source path, destination folder)."""
    for separator in (";", ":"):
        source, sep, dest = value.rpartition(separator)
        if sep and source and not (separator == ":" and len(source) == 1):  # C:\\ on Windows
            break
    else:
        raise PackageUsageError(f"--add-data {value!r} is not SRC:DEST; e.g. --add-data data.csv:.")
    path = Path(source)
    if not path.exists():
        raise PackageUsageError(f"--add-data {value!r}: {source!r} does not exist")
    if Path(dest).is_absolute() or ".." in Path(dest).parts:
        raise PackageUsageError(f"--add-data {value!r}: DEST must be a folder inside the app, "
                                "relative to the script's folder, such as '.' or 'data'")
    return path.resolve(), dest or "."


def _check_script(script: str) -> Path:
    path = Path(script)
    if not path.is_file():
        what = "is a directory, not a script" if path.is_dir() else "script not found"
        raise PackageUsageError(f"{what}: {script!r}")
    return path


def _check_name(name: str) -> str:
    if not name or name in (".", "..") or any(c in name for c in '/\\:*?"<>|') or name.startswith("."):
        raise PackageUsageError(f"--name {name!r} cannot be a file name; use letters, digits, "
                                "'-' and '_', such as --name MyApp")
    return name


def plan_from_args(argv: list[str]) -> object:
    """Everything checked; a BuildPlan (typed loosely: build imports nothing heavy)."""
    from rerunqt.package.build import BuildPlan

    args = _parser().parse_args(argv)
    script = _check_script(args.script)
    name = _check_name(args.name if args.name is not None else script.stem)
    try:
        analysis = analyse(script)
        icon = check_icon(Path(args.icon)) if args.icon else None
    except (ScriptSyntaxError, IconError) as exc:
        raise PackageUsageError(str(exc)) from None
    add_data = [parse_add_data(value) for value in args.add_data]
    dist = Path(args.dist).resolve()
    target = dist / (f"{name}.exe" if sys.platform == "win32" and args.onefile else name)
    if (target.exists() or target.is_symlink()) and not args.clean:
        raise PackageUsageError(f"{target} already exists; pass --clean to replace it "
                                "(the old bundle stays until the new one is built)")
    if importlib.util.find_spec("PyInstaller") is None:
        raise PackageUsageError(INSTALL_HINT)
    return BuildPlan(script=script.resolve(), name=name, analysis=analysis, dist=dist,
                     work=Path("build").resolve() / name, icon=icon, add_data=add_data,
                     onefile=args.onefile, clean=args.clean, include_secrets=args.include_secrets)


def bundle_size(path: Path) -> int:
    """Bytes on disk of a bundle: its files, each counted once (links are not followed)."""
    if not path.is_dir():
        return path.stat().st_size
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def package_command(argv: list[str]) -> int:
    """The ``rerunqt package`` subcommand; returns the exit status."""
    from rerunqt.package.build import BuildError, BuildPlan, build

    try:
        plan = plan_from_args(argv)
    except PackageUsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    assert isinstance(plan, BuildPlan)
    third = ", ".join(sorted(plan.analysis.third_party)) or "none"
    print(f"{PROG}: building {plan.name} from {plan.script.name}: "
          f"{len(plan.analysis.local_files)} local modules, "
          f"{len(plan.analysis.entry_points) - 1} pages, third-party: {third}", flush=True)
    try:
        final, said, seconds = build(plan)
    except BuildError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was changed in {plan.dist}", file=sys.stderr)
        return 130
    for line in said:
        print(f"{PROG}: {line}")
    size = bundle_size(final)
    print(f"{PROG}: built {os.path.relpath(final)} ({size / 1e6:.0f} MB) in {seconds:.0f} s")
    return 0
