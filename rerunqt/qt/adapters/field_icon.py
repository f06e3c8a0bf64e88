"""``icon=`` on text_input, number_input and selectbox: a symbol shown inside the field.

The icon is an emoji or a ``:material/<name>:`` name (mapped by ``icon_text``); it is
drawn into a QIcon so Qt lays it out as the line edit's leading action.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
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


def _eye(crossed: bool, colour: QColor) -> QIcon:
    """An eye (crossed out: the password is hidden), drawn in the field's text colour."""
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2.2))
    outline = QPainterPath(QPointF(3, 16))
    outline.quadTo(QPointF(16, 4), QPointF(29, 16))
    outline.quadTo(QPointF(16, 28), QPointF(3, 16))
    painter.drawPath(outline)
    painter.drawEllipse(QRectF(11.5, 11.5, 9, 9))
    if crossed:
        painter.drawLine(QPointF(6, 27), QPointF(26, 5))
    painter.end()
    return QIcon(pixmap)


def set_reveal(line: QLineEdit, password: bool) -> None:
    """A password field gets an eye at its end that shows or hides what was typed (as
    Streamlit's); any other field shows its text and has none."""
    action = next((a for a in line.actions() if a.objectName() == "rqReveal"), None)
    if not password:
        if action is not None:
            line.removeAction(action)
            action.deleteLater()
        line.setEchoMode(QLineEdit.EchoMode.Normal)
        return
    if action is None:
        colour = line.palette().text().color()
        action = QAction(_eye(True, colour), "Show password", line)
        action.setObjectName("rqReveal")
        action.setCheckable(True)

        def toggled(shown: bool) -> None:
            line.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
            action.setIcon(_eye(not shown, colour))
            action.setText("Hide password" if shown else "Show password")
            action.setToolTip(action.text())

        action.toggled.connect(toggled)
        action.setToolTip(action.text())
        line.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    line.setEchoMode(QLineEdit.EchoMode.Normal if action.isChecked() else QLineEdit.EchoMode.Password)
