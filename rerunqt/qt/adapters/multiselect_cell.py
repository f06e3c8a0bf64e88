"""The cell editor of a MultiselectColumn in st.data_editor: a checkable drop-down.

It exists because Streamlit edits such a cell with a multi-select menu of the column's
``options`` (their ``format_func`` labels, in their colours), not with typed text. The
editor sits on the cell and shows the picked labels; its popup lists the options with
check boxes: arrows move, Space (or a click) toggles, Enter commits the list, Escape
closes without changing the cell. Values already in the cell but not among the options
stay listed (checked), as Streamlit keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QWidget

from rerunqt.core.list_cells import chips, items
from rerunqt.qt.adapters.cell_paint import chip_colour, chip_ink

_ROLE = Qt.ItemDataRole
_VALUE = _ROLE.UserRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
MAX_SHOWN = 8  # rows of the popup before it scrolls
ROW_HEIGHT = 30


class MultiselectCellEditor(QLabel):
    """Shows the picked option labels; opens the option list as a popup when shown."""

    def __init__(self, parent: QWidget, table: tuple[tuple[str, str, str | None], ...],
                 on_done: Callable[[QWidget, bool], None]) -> None:
        super().__init__(parent)
        self.table = table
        self.on_done = on_done  # (editor, commit): the delegate commits and closes
        self.finished = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setIndent(6)
        self.popup = QListWidget(self)
        self.popup.setObjectName("rqDataEditorOptions")
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setAccessibleName("Options")
        self.popup.installEventFilter(self)
        self.popup.itemClicked.connect(self._toggle)

    # ----- value -----
    def set_values(self, value: Any) -> None:
        """The cell's list: its options checked, unknown values added (checked) at the end."""
        picked = [str(v) for v in (items(value) or [])]
        self.popup.clear()
        rows = list(self.table) + [(v, v, None) for v in picked if v not in {r[0] for r in self.table}]
        palette = self.palette()
        for value_text, label, shade in rows:
            item = QListWidgetItem(label, self.popup)
            item.setData(_VALUE, value_text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(_CHECKED if value_text in picked else _UNCHECKED)
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            shown = chips([value_text], self.table)[0][1] if shade is not None else None
            if shown is not None:  # the option's chip colour, as Streamlit's menu shows it
                fill = chip_colour(shown, palette)
                item.setBackground(fill)
                item.setForeground(chip_ink(fill))
        if self.popup.count():
            self.popup.setCurrentRow(0)
        self._show_text()

    def values(self) -> list[str]:
        """The checked options, in the options' order."""
        found = (self.popup.item(i) for i in range(self.popup.count()))
        return [str(item.data(_VALUE)) for item in found if item.checkState() == _CHECKED]

    def _show_text(self) -> None:
        self.setText(", ".join(label for label, _ in chips(self.values(), self.table)))

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(_UNCHECKED if item.checkState() == _CHECKED else _CHECKED)
        self._show_text()

    # ----- the popup -----
    def open_popup(self) -> None:
        popup = self.popup
        rows = max(1, min(MAX_SHOWN, popup.count()))
        height = rows * ROW_HEIGHT + 2 * popup.frameWidth()
        popup.resize(max(self.width(), popup.sizeHintForColumn(0) + 40), height)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.finished:  # after the view has focused the editor
            QTimer.singleShot(0, self._open_first)

    def _open_first(self) -> None:
        if not self.finished and self.isVisible():
            self.open_popup()

    def mousePressEvent(self, event: Any) -> None:
        self.open_popup()  # a click on the cell opens the list again

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_F4):
            self.open_popup()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(False)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.popup and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Space:
                item = self.popup.currentItem()
                if item is not None:
                    self._toggle(item)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish(True)
                return True
            if key == Qt.Key.Key_Escape:
                self._finish(False)
                return True
        if watched is self.popup and event.type() == QEvent.Type.Hide and not self.finished:
            self._finish(True)  # a click outside closed the list: keep what was picked
        return False

    def _finish(self, commit: bool) -> None:
        if self.finished:
            return
        self.finished = True
        self.popup.hide()
        self.on_done(self, commit)
