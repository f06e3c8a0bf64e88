"""A multiselect's chip: one chosen option with a small x that removes it (its own module
so the multiselect adapter stays small)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

CHIP_CHARS = 40  # a longer option is shortened on its chip (the tooltip shows it whole)


class Chip(QFrame):
    """One chosen option: its label and a small x that removes it."""

    def __init__(self, text: str, remove: Callable[..., None]) -> None:
        super().__init__()
        self.setObjectName("rqChip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(text if len(text) <= CHIP_CHARS else text[: CHIP_CHARS - 1] + "\u2026")
        self.label.setObjectName("rqChipText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setToolTip(text if len(text) > CHIP_CHARS else "")
        self.text = text
        self.close_button = QToolButton()
        self.close_button.setObjectName("rqChipRemove")
        self.close_button.setText("\u00d7")
        self.close_button.setAccessibleName(f"Remove {text}")
        self.close_button.setToolTip(f"Remove {text}")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Backspace
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(remove)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)


__all__ = ["CHIP_CHARS", "Chip"]
