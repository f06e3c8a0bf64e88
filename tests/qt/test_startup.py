"""Start-up stays light: a small page imports no data, chart or async library (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

from rerunqt.core.kinds import KINDS
from rerunqt.qt.adapters import _SOURCES, ADAPTERS, AdapterTable
from rerunqt.qt.adapters.kind_modules import KIND_MODULES

# What a counter's first page does without: the places and widgets of dialogs, toasts
# and navigation, the code highlighter, the rich-text Markdown path, the painting of
# wrapped button labels (its QStyle import builds ten enums: ~7 ms), page CSS (~9 ms, until
# a script draws a <style> block).
DEFERRED = ("rerunqt.qt.adapters.navigation", "rerunqt.qt.navigation", "rerunqt.qt.dialog",
            "rerunqt.qt.overlay", "rerunqt.qt.adapters.code", "rerunqt.qt.markdown_html",
            "rerunqt.qt.adapters.wrapped_paint", "rerunqt.qt.fonts", "rerunqt.qt.page_css",
            "rerunqt.qt.page_headings", "rerunqt.core.page_css_inline", "rerunqt.core.page_css_map")
HEAVY = ("numpy", "pandas", "pyarrow", "polars", "pyqtgraph", "matplotlib", "asyncio")

OPEN_COUNTER = f"""
import sys
from pathlib import Path
import rerunqt
print('IMPORT', sorted(m for m in {HEAVY!r} if m in sys.modules))
from PySide6.QtCore import QEventLoop, QTimer
from rerunqt.qt.app import open_window
window = open_window(Path('demos/counter.py'), {{}})
loop = QEventLoop()
window.applied.connect(lambda _run: loop.quit())
QTimer.singleShot(20000, loop.quit)
loop.exec()
assert window.renderer.find(kind='button'), 'the counter page was not drawn'
print('WINDOW', sorted(m for m in {HEAVY!r} if m in sys.modules))
print('DEFERRED', sorted(m for m in {DEFERRED!r} if m in sys.modules))
import PySide6.QtGui
print('QICON', 'QIcon' in vars(PySide6.QtGui))  # its enums (ThemeIcon): ~2 ms of start-up
window.close()
"""


def test_import_and_a_counter_window_load_no_heavy_library() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", OPEN_COUNTER], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "IMPORT []" in result.stdout, result.stdout
    assert "WINDOW []" in result.stdout, result.stdout
    assert "DEFERRED []" in result.stdout, result.stdout
    assert "QICON False" in result.stdout, result.stdout  # no (text, parent) QAction


def test_every_kind_comes_from_its_listed_module() -> None:
    """A missing or wrong entry makes the kind's first use import every adapter module (a
    second's stall on the GUI thread in a running app: numpy comes with the tables)."""
    assert sorted(set(KINDS) - set(KIND_MODULES)) == []
    for kind, module in KIND_MODULES.items():
        table = AdapterTable(_SOURCES, {})
        table._load(module)
        assert kind in table._loaded, f"{kind!r} is not in {module}"


def test_no_kind_has_two_adapters() -> None:
    seen: dict[str, str] = {}
    for module, _ in _SOURCES:
        table = AdapterTable(_SOURCES, {})
        table._load(module)
        for kind in table._loaded:
            assert kind not in seen, f"{kind!r} in both {seen[kind]} and {module}"
            seen[kind] = module
    assert set(seen) == set(ADAPTERS)


def test_an_adapter_is_the_same_object_however_it_was_first_reached() -> None:
    hinted = AdapterTable(_SOURCES, KIND_MODULES)
    button = hinted["button"]
    assert hinted.load_all()["button"] is button
    assert AdapterTable(_SOURCES, {})["dataframe"].kind == "dataframe"
    assert "no_such_kind" not in hinted
