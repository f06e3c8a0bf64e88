"""runner/sources.py: which modules live reload watches and forgets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from rerunqt.runner.sources import LocalModules, forget


def test_local_modules_are_those_imported_from_the_script_folder(tmp_path: Path) -> None:
    (tmp_path / "sources_helper_x.py").write_text("VALUE = 1\n")
    venv = tmp_path / ".venv" / "lib" / "site-packages"
    venv.mkdir(parents=True)
    (venv / "sources_vendored_y.py").write_text("VALUE = 2\n")
    sys.path[:0] = [str(tmp_path), str(venv)]
    try:
        importlib.import_module("sources_helper_x")
        importlib.import_module("sources_vendored_y")
        paths = LocalModules(tmp_path).paths()
        assert paths == [str((tmp_path / "sources_helper_x.py").resolve())]
        assert forget(paths) == ["sources_helper_x"]
        assert "sources_helper_x" not in sys.modules
        assert "sources_vendored_y" in sys.modules
    finally:
        sys.path.remove(str(tmp_path))
        sys.path.remove(str(venv))
        sys.modules.pop("sources_helper_x", None)
        sys.modules.pop("sources_vendored_y", None)


def test_rerunqt_itself_is_never_a_local_module() -> None:
    import rerunqt

    folder = Path(rerunqt.__file__).resolve().parent.parent
    assert not [p for p in LocalModules(folder).paths() if "/rerunqt/" in p]


class _ImportingMeanwhile(dict):
    """``sys.modules`` as the GUI thread saw it while the script thread imported: a new
    module appears while the reader walks its items (a GC callback switched threads)."""

    def items(self):  # type: ignore[override]
        for i, item in enumerate(dict.items(self)):
            if i == 1:
                self["sources_imported_meanwhile"] = sys
            yield item


def test_reading_the_modules_while_the_script_imports_does_not_fail(
        tmp_path: Path, monkeypatch) -> None:
    """The window's live-reload check once raised "dictionary changed size during
    iteration" from the GUI thread while a script imported a module."""
    modules = _ImportingMeanwhile(sys.modules)
    monkeypatch.setattr(sys, "modules", modules)
    LocalModules(tmp_path).paths()
    assert forget([str(tmp_path / "none.py")]) == []
