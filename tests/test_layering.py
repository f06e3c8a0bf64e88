"""The Qt-free layers never import PySide6 (DESIGN.md, Layers)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_core_runner_reconcile_and_apptest_do_not_import_pyside6() -> None:
    code = (
        "import sys\n"
        "import rerunqt, rerunqt.core.state, rerunqt.core.widgets, rerunqt.runner.session\n"
        "import rerunqt.reconcile, rerunqt.config, rerunqt.testing\n"
        "from rerunqt.testing import AppTest\n"
        "at = AppTest.from_string('import rerunqt as st\\nst.button(\"b\")').run()\n"
        "assert len(at.button) == 1\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('LOADED', bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout


def test_no_pyside6_import_statements_in_qt_free_packages() -> None:
    offenders = []
    for package in ("core", "runner", "reconcile", "compat"):
        for path in (ROOT / "rerunqt" / package).rglob("*.py"):
            for line in path.read_text().splitlines():
                if line.lstrip().startswith(("import PySide6", "from PySide6")):
                    offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == []


def test_core_runner_and_reconcile_never_import_the_public_package() -> None:
    """``rerunqt/__init__`` is built from core; core importing it back is a cycle (issue 7)."""
    offenders = []
    for package in ("core", "runner", "reconcile"):
        for path in (ROOT / "rerunqt" / package).rglob("*.py"):
            for line in path.read_text().splitlines():
                stripped = line.strip()
                if stripped in ("import rerunqt", "from rerunqt import *") or stripped.startswith(
                        ("import rerunqt as", "from rerunqt import ")):
                    offenders.append(f"{path.relative_to(ROOT)}: {stripped}")
    assert offenders == []


def test_data_packages_wait_for_the_first_table() -> None:
    """numpy (and pandas, pyarrow, polars) load when a table is drawn, not at ``import rerunqt``."""
    code = (
        "import sys\n"
        "import rerunqt\n"
        "from rerunqt.testing import AppTest\n"
        "AppTest.from_string('import rerunqt as st\\nst.metric(\"m\", 1)\\nst.write(\"x\")').run()\n"
        "print('LOADED', sorted(m for m in ('numpy', 'pandas', 'pyarrow', 'polars') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout
