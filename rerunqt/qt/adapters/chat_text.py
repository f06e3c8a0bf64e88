"""The message box of st.chat_input: Enter sends, Shift+Enter starts a new line, and the
box grows with its text (or a long placeholder) up to MAX_LINES lines."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

MAX_LINES = 6


class MessageEdit(QPlainTextEdit):
    """The text of a chat input: Enter sends, Shift+Enter is a new line; grows to MAX_LINES."""

    send = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqChatText")
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.max_chars: int | None = None
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._ring(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._ring(False)

    def _ring(self, on: bool) -> None:
        """The whole box shows the focus (the text itself has no border)."""
        box = self.parentWidget()
        if box is not None:
            box.setProperty("focused", on)
            box.style().unpolish(box)
            box.style().polish(box)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.send.emit()
            return
        super().keyPressEvent(event)

    def _fit(self) -> None:
        if self.max_chars is not None and len(self.toPlainText()) > self.max_chars:
            cursor = self.textCursor()
            self.setPlainText(self.toPlainText()[: self.max_chars])
            cursor.setPosition(min(cursor.position(), self.max_chars))
            self.setTextCursor(cursor)
        lines, line = self._lines(), self.fontMetrics().lineSpacing()
        height = lines * line + 2 * int(self.document().documentMargin()) + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def _lines(self) -> int:
        """The lines to show: the text's, or an empty box's placeholder wrapped to its
        width (Streamlit grows the box to show a long placeholder whole), at most MAX_LINES."""
        lines = int(self.document().size().height())
        if not self.toPlainText() and self.placeholderText():
            room = max(self.viewport().width() - 2 * int(self.document().documentMargin()), 1)
            metrics = self.fontMetrics()
            text = metrics.boundingRect(QRect(0, 0, room, 1 << 20),
                                        int(Qt.TextFlag.TextWordWrap), self.placeholderText())
            # n lines are one line's height and n - 1 line spacings tall
            lines = max(lines, 1 + round((text.height() - metrics.height()) / metrics.lineSpacing()))
        return min(MAX_LINES, max(1, lines))

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # the placeholder wraps anew
