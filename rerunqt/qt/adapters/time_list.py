"""The drop-down list of st.time_input: a bounded, themed pop-up anchored under its field.

A QMenu of 96 quarter hours was 900 px tall and ran off the window; this is a list of
at most VISIBLE_ROWS rows that scrolls, opens on the current time, and sits under the
field (above it when the screen has no room below), as a native combo box's list does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

VISIBLE_ROWS = 8
_DAY = 24 * 3600


class TimeList(QListWidget):
    """Times at ``step`` intervals from 00:00; a click or Enter picks one, Esc closes."""

    def __init__(self, parent: QWidget, on_pick: Callable[[QTime], None]) -> None:
        super().__init__(parent)  # a pop-up window, deleted with its field
        self.setObjectName("rqTimeList")
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setAccessibleName("Times")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.on_pick = on_pick
        self.step = 0
        self.itemClicked.connect(self._pick)

    def fill(self, step: int) -> None:
        if step == self.step:
            return
        self.step = step
        self.clear()
        for seconds in range(0, _DAY, step):
            moment = QTime(0, 0).addSecs(seconds)
            item = QListWidgetItem(moment.toString("HH:mm"))
            item.setData(Qt.ItemDataRole.UserRole, moment)
            self.addItem(item)

    def open_under(self, anchor: QWidget, step: int, current: QTime | None) -> None:
        """Show the list under ``anchor`` with the time at or after ``current`` chosen."""
        self.fill(step)
        row = 0
        if current is not None:
            row = min(QTime(0, 0).secsTo(current) // step + (QTime(0, 0).secsTo(current) % step > 0),
                      self.count() - 1)
        self.setCurrentRow(row)
        rows = min(VISIBLE_ROWS, self.count())
        height = rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth() + 4
        self.setGeometry(place(anchor, anchor.width(), height))
        self.show()
        self.scrollToItem(self.currentItem(), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._pick(self.currentItem())
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def _pick(self, item: QListWidgetItem) -> None:
        self.close()
        self.on_pick(item.data(Qt.ItemDataRole.UserRole))


def place(anchor: QWidget, width: int, height: int) -> QRect:
    """Under ``anchor``, or above it when its screen has no room below; kept on screen."""
    below = anchor.mapToGlobal(QPoint(0, anchor.height()))
    screen = anchor.screen().availableGeometry()
    y = below.y()
    if y + height > screen.bottom() and below.y() - anchor.height() - height >= screen.top():
        y = below.y() - anchor.height() - height
    x = max(screen.left(), min(below.x(), screen.right() - width))
    return QRect(x, y, width, height)
