"""``import streamlit`` inside a script's run means rerunqt, and nowhere else.

Two pieces, both scoped to the run so nothing changes for other code in the process
(a real Streamlit, if installed, stays importable by everyone else):

- the script's globals get their own ``__builtins__`` whose ``__import__`` maps
  ``streamlit`` and ``streamlit.*`` to ``rerunqt.compat.streamlit``. ``sys.modules`` is
  never touched, so no other module sees the alias;
- a meta-path finder, active only while a script runs on this thread (a context
  variable), gives the same builtins to the script's own local modules (files under the
  script's folder, or a page's app folder; not an installed package) imported during the
  run, so a helper module's ``import streamlit as st`` is aliased too.
"""

from __future__ import annotations

import builtins
import importlib
import importlib.machinery
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

ALIAS_PACKAGE = "rerunqt.compat.streamlit"
_ORIGINAL_IMPORT = builtins.__import__
_script_dirs: ContextVar[tuple[Path, ...]] = ContextVar("rerunqt_alias_script_dirs", default=())
_INSTALLED_PACKAGE_DIRS = frozenset({"site-packages", "dist-packages", ".venv", "venv"})


# streamlit.navigation(.page) is a package beside the alias: st.navigation is a function
_NAVIGATION, _NAVIGATION_TARGET = "streamlit.navigation", "rerunqt.compat.streamlit_navigation"


def _alias_target(name: str) -> str | None:
    """``rerunqt.compat.streamlit[.sub]`` for ``streamlit[.sub]``; None for other names."""
    if name == _NAVIGATION or name.startswith(_NAVIGATION + "."):
        return _NAVIGATION_TARGET + name[len(_NAVIGATION):]
    if name == "streamlit" or name.startswith("streamlit."):
        return ALIAS_PACKAGE + name[len("streamlit"):]
    return None


def _import_alias(name: str, target: str) -> types.ModuleType:
    try:
        return importlib.import_module(target)
    except ModuleNotFoundError as exc:
        if exc.name is None or not exc.name.startswith(ALIAS_PACKAGE):
            raise  # a real missing dependency inside an alias module
        from rerunqt.compat.unsupported import module_error

        raise module_error(name) from None


def aliasing_import(name: str, globals: Any = None, locals: Any = None,
                    fromlist: Sequence[str] | None = (), level: int = 0) -> types.ModuleType:
    """``__import__`` for a script: ``streamlit...`` is rerunqt, everything else as usual."""
    target = _alias_target(name) if level == 0 else None
    if target is None:
        return _ORIGINAL_IMPORT(name, globals, locals, fromlist or (), level)
    module = _import_alias(name, target)
    if not fromlist:
        return _import_alias("streamlit", ALIAS_PACKAGE)  # `import streamlit.x` binds streamlit
    for item in fromlist:  # `from streamlit.components import v1`: v1 is a submodule
        if item != "*" and not hasattr(module, item):
            try:
                importlib.import_module(f"{target}.{item}")
            except ModuleNotFoundError:
                pass  # IMPORT_FROM then raises the module's own clear error
    return module


def script_builtins() -> dict[str, Any]:
    """A fresh builtins mapping for one module: the real builtins, aliasing ``__import__``."""
    namespace = dict(builtins.__dict__)
    namespace["__import__"] = aliasing_import
    return namespace


# Plain classes, not importlib.abc's: importing importlib.abc pulls in importlib.resources
# and tempfile at start-up, and sys.meta_path only needs find_spec (a loader, exec_module).
class _LocalModuleLoader:
    """Wraps a local module's loader so the module runs with ``script_builtins()``."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__["__builtins__"] = script_builtins()
        self._loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename... for tracebacks
        return getattr(self._loader, name)


class _LocalModuleFinder:
    """Active only while a script runs on this thread: finds the script's own modules."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        folders = _script_dirs.get()
        if not folders or _alias_target(fullname) is not None:
            return None
        if path is not None and not any(_is_local(Path(entry), folders) for entry in path):
            return None  # a submodule of an installed package: no second search
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.origin is None or spec.loader is None:
            return None
        if not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return None
        if not _is_local(Path(spec.origin), folders):
            return None
        spec.loader = _LocalModuleLoader(spec.loader)  # type: ignore[assignment]  # a Loader by duck typing
        return spec


def _is_local(origin: Path, folders: tuple[Path, ...]) -> bool:
    resolved = origin.resolve()
    for folder in folders:
        try:
            relative = resolved.relative_to(folder)
        except ValueError:
            continue
        return not _INSTALLED_PACKAGE_DIRS & set(relative.parts)
    return False


_FINDER = _LocalModuleFinder()
_RESOLVED: dict[Path, Path] = {}  # script folder -> resolved, for script_imports (every run)


def _install_finder() -> None:
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


@contextmanager
def script_imports(script_dir: Path, *more: Path) -> Iterator[None]:
    """While the block runs on this thread, local modules imported get the alias too:
    those under ``script_dir`` or under ``more`` (a page's app folder)."""
    _install_finder()
    folders = []
    for folder in (script_dir, *more):
        resolved = _RESOLVED.get(folder)
        if resolved is None:  # once per folder: resolving stats every part of the path
            resolved = _RESOLVED[folder] = folder.resolve()
        folders.append(resolved)
    token = _script_dirs.set(tuple(folders))
    try:
        yield
    finally:
        _script_dirs.reset(token)


def alias_for_tests() -> dict[str, types.ModuleType | None]:
    """Make ``streamlit`` (and its aliased submodules) rerunqt for the whole test process.

    The pytest option ``rerunqt_streamlit_alias`` uses this so a user's existing test
    files' ``from streamlit.testing.v1 import AppTest`` give rerunqt's AppTest. Returns
    what ``sys.modules`` held before, for ``restore_after_tests``.
    """
    from rerunqt.compat.unsupported import ALIAS_SUBMODULES

    names = ["", *(f".{sub}" for sub in ALIAS_SUBMODULES), ".testing", ".components"]
    before = {f"streamlit{n}": sys.modules.get(f"streamlit{n}") for n in names}
    for name in names:
        target = _alias_target(f"streamlit{name}")
        assert target is not None
        sys.modules[f"streamlit{name}"] = importlib.import_module(target)
    return before


def restore_after_tests(before: dict[str, types.ModuleType | None]) -> None:
    """Undo ``alias_for_tests``: put back what ``sys.modules`` held."""
    for name, module in before.items():
        if module is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = module


def running_script_dir() -> Path | None:
    """The folder of the script running on this thread, None outside a run."""
    folders = _script_dirs.get()
    return folders[0] if folders else None
