"""Testing rerunqt apps: ``AppTest`` (headless, Qt-free) and ``QtPilot`` (real window).

``QtPilot`` is imported lazily so that ``from rerunqt.testing import AppTest`` never
loads Qt.
"""

from __future__ import annotations

from typing import Any

from rerunqt.testing.apptest import AppTest
from rerunqt.testing.errors import AppTestError

__all__ = ["AppTest", "AppTestError", "QtPilot"]


def __getattr__(name: str) -> Any:
    if name == "QtPilot":
        from rerunqt.testing.pilot import QtPilot

        return QtPilot
    raise AttributeError(name)
