"""Painting a button whose label wraps onto more lines (Qt's styles draw one line only).

Kept apart from elide.py so the first page does not pay for it: importing ``QStyle``
makes PySide6 build its ten enums (~7 ms), and only a label narrower than its text
needs it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStylePainter


def paint_wrapped_push(button: Any) -> None:
    """A push button: its bevel, and the label's lines centred in it."""
    painter = QStylePainter(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = ""
    painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
    painter.drawText(room.adjusted(0, 0, -button.help_room, 0),
                     int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), button.shown)


def paint_wrapped_check(button: Any) -> None:
    paint_wrapped(button, QStyle.ControlElement.CE_CheckBox, QStyle.SubElement.SE_CheckBoxContents)


def paint_wrapped_radio(button: Any) -> None:
    paint_wrapped(button, QStyle.ControlElement.CE_RadioButton,
                  QStyle.SubElement.SE_RadioButtonContents)


def paint_wrapped(button: Any, control: QStyle.ControlElement, contents: QStyle.SubElement) -> None:
    """A check box or radio button: the indicator at the first line, the lines beside it."""
    painter = QStylePainter(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = ""
    option.rect = QRect(0, 0, button.width(), button.one_line_height())
    painter.drawControl(control, option)
    left = button.style().subElementRect(contents, option, button).left()
    top = button.text_top()
    painter.setPen(option.palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(QRect(left, top, button.width() - left - button.help_room, button.height() - top),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                     button.shown)
