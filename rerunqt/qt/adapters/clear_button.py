"""The clear button of a date, time or datetime field made with no default value.

Streamlit 1.67 puts an "x" inside such a field (``value=None``, or ``[]`` for a date range)
while it holds a value; a click empties it (None, or ``()``) in one run. It takes no
keyboard focus, as Streamlit's (``tabIndex=-1``). A field with a default has none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

SIZE = 18  # px: the button's square


class ClearButton(QAbstractButton):
    """An "x" at the right end of ``field``, ``room()`` px left of its own right edge (the
    chevron's or the list button's room); ``clear`` empties the field."""

    def __init__(self, field: QWidget, room: Callable[[], int], clear: Callable[[], None],
                 name: str) -> None:
        super().__init__(field)
        self.setObjectName("rqClearButton")
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.resize(SIZE, SIZE)
        self.field, self.room = field, room
        self.clicked.connect(clear)
        field.installEventFilter(self)
        self.hide()

    clearable = False  # set from the element's "clearable" prop

    def show_for(self, value: object) -> None:
        """Shown on a clearable, enabled field while it holds a value (not None, not ())."""
        self.setVisible(self.clearable and value not in (None, ()) and self.field.isEnabled())
        self.place()

    def place(self) -> None:
        field = self.field
        self.move(field.width() - self.room() - SIZE - 2, (field.height() - SIZE) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.field.palette().color(self.field.foregroundRole())
        color.setAlpha(220 if self.underMouse() else 150)
        painter.setPen(QPen(color, 1.6))
        middle, arm = SIZE / 2, 4.0
        painter.drawLine(QPointF(middle - arm, middle - arm), QPointF(middle + arm, middle + arm))
        painter.drawLine(QPointF(middle - arm, middle + arm), QPointF(middle + arm, middle - arm))
        painter.end()
