"""The cell editor of a SelectboxColumn in st.data_editor: a drop-down of its options.

It exists because Streamlit edits such a cell by picking one of the column's ``options``
(shown by their ``format_func`` labels), not by typing: the list opens with the cell and
a pick commits it; Escape leaves the cell as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from rerunqt.core.list_cells import option_label


class SelectboxCellEditor(QComboBox):
    """The options by label; ``value()`` is the picked option itself."""

    def __init__(self, parent: QWidget, options: tuple[Any, ...], labels: tuple[str, ...] | None,
                 on_done: Callable[[QWidget, bool], None]) -> None:
        super().__init__(parent)
        self.options = options
        for i, option in enumerate(options):
            self.addItem(labels[i] if labels and i < len(labels) else str(option))
        self.setCurrentIndex(-1)
        self.activated.connect(lambda _i: on_done(self, True))

    def set_value(self, value: Any) -> None:
        """Select the option equal to the cell's value (none when it is not an option)."""
        positions = tuple(str(i) for i in range(len(self.options)))
        found = option_label(self.options, positions, value)
        self.setCurrentIndex(-1 if found is None else int(found))

    def value(self) -> Any:
        i = self.currentIndex()
        return self.options[i] if 0 <= i < len(self.options) else None

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        if self.isVisible():
            self.showPopup()
