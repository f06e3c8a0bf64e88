"""Loading and executing the user's script: compile cache, magic, a fresh ``__main__``."""

from __future__ import annotations

import ast
import os
import sys
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from rerunqt.compat.hook import script_builtins, script_imports
from rerunqt.core.write import magic_write
from rerunqt.runner.magic import MAGIC_NAME, add_magic

# Scripts run on a worker thread: pyplot must draw with Agg (st.pyplot shows the picture),
# never open a GUI window there. An environment variable, so matplotlib is not imported.
os.environ.setdefault("MPLBACKEND", "Agg")

def magic_extras(options: Mapping[str, object]) -> tuple[bool, bool]:
    """Streamlit's notebook-like magic options, as ScriptSource takes them."""
    return (bool(options.get("magic.displayRootDocString")),
            bool(options.get("magic.displayLastExprIfNoSemicolon")))


class ScriptSource:
    """The script file, compiled once per change of its contents."""

    def __init__(self, path: str | os.PathLike[str], magic: bool = True,
                 magic_extras: tuple[bool, bool] = (False, False)) -> None:
        self.path = Path(path).resolve()
        self._file = str(self.path)  # os.stat on a str: no pathlib work on every run
        self._folder = self.path.parent  # (for every run: Path.parent is not cached)
        self._folder_str = str(self._folder)
        self.magic = magic
        # magic.displayRootDocString, magic.displayLastExprIfNoSemicolon (Streamlit's)
        self.magic_extras = magic_extras
        # a page's app folder (the entry script's): on sys.path and local for imports too,
        # as Streamlit puts the main script's folder on sys.path for every page
        self.app_folder: Path | None = None
        self._stamp: tuple[int, int] | None = None
        self._code: types.CodeType | None = None
        self.extra_globals: dict[str, object] = {}

    def code(self) -> types.CodeType:
        """The compiled script; raises SyntaxError (shown in the window) on bad source."""
        stat = os.stat(self._file)
        stamp = (stat.st_mtime_ns, stat.st_size)
        if self._code is None or stamp != self._stamp:
            source = self.path.read_bytes()
            tree = ast.parse(source, filename=str(self.path))
            if self.magic:
                tree = add_magic(tree, *self.magic_extras, source=source)
            self._code = compile(tree, str(self.path), "exec", dont_inherit=True)
            self._stamp = stamp
        return self._code

    def execute(self, code: types.CodeType) -> None:
        """Run ``code`` in a brand-new ``__main__`` module with the script's dir on sys.path.

        A fresh module each run means no variable leaks between runs, and
        ``if __name__ == "__main__":`` and pickling of script classes work. Its builtins
        alias ``import streamlit`` to rerunqt, for this run only (rerunqt.compat.hook).
        """
        module = types.ModuleType("__main__")
        namespace = module.__dict__
        namespace["__file__"] = self._file
        namespace["__builtins__"] = script_builtins()
        namespace[MAGIC_NAME] = magic_write
        namespace.update(self.extra_globals)
        app = self.app_folder
        more = (app,) if app is not None and app != self._folder else ()
        with _as_main(module), _on_sys_path(self._folder_str, *map(str, more)), \
                script_imports(self._folder, *more):
            exec(code, namespace)


@contextmanager
def _as_main(module: types.ModuleType) -> Iterator[None]:
    previous = sys.modules.get("__main__")
    sys.modules["__main__"] = module
    try:
        yield
    finally:
        if previous is not None:
            sys.modules["__main__"] = previous


@contextmanager
def _on_sys_path(*directories: str) -> Iterator[None]:
    """The folders at the front of sys.path (the first first) while the block runs."""
    added = [d for d in directories if d not in sys.path]
    sys.path[0:0] = added
    try:
        yield
    finally:
        for directory in added:
            try:
                sys.path.remove(directory)
            except ValueError:
                pass
