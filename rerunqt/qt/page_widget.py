"""The page widget (and the sidebar's): opaque, so a repaint inside it starts there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """The page: opaque, so that a repaint inside it starts here.

    A non-opaque page makes every repaint of a changed label paint the window, the
    splitter, the scroll area and its viewport first, each through the stylesheet: twice
    the work of the label itself. Filling its background makes it opaque to Qt, but
    the stylesheet turns that off whenever it polishes the page (its background is set
    there), so it is turned on again after each polish. The fill is the palette's window
    colour, which the stylesheet sets to the page's background.
    """

    def __init__(self, name: str = "rqPage") -> None:
        super().__init__()
        self.setObjectName(name)  # the stylesheet gives the page (or sidebar) its background
        self.backdrop: QPixmap | None = None  # the app's CSS background picture (page_backdrop)
        self.block: tuple[QColor | None, int] = (None, 0)  # the app's CSS column background

    def set_block(self, fill: QColor | None, radius: int = 0) -> None:
        """``.block-container``'s background: a box behind the page's column (a card over
        the app's picture), ``radius`` its corners."""
        if (fill, radius) != self.block:
            self.block = (fill, radius)
            self.update()

    def set_backdrop(self, picture: QPixmap | None) -> None:
        if picture is not self.backdrop:
            self.backdrop = picture
            self.update()

    def paintEvent(self, event: Any) -> None:
        if self.backdrop is not None:
            from rerunqt.qt.page_backdrop import paint_cover

            paint_cover(self, self.backdrop)
        fill, radius = self.block
        layout = self.layout()
        if fill is not None and layout is not None:
            from rerunqt.qt.page_backdrop import paint_block

            paint_block(self, layout, fill, radius)
        super().paintEvent(event)

    def showEvent(self, event: Any) -> None:
        self._fill()  # after the first polish (polishing precedes the first show)
        super().showEvent(event)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # polished again (theme, zoom)
            self._fill()

    def _fill(self) -> None:
        if not self.autoFillBackground():
            self.setAutoFillBackground(True)
