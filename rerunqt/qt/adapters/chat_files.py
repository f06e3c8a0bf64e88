"""The files attached to a chat input, shown over its text as Streamlit shows them.

Each file is a small chip (its name, its size, a remove button), so the user sees what
goes with the message and can take a file back before sending; an attached file used to
show only as a tinted "+" and its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from rerunqt.core.files import Entry, human_size

NAME_CHARS = 28  # a longer name is shortened in the middle, its extension kept


class FileChips(QScrollArea):
    """One chip per attached file, in a row that scrolls sideways when it is wider than
    the chat input (a directory's files never widen the page); hidden while empty."""

    def __init__(self, on_remove: Callable[[int], None]) -> None:
        super().__init__()
        self.setObjectName("rqChatFiles")
        self.on_remove = on_remove
        self.inner = inner = QWidget()
        inner.setObjectName("rqChatFilesRow")
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(2, 2, 2, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chips: list[QFrame] = []
        self.setVisible(False)

    def show_files(self, entries: Sequence[Entry]) -> None:
        for chip in self.chips:
            self.row.removeWidget(chip)
            chip.deleteLater()
        self.chips = [self._chip(index, entry) for index, entry in enumerate(entries)]
        for position, chip in enumerate(self.chips):
            self.row.insertWidget(position, chip)
        self.setVisible(bool(self.chips))
        self._fit_height()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as a chip, and the scroll bar's height more when the row scrolls."""
        inner = self.inner
        height = inner.sizeHint().height()
        if inner.minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def _chip(self, index: int, entry: Entry) -> QFrame:
        _, name, _, data = entry
        chip = QFrame()
        chip.setObjectName("rqChatFile")
        chip.setToolTip(name)
        layout = QHBoxLayout(chip)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(6)
        title = QLabel(short_name(name))
        title.setObjectName("rqChatFileName")
        size = QLabel(human_size(len(data)))
        size.setObjectName("rqChatFileSize")
        remove = QToolButton()
        remove.setObjectName("rqChatFileRemove")
        remove.setText("\u2715")
        remove.setAccessibleName(f"Remove {name}")
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.setCursor(Qt.CursorShape.PointingHandCursor)
        remove.clicked.connect(lambda: self.on_remove(index))
        layout.addWidget(title)
        layout.addWidget(size)
        layout.addWidget(remove)
        return chip


def short_name(name: str) -> str:
    """``name``, or its start, an ellipsis and its end when longer than NAME_CHARS."""
    if len(name) <= NAME_CHARS:
        return name
    keep = NAME_CHARS - 1
    return name[: keep - keep // 2] + "\u2026" + name[-(keep // 2):]
