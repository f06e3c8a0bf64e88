"""What a script needs in its bundle, read from its imports (``ast``), never guessed.

A name the script imports is *local* when a module or package of that name lies in the
script's folder (as it would be found at run time: the runner puts that folder first on
``sys.path``); local modules are followed in turn. ``pages/*.py`` and the scripts named
in ``st.Page("views/a.py")`` calls are entry points too. Every other top-level name
that is not part of the standard library, rerunqt, or the ``streamlit`` alias is a
third-party package for PyInstaller to collect.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Analysis", "ScriptSyntaxError", "analyse", "parse"]

PROVIDED = frozenset({"rerunqt", "streamlit", "__future__"})  # streamlit: rerunqt.compat
# st.* calls whose elements draw with pyqtgraph (a metric's sparkline too)
CHART_NAMES = frozenset({"line_chart", "area_chart", "bar_chart", "scatter_chart", "map",
                         "plotly_chart", "altair_chart", "vega_lite_chart", "metric",
                         "echarts_chart"})
# st.* calls whose elements need a Qt module from PySide6-Addons, which rerunqt imports
# only when the element is first shown (the app itself never imports it)
MEDIA_MODULES = {"audio": ("QtMultimedia", "QtMultimediaWidgets"),
                 "video": ("QtMultimedia", "QtMultimediaWidgets"),
                 "camera_input": ("QtMultimedia", "QtMultimediaWidgets"),
                 "audio_input": ("QtMultimedia",), "pdf": ("QtPdf", "QtPdfWidgets")}


class ScriptSyntaxError(Exception):
    """A file of the app does not parse; the message names file and line."""


@dataclass
class Analysis:
    """Files and packages of one app."""

    folder: Path
    entry_points: list[Path] = field(default_factory=list)  # the script, then pages/*.py
    local_files: set[Path] = field(default_factory=set)  # local modules and package files
    third_party: set[str] = field(default_factory=set)  # top-level names to collect
    attributes: set[str] = field(default_factory=set)  # st.<name> uses, for optional parts
    qt_modules: set[str] = field(default_factory=set)  # PySide6 modules imported: QtNetwork
    stdlib: set[str] = field(default_factory=set)  # standard-library modules imported

    @property
    def uses_charts(self) -> bool:
        return bool(self.attributes & CHART_NAMES) or "pyqtgraph" in self.third_party

    @property
    def media_qt_modules(self) -> set[str]:
        """Qt modules the app's media elements load (st.audio, st.video, st.pdf...)."""
        return {m for name in self.attributes & MEDIA_MODULES.keys() for m in MEDIA_MODULES[name]}

    @property
    def uses_connection(self) -> bool:
        return "connection" in self.attributes


def _shown(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse(path: Path) -> ast.Module:
    """The file's syntax tree; a syntax error becomes one line with file and line."""
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise ScriptSyntaxError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    try:
        return ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        raise ScriptSyntaxError(f"syntax error in {_shown(path)}:{exc.lineno}: {exc.msg}") from None
    except ValueError as exc:  # null bytes
        raise ScriptSyntaxError(f"cannot parse {path}: {exc}") from None


def _imported(tree: ast.Module, module_path: Path, folder: Path) -> list[str]:
    """Absolute dotted names imported anywhere in the file (relative ones resolved)."""
    names: list[str] = []
    package = _package_of(module_path, folder)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".") if package else []
                keep = parts[: len(parts) - node.level + 1] if node.level <= len(parts) else []
                base = ".".join([*keep, base] if base else keep)
            if base:
                names.append(base)
                names += [f"{base}.{alias.name}" for alias in node.names if alias.name != "*"]
    return names


def _package_of(module_path: Path, folder: Path) -> str:
    """The dotted package a file belongs to, relative to the app folder ('' at top level)."""
    try:
        relative = module_path.parent.relative_to(folder)
    except ValueError:
        return ""
    return ".".join(relative.parts)


def _local_files(dotted: str, folder: Path) -> list[Path]:
    """The files under ``folder`` that importing ``dotted`` runs (packages' __init__ too)."""
    parts = dotted.split(".")
    found: list[Path] = []
    here = folder
    for i, part in enumerate(parts):
        package, module = here / part / "__init__.py", here / f"{part}.py"
        if package.is_file():
            found.append(package)
            here = here / part
        elif module.is_file():
            found.append(module)
            break
        elif i == 0 and (here / part).is_dir() and any((here / part).glob("*.py")):
            here = here / part  # a namespace package beside the script
        else:
            break
    return found


def _stdlib(name: str) -> bool:
    return name in sys.stdlib_module_names or name in sys.builtin_module_names


def _page_scripts(tree: ast.Module, folder: Path) -> list[Path]:
    """Scripts named in ``st.Page("views/a.py")`` calls (st.navigation apps), if they exist."""
    found: list[Path] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        first = node.args[0]
        if name == "Page" and isinstance(first, ast.Constant) and isinstance(first.value, str):
            path = (folder / first.value).resolve()
            if path.suffix == ".py" and path.is_file() and path.is_relative_to(folder):
                found.append(path)
    return found


def _attributes(tree: ast.Module) -> set[str]:
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}


def analyse(script: Path) -> Analysis:
    """Follow the script's imports (and its pages') through the files beside it."""
    folder = script.resolve().parent
    result = Analysis(folder=folder)
    pages = sorted((folder / "pages").glob("*.py")) if (folder / "pages").is_dir() else []
    result.entry_points = [script.resolve(), *(p.resolve() for p in pages)]
    todo = list(result.entry_points)
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        tree = parse(path)
        result.attributes |= _attributes(tree)
        for page in _page_scripts(tree, folder):
            if page not in result.entry_points:
                result.entry_points.append(page)
                todo.append(page)
        for dotted in _imported(tree, path, folder):
            top = dotted.split(".")[0]
            if top == "PySide6" and dotted.count(".") >= 1:
                result.qt_modules.add(dotted.split(".")[1])
            files = _local_files(dotted, folder)
            if files:
                for file in files:
                    result.local_files.add(file)
                    todo.append(file)
            elif _stdlib(top):
                result.stdlib.add(top)
            elif top not in PROVIDED and not (folder / top).exists():
                result.third_party.add(top)
    result.local_files -= set(result.entry_points)
    return result
