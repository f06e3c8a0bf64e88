"""The overlay of a MarkdownColumn cell: its Markdown rendered, over the cell.

Streamlit's grid draws a MarkdownColumn cell as its source on one line; a double click
(or Enter) on the cell opens an overlay where the Markdown is rendered. Escape or a click
elsewhere closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from rerunqt.qt.adapters.elide import ElidingLabel

MIN_WIDTH, MAX_WIDTH = 300, 500


class MarkdownOverlay(QFrame):
    def __init__(self, parent: QWidget, source: str) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("rqMarkdownOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.label = ElidingLabel(markdown=True)
        self.label.setObjectName("rqMarkdown")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.set_text(source)
        layout.addWidget(self.label)
        self.setAccessibleName("Markdown cell")


def show_overlay(view: QWidget, cell: QRect, source: str) -> MarkdownOverlay:
    """Open the overlay at the cell (``cell`` in the view's viewport), as wide as the cell
    within 300..500 px."""
    overlay = MarkdownOverlay(view, source)
    width = max(MIN_WIDTH, min(MAX_WIDTH, cell.width()))
    overlay.resize(width, overlay.heightForWidth(width) if overlay.hasHeightForWidth()
                   else overlay.sizeHint().height())
    viewport = getattr(view, "viewport", lambda: view)()
    overlay.move(viewport.mapToGlobal(QPoint(cell.left(), cell.top())))
    overlay.show()
    return overlay
