"""The index's header: the title over a dataframe's row labels, and the index's width.

It exists because Streamlit draws the index as a column whose header is the index's name,
or the label ``column_config`` gives it (``{"_index": ...}`` or the index's own name), and
whose width the config may set; in a QTableView the row labels are the vertical header,
and the square above them (the corner button) has no text of its own. This paints the
title in that square, as the corner button paints itself plus a text, and makes the row
header wide enough for it (or as wide as the config says).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractButton, QStyle, QStyleOptionHeader, QTableView

_PADDING = 16


class IndexCorner(QObject):
    """Shows ``title`` in a table's corner and sizes its row header."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.title = ""
        self.width: int | None = None
        self.button = view.findChild(QAbstractButton)  # Qt's corner button (QTableCornerButton)
        if self.button is not None:
            self.button.installEventFilter(self)

    def set(self, title: str, width: int | None) -> None:
        if (title, width) == (self.title, self.width):
            return
        self.title, self.width = title, width
        header = self.view.verticalHeader()
        if width is not None:
            header.setFixedWidth(width)
        else:
            header.setMinimumWidth(0)
            header.setMaximumWidth(16777215)
            if title:
                header.setMinimumWidth(self.view.fontMetrics().horizontalAdvance(title) + _PADDING)
        if self.button is not None:
            self.button.setToolTip(title)
            self.button.update()
        self.view.updateGeometries()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() == QEvent.Type.Paint and self.title:
            button = self.button
            option = QStyleOptionHeader()
            option.initFrom(button)
            flags = QStyle.StateFlag
            option.state = flags.State_Enabled if button.isEnabled() else flags.State_None
            option.rect = button.rect()
            option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
            option.text = option.fontMetrics.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                        max(0, button.width() - 8))
            option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter = QPainter(button)
            button.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, button)
            painter.end()
            return True
        return False
