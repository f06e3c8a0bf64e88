"""The rerunqt pytest plugin (entry point ``pytest11``).

Fixtures: ``app_test`` (a factory for AppTest.from_file) and ``rerunqt_pilot`` (a
factory opening a real window driven by QtPilot; needs pytest-qt). Qt is imported only
when ``rerunqt_pilot`` is used, so Qt-free suites never load it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Tests never need a screen; a real display can still be chosen explicitly.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def app_test() -> Callable[..., Any]:
    """``app_test("app.py")`` -> an AppTest (not yet run)."""
    from rerunqt.testing import AppTest

    def make(path: str | Path, **kwargs: Any) -> AppTest:
        return AppTest.from_file(Path(path).resolve(), **kwargs)

    return make


@pytest.fixture
def rerunqt_pilot(request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """``rerunqt_pilot("app.py")`` -> a QtPilot with the window open and settled."""
    qtbot = request.getfixturevalue("qtbot")
    from rerunqt.testing.pilot import QtPilot

    if not os.environ.get("RERUNQT_SETTINGS_DIR"):  # never remember test windows for real
        folder = request.getfixturevalue("tmp_path_factory").mktemp("rerunqt-settings")
        request.getfixturevalue("monkeypatch").setenv("RERUNQT_SETTINGS_DIR", str(folder))

    pilots: list[QtPilot] = []

    def make(path: str | Path, **kwargs: Any) -> QtPilot:
        pilot = QtPilot(qtbot, Path(path).resolve(), **kwargs)
        pilots.append(pilot)
        return pilot

    yield make
    for pilot in pilots:
        pilot.close()
