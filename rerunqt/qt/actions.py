"""QAction with a text, made without PySide's (text, parent) overload.

``QAction("Rerun", window)`` makes PySide try the ``(QIcon, text, parent)`` overload too,
which initialises QIcon's Python class and its 151-member ThemeIcon enum: about 2 ms of
every window's start, for menus that show no icon.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


def text_action(text: str, parent: QObject, checkable: bool = False) -> QAction:
    action = QAction(parent)
    action.setText(text)
    if checkable:
        action.setCheckable(True)
    return action
