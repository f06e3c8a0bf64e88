"""The script's own source files: which local modules it imported, and a save that broke it.

Live reload (qt/reload.py) watches these files; before the rerun a save asks for, the
changed modules leave ``sys.modules`` so the script's ``import`` loads them again.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rerunqt.core.context import RunContext
from rerunqt.core.element import Element
from rerunqt.runner.script import ScriptSource

SOURCE_ERROR_KEY = ("source error", 0)  # the error of a save that does not compile
_SKIPPED_PARTS = frozenset({"site-packages", "dist-packages", "__pycache__"})
_SITE_PACKAGES = f"{os.sep}site-packages{os.sep}"


class LocalModules:
    """Finds the modules imported from the script's folder; remembers what it looked at.

    ``sys.modules`` rarely grows between runs, so only new entries are looked at.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = os.path.realpath(folder) + os.sep
        # Files under the interpreter's own library folders are never the script's, unless
        # the script lives there: skipped without a realpath (~150 of them at start-up).
        stdlib = os.path.dirname(os.__file__) + os.sep
        self._library = () if self.folder.startswith(stdlib) else (stdlib,)
        self._skip_site = _SITE_PACKAGES not in self.folder
        self._looked: dict[str, str | None] = {}  # module name -> its local file, or None
        self._count = -1
        self._paths: list[str] = []

    def paths(self) -> list[str]:
        if len(sys.modules) == self._count:  # nothing imported since (the usual rerun)
            return self._paths
        for name, module in _modules().items():
            if name not in self._looked:
                self._looked[name] = self._local_file(name, module)
        self._count = len(sys.modules)
        self._paths = sorted({path for path in self._looked.values() if path is not None})
        return self._paths

    def _local_file(self, name: str, module: types.ModuleType | None) -> str | None:
        file = getattr(module, "__file__", None)
        if name == "__main__" or not isinstance(file, str) or not file.endswith(".py"):
            return None
        if name == "rerunqt" or name.startswith("rerunqt."):
            return None  # a script beside a rerunqt checkout: never reload rerunqt itself
        if file.startswith(self._library) or (self._skip_site and _SITE_PACKAGES in file):
            return None
        path = os.path.realpath(file)
        if not path.startswith(self.folder):
            return None
        if _SKIPPED_PARTS.intersection(Path(path[len(self.folder):]).parts):
            return None  # a virtual environment inside the project folder
        return path


def _modules() -> dict[str, types.ModuleType]:
    """A snapshot of ``sys.modules``, taken in one C call. The GUI thread reads it while
    the script thread imports: ``list(sys.modules.items())`` builds tuples as it goes,
    a garbage collection there runs Python callbacks, another thread imports, and the
    iteration failed ("dictionary changed size during iteration")."""
    return sys.modules.copy()


def forget(paths: Iterable[str]) -> list[str]:
    """Drop the modules loaded from ``paths`` from ``sys.modules``; their names."""
    wanted = {os.path.realpath(p) for p in paths}
    names = []
    for name, module in _modules().items():
        file = getattr(module, "__file__", None)
        if name != "__main__" and isinstance(file, str) and os.path.realpath(file) in wanted:
            del sys.modules[name]
            names.append(name)
    return names


def compile_script(ctx: RunContext, script: ScriptSource,
                   error_props: Callable[[BaseException], tuple[tuple[str, Any], ...]]
                   ) -> Any:
    """The script's code, or None after showing why its source does not compile.

    A save with a syntax error (or a file caught mid-save) must not wipe the page: the
    error goes above the last good page (``above``) until a save fixes it.
    """
    try:
        return script.code()
    except (SyntaxError, ValueError, OSError) as exc:
        ctx.add_widget("exception", SOURCE_ERROR_KEY, error_props(exc))
        return None


def is_local_syntax_error(exc: BaseException, folder: Path) -> bool:
    """A saved local module that does not compile (raised by the script's import of it)."""
    if not isinstance(exc, SyntaxError) or not isinstance(exc.filename, str):
        return False
    path = os.path.realpath(exc.filename)
    return path.startswith(os.path.realpath(folder) + os.sep) and os.path.isfile(path)


def above(tree: tuple[Element, ...], last_good: tuple[Element, ...]) -> tuple[Element, ...]:
    """The source error on top of the last good page (what the broken run drew is dropped)."""
    error = tuple(e for e in tree if e.key == SOURCE_ERROR_KEY)
    return error + tuple(e for e in last_good if e.key != SOURCE_ERROR_KEY)
