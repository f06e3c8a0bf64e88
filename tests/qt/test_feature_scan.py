"""PySide6's check of each imported module, made cheap (rerunqt/qt/feature_scan.py)."""

from __future__ import annotations

import inspect
import json
import sys
import types

import rerunqt.qt  # noqa: F401  (installs the check)
from rerunqt.qt import feature_scan


def pyside_answer(module: types.ModuleType) -> bool:
    """PySide6's own check (shibokensupport/feature.py ``_mod_uses_pyside``)."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_check_is_installed_in_pyside() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is feature_scan.uses_pyside
    assert feature_scan.install()  # again: a no-op that says it is in place


def test_it_answers_as_pyside_does_for_every_loaded_module() -> None:
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 100
    differ = [m.__name__ for m in modules if feature_scan.uses_pyside(m) != pyside_answer(m)]
    assert differ == []


def test_modules_imported_later_are_classified(tmp_path, monkeypatch) -> None:
    """A module imported after PySide6 is marked: 0 when it uses PySide6, -1 when not."""
    # PySide6 classifies the module an import statement returns (as ``from a.b import c``).
    # A module of its own, surely not imported yet: an adapter module (pills) imported
    # earlier in a full run (an earlier test's window, its idle warm-up) had no entry here.
    (tmp_path / "rq_scan_probe.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "rq_scan_probe", raising=False)
    __import__("rq_scan_probe", fromlist=["_"])  # uses PySide6
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert table["rq_scan_probe"] == 0
    assert table[json.__name__] == -1 or json.__name__ not in table
    assert feature_scan.uses_pyside(sys) is False  # built in: no source
