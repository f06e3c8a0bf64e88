"""ButtonColumn cells: buttons painted by a table's delegate, pressed by mouse or keyboard.

A table never holds one QPushButton per row (a 100k-row table would build 100k widgets);
the delegate paints each visible cell's button through the app style, with a hidden
``rqButton`` template of the column's type, so the stylesheet's primary / secondary /
tertiary look applies as it does to st.button. ``ButtonCells`` watches the view: hover
and press feedback, a click (release over the button that was pressed), Enter or Space
on the current cell; a cell with a list of labels opens a menu of them. A press sends
``(row, label)`` to the column's key, ``row`` being the data position (not the sorted row).
Without a key the buttons are drawn and do nothing, as in Streamlit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton, QStyle, QStyleOptionButton

from rerunqt.core.md_directives import short_codes
from rerunqt.qt.adapters.label_face import mnemonic_safe

MENU_MARK = "  ▾"


@dataclass(frozen=True)
class ButtonColumnInfo:
    """What a button column needs: its click key (None: no clicks), type and alignment."""

    key: str | None
    button_type: str = "secondary"
    alignment: str | None = None


def shown_label(label: str) -> str:
    """``:material/edit: Edit`` as its symbol and text, as st.button shows icons."""
    return short_codes(label).strip()


def cell_text(labels: list[str]) -> str:
    if len(labels) == 1:
        return shown_label(labels[0])
    return " · ".join(shown_label(label) for label in labels) + MENU_MARK


class ButtonCells(QObject):
    """The buttons of a view's ButtonColumn cells: their painting and their presses.

    ``info(column)`` is the column's ButtonColumnInfo (None: not a button column);
    ``labels(index)`` the cell's labels; ``data_row(index)`` the row's data position
    (None: no button, e.g. an added row); ``send(key, row, label)`` reports a press.
    """

    def __init__(self, view: QAbstractItemView, info: Callable[[int], ButtonColumnInfo | None],
                 labels: Callable[[QModelIndex], list[str]],
                 data_row: Callable[[QModelIndex], int | None]) -> None:
        super().__init__(view)
        self.view = view
        self.info, self.labels, self.data_row = info, labels, data_row
        self.send: Callable[[str, int, str], None] = lambda key, row, label: None
        self.hovered = QPersistentModelIndex()
        self.pressed = QPersistentModelIndex()
        self.menu: QMenu | None = None  # the open multi-action menu (tests pick from it)
        self._templates: dict[str, QPushButton] = {}
        view.setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    # ----- painting -----
    def template(self, button_type: str) -> QPushButton:
        """A hidden st.button of this type: the stylesheet rules the painted buttons follow."""
        button = self._templates.get(button_type)
        if button is None:
            button = QPushButton(self.view)
            button.setObjectName("rqButton")
            button.setProperty("kind", button_type)
            # a cell is lower than a page's button: keep the look, not the vertical padding
            button.setStyleSheet("QPushButton { padding-top: 0px; padding-bottom: 0px; min-height: 0px; }")
            button.hide()
            button.ensurePolished()
            self._templates[button_type] = button
        return button

    def button_rect(self, cell: QRect, index: QModelIndex) -> QRect:
        """Where the cell's button is: its label's width, aligned as the column says."""
        info = self.info(index.column())
        labels = self.labels(index)
        if info is None or not labels:
            return QRect()
        metrics = self.template(info.button_type).fontMetrics()
        width = min(metrics.horizontalAdvance(cell_text(labels)) + 36, cell.width() - 8)  # + padding
        height = min(cell.height() - 4, metrics.height() + 10)
        top = cell.top() + (cell.height() - height) // 2
        if info.alignment == "left":
            left = cell.left() + 4
        elif info.alignment == "right":
            left = cell.right() - 3 - width
        else:
            left = cell.left() + (cell.width() - width) // 2
        return QRect(left, top, max(width, 0), max(height, 0))

    def paint(self, painter: QPainter, cell: QRect, index: QModelIndex, focused: bool) -> None:
        info = self.info(index.column())
        labels = self.labels(index)
        if info is None or not labels:
            return
        button = self.template(info.button_type)
        option = QStyleOptionButton()
        option.initFrom(button)
        option.rect = self.button_rect(cell, index)
        option.text = mnemonic_safe(cell_text(labels))  # "&" shown, not a mnemonic
        state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        live = info.key is not None
        if live and QPersistentModelIndex(index) == self.hovered:
            state |= QStyle.StateFlag.State_MouseOver
        if live and QPersistentModelIndex(index) == self.pressed:
            state = (state & ~QStyle.StateFlag.State_Raised) | QStyle.StateFlag.State_Sunken
        if focused:
            state |= QStyle.StateFlag.State_HasFocus
        option.state = state
        painter.save()
        button.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, button)
        painter.restore()

    # ----- pressing -----
    def _over_button(self, pos: QPoint) -> QModelIndex:
        index = self.view.indexAt(pos)
        if index.isValid() and self.button_rect(self.view.visualRect(index), index).contains(pos):
            return index
        return QModelIndex()

    def _repaint(self, *indexes: QPersistentModelIndex) -> None:
        for index in indexes:
            if index.isValid():
                self.view.viewport().update(self.view.visualRect(index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view:
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            return False
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            over = QPersistentModelIndex(self._over_button(event.position().toPoint()))
            if over != self.hovered:
                old, self.hovered = self.hovered, over
                self._repaint(old, over)
        elif kind == QEvent.Type.Leave:
            old, self.hovered = self.hovered, QPersistentModelIndex()
            self._repaint(old)
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton:
                index = self._over_button(event.position().toPoint())
                info = self.info(index.column()) if index.isValid() else None
                if info is not None and info.key is not None:
                    self.pressed = QPersistentModelIndex(index)
                    self._repaint(self.pressed)
                    self.view.setCurrentIndex(index)
                    return True  # a button press, not a selection drag
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            pressed, self.pressed = self.pressed, QPersistentModelIndex()
            if pressed.isValid():
                self._repaint(pressed)
                index = self._over_button(event.position().toPoint())
                if QPersistentModelIndex(index) == pressed:
                    self.press(index)
                return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        index = self.view.currentIndex()
        info = self.info(index.column()) if index.isValid() else None
        if info is None or info.key is None or not self.labels(index):
            return False
        self.press(index)
        return True

    def press(self, index: QModelIndex) -> None:
        """The button of ``index`` was pressed: send its label, or open its menu."""
        info = self.info(index.column())
        labels = self.labels(index)
        row = self.data_row(index)
        if info is None or info.key is None or not labels or row is None:
            return
        if len(labels) == 1:
            self.send(info.key, row, labels[0])
            return
        menu = QMenu(self.view)
        menu.setObjectName("rqButtonColumnMenu")
        for label in labels:
            action = menu.addAction(mnemonic_safe(shown_label(label)))
            action.triggered.connect(lambda _=False, k=info.key, r=row, t=label: self.send(k, r, t))
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu = menu
        rect = self.button_rect(self.view.visualRect(index), index)
        menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))
