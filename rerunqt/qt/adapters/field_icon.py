"""``icon=`` on text_input, number_input and selectbox: a symbol shown inside the field.

The icon is an emoji or a ``:material/<name>:`` name (mapped by ``icon_text``); it is
drawn into a QIcon so Qt lays it out as the line edit's leading action.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLineEdit

from rerunqt.qt.adapters.button import icon_text

_SIZE = 32  # drawn large, shown at the field's icon size


def text_icon(icon: str | None) -> QIcon | None:
    """The icon (an emoji or a material name) as a QIcon, or None for none/unknown."""
    text = icon_text(icon)
    if not text:
        return None
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = painter.font()
    font.setPixelSize(_SIZE - 8)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, _SIZE, _SIZE), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def set_line_icon(line: QLineEdit, icon: str | None) -> None:
    """Show ``icon`` at the start of ``line`` (replacing an earlier one), or none."""
    for action in line.actions():
        if action.objectName() == "rqFieldIcon":
            line.removeAction(action)
            action.deleteLater()
    shown = text_icon(icon)
    if shown is None:
        return
    action = QAction(shown, "", line)
    action.setObjectName("rqFieldIcon")
    action.setToolTip(icon or "")
    line.addAction(action, QLineEdit.ActionPosition.LeadingPosition)
