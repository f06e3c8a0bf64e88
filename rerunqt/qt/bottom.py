"""The strip pinned under the page: ``st.bottom`` and a top-level ``st.chat_input``.

It sits outside the page's scroll area, so the message box stays in reach however long
the conversation above it grows, and its side margins follow the page's (centered or
wide layout) so the box lines up with the messages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class BottomBar(QWidget):
    """Implements the children protocol for the ``bottom`` root (one child: its content)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqBottom")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the page's colour
        self.bar_layout = QHBoxLayout(self)
        self.bar_layout.setContentsMargins(32, 10, 32, 14)
        self.content: QWidget | None = None
        self.hide()

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        if self.content is not None and self.content is not widget:
            self.remove(self.content)
        self.content = widget
        self.bar_layout.insertWidget(0, widget, 1)
        widget.show()
        self.show()

    def remove(self, widget: QWidget) -> None:
        if widget is self.content:
            self.bar_layout.removeWidget(widget)
            self.content = None
            self.hide()

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget is self.content else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None

    def set_side(self, side: int) -> None:
        """Line up with the page's content (the page's side margin)."""
        margins = self.bar_layout.contentsMargins()
        if margins.left() != side:
            self.bar_layout.setContentsMargins(side, margins.top(), side, margins.bottom())


def under(page: QWidget, bar: BottomBar, above: QWidget | None = None) -> QWidget:
    """The page's scroll area with the bottom strip under it (and a notice bar above it)."""
    holder = QWidget()
    holder.setObjectName("rqMain")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    if above is not None:
        layout.addWidget(above)
    layout.addWidget(page, 1)
    layout.addWidget(bar, 0)
    return holder
