"""``filter_mode`` of a selectbox the user types into: which options the list keeps.

Qt's completer only knows "starts with" and "contains"; Streamlit's default is fuzzy
(the typed letters in order). A proxy model filters the options with the core's
``option_matches``, and the completer shows what is left, unfiltered again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from rerunqt.core.widget_params import option_matches


class OptionFilter(QSortFilterProxyModel):
    """The options whose label matches the typed text under ``mode``."""

    def __init__(self, mode: str | None, parent: QComboBox) -> None:
        super().__init__(parent)
        self.mode = mode
        self.typed = ""

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self.typed = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:  # a greyed hint, not an option
            return False
        return option_matches(self.mode, self.typed, str(index.data() or ""))


def filtered_completer(combo: QComboBox, mode: str) -> QCompleter:
    """A completer for the editable ``combo`` listing the options ``mode`` keeps."""
    proxy = OptionFilter(mode, combo)
    proxy.setSourceModel(combo.model())
    completer = QCompleter(proxy, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    line = combo.lineEdit()
    assert line is not None
    line.textEdited.connect(proxy.set_typed)
    return completer
