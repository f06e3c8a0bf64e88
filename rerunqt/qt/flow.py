"""A wrapping row of widgets: the multiselect's chips, the pills of st.pills.

Qt has no flow layout; this one wraps items to new lines and, unlike a height-for-width
layout, fixes its owner's height itself, so a page relayout never measures it again.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to new lines; the last item may fill its line's rest.

    It does not report height-for-width (that makes every page relayout measure it);
    its owner ``FlowBox`` fixes its own height when its width or its items change.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 4, fill_last: bool = True) -> None:
        super().__init__(parent)
        self.items: list[QLayoutItem] = []
        self.fill_last = fill_last  # the multiselect's add-box fills; pills keep their size
        self.one_line = False  # wrap=False: every item on one line (the owner scrolls it)
        # a wrapping horizontal st.container: where a line's free space goes ("left",
        # "center", "right", "distribute"), how items sit in a line ("top", "center",
        # "bottom", "distribute": as tall as the line), and whether items that stretch
        # (an Expanding width) share the free space of their line, as in a CSS flex row
        self.main = "left"
        self.cross = "center"
        self.grow = False
        self.gap = spacing
        self.line_gap = spacing  # between lines: a horizontal radio's options sit closer
        self.setContentsMargins(0, 0, 0, 0)
        self.destroyed.connect(partial(_delete_items, self.items))  # Python has no destructor

    def addItem(self, item: QLayoutItem) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self.items[index] if 0 <= index < len(self.items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        """Every item on one line: what a content-width owner asks for (it wraps when given
        less). The widest item alone made content-width pills stack one per line."""
        hints = [item.sizeHint() for item in self.items if not item.isEmpty()]
        if not hints:
            return self.minimumSize()
        width = sum(hint.width() for hint in hints) + self.gap * (len(hints) - 1)
        return QSize(width, max(hint.height() for hint in hints))

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self.items:
            size = size.expandedTo(item.minimumSize())
        return size

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self.arrange(rect, place=True)
        owner = self.parentWidget()
        if owner is not None and height > 0 and height != owner.maximumHeight():
            owner.setFixedHeight(height)  # an item's size changed (e.g. polished late): refit

    def arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height used."""
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x, left, right = rect.x(), rect.x(), rect.x() + rect.width()
        visible = [item for item in self.items if not item.isEmpty()]
        for n, item in enumerate(visible):
            hint = item.sizeHint()
            width = hint.width() if self.one_line else min(hint.width(), rect.width())
            if x > left and x + width > right and not self.one_line:
                lines.append([])
                x = left
            if self.fill_last and n == len(visible) - 1:
                width = max(width, right - x)
            lines[-1].append((item, x, QSize(width, hint.height())))
            x += width + self.gap
        y = rect.y()
        for line in lines:
            height = max((size.height() for _, _, size in line), default=0)
            if place:
                self._place(self._spread(line, right), y, height)
            y += height + self.line_gap
        return max(0, y - self.line_gap - rect.y())

    def _spread(self, line: list[tuple[QLayoutItem, int, QSize]],
                right: int) -> list[tuple[QLayoutItem, int, QSize]]:
        """The line with its free space given out: to growing items, else by ``main``."""
        if not line:
            return line
        free = right - (line[-1][1] + line[-1][2].width())
        growing = [n for n, (item, _, size) in enumerate(line)
                   if self.grow and item.expandingDirections() & Qt.Orientation.Horizontal
                   and item.maximumSize().width() > size.width()]
        if free <= 0 or (self.main == "left" and not growing):
            return line
        out, shift = [], 0
        for n, (item, x, size) in enumerate(line):
            extra, gap = 0, 0
            if growing:
                room = item.maximumSize().width() - size.width()  # a pixel width caps it
                extra = min(free // len(growing), room) if n in growing else 0
            elif self.main == "distribute" and len(line) > 1:
                gap = free // (len(line) - 1) if n else 0
            elif n == 0:
                gap = free // 2 if self.main == "center" else free if self.main == "right" else 0
            shift += gap
            out.append((item, x + shift, QSize(size.width() + extra, size.height())))
            shift += extra
        return out

    def _place(self, line: list[tuple[QLayoutItem, int, QSize]], y: int, height: int) -> None:
        for item, x, size in line:
            if self.cross == "distribute":
                size = QSize(size.width(), height)
            room = height - size.height()
            top = y + {"top": 0, "bottom": room}.get(self.cross, room // 2)
            item.setGeometry(QRect(QPoint(x, top), size))


def _delete_items(items: list[QLayoutItem], *_: object) -> None:  # else each leaks ~100 B
    while items:
        if shiboken6.isValid(item := items.pop()):
            shiboken6.delete(item)


class FlowBox(QWidget):
    """The widget that owns a FlowLayout and keeps its height right for its width."""

    def __init__(self, spacing: int = 4, fill_last: bool = True) -> None:
        super().__init__()
        self.flow = FlowLayout(self, spacing, fill_last)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def line_width(self) -> int:
        """The width of all the items side by side (what one line needs)."""
        hints = [item.sizeHint().width() for item in self.flow.items if not item.isEmpty()]
        return sum(hints) + self.flow.gap * max(len(hints) - 1, 0)

    def refit(self) -> None:
        if self.flow.one_line:
            self.setMinimumWidth(self.line_width())
        elif self.minimumWidth():
            self.setMinimumWidth(0)
        height = self.flow.arrange(QRect(0, 0, max(self.width(), 1), 0), place=False)
        if height != self.maximumHeight():
            self.setFixedHeight(max(height, 1))
        self.flow.invalidate()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()
