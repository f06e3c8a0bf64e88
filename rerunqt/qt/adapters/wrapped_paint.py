"""Painting a button whose label wraps onto more lines (Qt's styles draw one line only).

An event filter does it, set on a button only while its label wraps. The button classes
themselves carry no Python ``paintEvent``: a Python override is called with the GIL,
which the script thread holds while it runs, so a clicked check box could not repaint
until the run it started had ended. Without one, Qt paints it while the script runs.

Kept apart from elide.py, too, so the first page does not pay for it: importing ``QStyle``
makes PySide6 build its ten enums (~7 ms), and only a label narrower than its text needs it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QPushButton, QStyle, QStyleOptionButton, QStylePainter

PAINT = QEvent.Type.Paint


class LinePainter(QObject):
    """Paints the wrapped label of every button it watches, in place of Qt's paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != PAINT or not getattr(watched, "wrapped", False):
            return False
        if isinstance(watched, QPushButton):
            if not watched.icon().isNull():
                return False  # an icon button keeps Qt's one-line paint
            paint_wrapped_push(watched)
        elif isinstance(watched, QCheckBox):
            paint_wrapped(watched, QStyle.ControlElement.CE_CheckBox,
                          QStyle.SubElement.SE_CheckBoxContents)
        else:
            paint_wrapped(watched, QStyle.ControlElement.CE_RadioButton,
                          QStyle.SubElement.SE_RadioButtonContents)
        return True


_painter: LinePainter | None = None


def paint_lines(button: Any, on: bool) -> None:
    """Paint ``button``'s label on more lines (``on``), or leave its paint to Qt again."""
    global _painter
    if _painter is None:
        _painter = LinePainter(QCoreApplication.instance())  # lives as long as the app
    if on:
        button.installEventFilter(_painter)
    else:
        button.removeEventFilter(_painter)
    button.update()


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
