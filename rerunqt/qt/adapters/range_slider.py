"""The two-handle range slider of st.slider / st.select_slider, painted by hand.

Qt has no range slider; this one lives apart from ``rerunqt.qt.adapters.sliders`` (which
builds the fields and adapters around it) to keep modules small.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from rerunqt.core.label_words import label_words
from rerunqt.qt.adapters.option_markdown import document_width, draw_markdown, needs_document

_KEY_STEPS = {  # key -> direction times 1 (a step), 2 (a page) or 3 (to the end)
    Qt.Key.Key_Left.value: -1, Qt.Key.Key_Down.value: -1, Qt.Key.Key_Right.value: 1,
    Qt.Key.Key_Up.value: 1, Qt.Key.Key_PageDown.value: -2, Qt.Key.Key_PageUp.value: 2,
    Qt.Key.Key_Home.value: -3, Qt.Key.Key_End.value: 3,
}


def _colour_property(attribute: str) -> Any:
    """A QColor Qt property stored in ``attribute``, so a stylesheet can set it."""

    def get(self: QWidget) -> QColor:
        return getattr(self, attribute)

    def set_(self: QWidget, colour: QColor) -> None:
        setattr(self, attribute, QColor(colour))
        self.update()

    return Property(QColor, get, set_)


class _RangeSlider(QWidget):
    """Two handles on one track; the lower never passes the upper.

    Mouse: the nearest handle jumps to the press and follows the drag; one commit on
    release. Keyboard: Tab / Shift+Tab go from one handle to the other, arrows, Page
    Up/Down and Home/End move the focused handle, one commit per key.
    """

    committed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqRangeSlider")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count = 100
        self.positions = [0, 100]
        self.focused = 0  # the handle the keyboard moves
        self.dragging: int | None = None
        self.last = (0, 100)  # positions of the last commit (or of the value shown)
        self.text: Callable[[int], str] = str
        self.markdown = False  # the texts are options with Markdown (select_slider)
        self._accent = QColor("#ff4b4b")
        self._track = QColor("#e1e4ea")
        self._muted = QColor("#c4c7cf")
        self.radius = 7

    # colours the stylesheet sets: qproperty-accentColor, -trackColor, -mutedColor
    accentColor = _colour_property("_accent")
    trackColor = _colour_property("_track")
    mutedColor = _colour_property("_muted")

    # ----- programmatic -----
    def set_positions(self, low: int, high: int) -> None:
        low, high = sorted((max(0, min(self.count, low)), max(0, min(self.count, high))))
        if [low, high] != self.positions:
            self.positions = [low, high]
            self.update()
        self.last = (low, high)

    def set_count(self, count: int) -> None:
        self.count = max(1, count)
        self.set_positions(*self.positions)

    # ----- geometry -----
    def _text_height(self) -> int:
        return self.fontMetrics().height() + 2

    def sizeHint(self) -> QSize:
        return QSize(200, self._text_height() + 2 * self.radius + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.sizeHint().height())

    def _track_y(self) -> float:
        return self._text_height() + self.radius + 4

    def x_of(self, position: int) -> float:
        r = self.radius + 3  # as the QSlider handle: its 3px focus ring is part of its box
        return r + (self.width() - 2 * r) * position / self.count

    def position_at(self, x: float) -> int:
        r = self.radius + 3
        span = max(1, self.width() - 2 * r)
        return max(0, min(self.count, round((x - r) / span * self.count)))

    # ----- mouse -----
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.isEnabled():
            super().mousePressEvent(event)
            return
        x = event.position().x()
        target = self.position_at(x)
        low, high = self.positions
        if low == high:
            handle = 0 if target < low else 1 if target > high else self.focused
        else:
            handle = 0 if abs(x - self.x_of(low)) <= abs(x - self.x_of(high)) else 1
        self.dragging = self.focused = handle
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._move(handle, target)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.dragging is not None:
            self._move(self.dragging, self.position_at(event.position().x()))
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging is not None and event.button() == Qt.MouseButton.LeftButton:
            self._move(self.dragging, self.position_at(event.position().x()))
            self.dragging = None
            self._commit()
            event.accept()

    # ----- keyboard -----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        unit = _KEY_STEPS.get(int(event.key()))
        if unit is None or self.dragging is not None:
            super().keyPressEvent(event)
            return
        size = 1 if abs(unit) == 1 else max(1, self.count // 10) if abs(unit) == 2 else self.count
        handle = self.focused
        self._move(handle, self.positions[handle] + size * (1 if unit > 0 else -1))
        self._commit()
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes from the lower handle to the upper one before leaving the slider."""
        if self.hasFocus() and next and self.focused == 0:
            self.focused = 1
            self.update()
            return True
        if self.hasFocus() and not next and self.focused == 1:
            self.focused = 0
            self.update()
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.focused = 0
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.focused = 1
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _move(self, handle: int, position: int) -> None:
        low, high = self.positions
        if handle == 0:
            position = max(0, min(position, high))
        else:
            position = max(low, min(position, self.count))
        if self.positions[handle] != position:
            self.positions[handle] = position
            self.update()

    def _commit(self) -> None:
        current = (self.positions[0], self.positions[1])
        if current != self.last:
            self.last = current
            self.committed.emit(*current)

    # ----- painting -----
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        accent = self._accent if enabled else self._muted
        y = self._track_y()
        left, right = 1.0, self.width() - 1.0  # the track spans the width, as a QSlider groove
        low_x, high_x = self.x_of(self.positions[0]), self.x_of(self.positions[1])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._track)
        painter.drawRoundedRect(QRectF(left, y - 2, right - left, 4), 2, 2)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(low_x, y - 2, max(0.0, high_x - low_x), 4), 2, 2)
        r = self.radius
        for handle, x in enumerate((low_x, high_x)):
            if self.hasFocus() and handle == self.focused:
                ring = QColor(accent)
                ring.setAlpha(72)
                painter.setBrush(ring)
                painter.drawEllipse(QPointF(x, y), r + 3, r + 3)
            painter.setBrush(accent)
            painter.drawEllipse(QPointF(x, y), r, r)
        self._paint_texts(painter, accent, low_x, high_x)
        painter.end()

    def _paint_texts(self, painter: QPainter, colour: QColor, low_x: float, high_x: float) -> None:
        height = self._text_height()
        painter.setPen(colour)
        low_text, high_text = self.text(self.positions[0]), self.text(self.positions[1])
        low_w, high_w = self._text_width(low_text), self._text_width(high_text)
        if low_x + low_w / 2 + 6 > high_x - high_w / 2:  # they would overlap: one text
            texts = [(f"{low_text} \u2013 {high_text}" if low_text != high_text else low_text,
                      (low_x + high_x) / 2)]
        else:
            texts = [(low_text, low_x), (high_text, high_x)]
        for text, centre in texts:
            width = self._text_width(text)
            x = max(0.0, min(centre - width / 2, self.width() - width))
            if self.markdown and needs_document(text):  # a select_slider option's Markdown
                draw_markdown(painter, QPointF(x, 0), height, text, colour, self._dark())
                continue
            shown = label_words(text)[0] if self.markdown else text
            painter.drawText(QRectF(x, 0, width + 1, height), Qt.AlignmentFlag.AlignLeft, shown)

    def _text_width(self, text: str) -> float:
        if self.markdown and needs_document(text):
            return document_width(text, self._dark(), self.font())
        shown = label_words(text)[0] if self.markdown else text
        return float(self.fontMetrics().horizontalAdvance(shown))

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128
