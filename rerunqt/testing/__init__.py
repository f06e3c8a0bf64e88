"""Testing rerunqt apps: ``AppTest`` (headless, Qt-free) and ``QtPilot`` (real window).

``QtPilot`` is imported lazily so that ``from rerunqt.testing import AppTest`` never
loads Qt.
"""

from __future__ import annotations

from typing import Any

from rerunqt.testing.apptest import AppTest

__all__ = ["AppTest", "QtPilot"]


def __getattr__(name: str) -> Any:
    if name == "QtPilot":
        from rerunqt.testing.pilot import QtPilot

        return QtPilot
    raise AttributeError(name)
