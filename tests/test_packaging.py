"""The package list in pyproject.toml names every package under rerunqt/.

setuptools installs only the packages listed (an editable install maps only those too),
so a new sub-package left out works in the source tree and is missing once installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_for_installation() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "rerunqt").rglob("__init__.py")}
    assert sorted(found - listed) == []
