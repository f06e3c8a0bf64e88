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
        shown = [item for item in self.items if not item.isEmpty()]
        hints = [item.sizeHint() for item in shown]
        if not hints:
            return self.minimumSize()
        width = sum(_basis(item, hint.width()) for item, hint in zip(shown, hints))
        width += self.gap * (len(hints) - 1)
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
        if owner is not None and self.one_line and owner.minimumWidth() != self.line_minimum():
            owner.setMinimumWidth(self.line_minimum())  # an item's width changed: scroll again
        if owner is not None and height > 0 and height != owner.maximumHeight():
            owner.setFixedHeight(height)  # an item's size changed (e.g. polished late): refit

    def arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height used."""
        lines: list[list[tuple[QLayoutItem, int, QSize]]] = [[]]
        x, left, right = rect.x(), rect.x(), rect.x() + rect.width()
        visible = [item for item in self.items if not item.isEmpty()]
        for n, item in enumerate(visible):
            hint = item.sizeHint()
            width = _basis(item, hint.width())
            width = width if self.one_line else min(width, rect.width())
            if x > left and x + width > right and not self.one_line:
                lines.append([])
                x = left
            if self.fill_last and n == len(visible) - 1:
                width = max(width, right - x)
            lines[-1].append((item, x, QSize(width, hint.height())))
            x += width + self.gap
        y = rect.y()
        for line in lines:
            line = [(item, x, QSize(size.width(), _height(item, size)))
                    for item, x, size in self._spread(line, right)]
            height = max((size.height() for _, _, size in line), default=0)
            if place:
                self._place(line, y, height)
            y += height + self.line_gap
        return max(0, y - self.line_gap - rect.y())

    def _stretches(self, item: QLayoutItem) -> bool:
        """Whether the item's width follows its line (Streamlit's ``flex: 1 1``): a child
        whose width is "stretch", or, for a widget that gave no width, an Expanding one."""
        if not self.grow:
            return False
        mode = _mode(item)
        if mode is not None:
            return bool(mode == "stretch")
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)

    def line_minimum(self) -> int:
        """The narrowest one line can be: stretching items at their minimum width, the
        others at their width (what a ``one_line`` row needs before it scrolls)."""
        shown = [item for item in self.items if not item.isEmpty()]
        widths = [item.minimumSize().width() if self._stretches(item)
                  else _basis(item, item.sizeHint().width()) for item in shown]
        return sum(widths) + self.gap * max(len(widths) - 1, 0)

    def _spread(self, line: list[tuple[QLayoutItem, int, QSize]],
                right: int) -> list[tuple[QLayoutItem, int, QSize]]:
        """The line with its free space given out: to growing items, else by ``main``."""
        if not line:
            return line
        free = right - (line[-1][1] + line[-1][2].width())
        if free < 0:
            return _shrink(line, -free, [self._stretches(item) for item, _, _ in line])
        growing = [n for n, (item, _, size) in enumerate(line)
                   if self._stretches(item) and item.maximumSize().width() > size.width()]
        if free == 0 or (self.main == "left" and not growing):
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


def _mode(item: QLayoutItem) -> object:
    """The ``width`` the renderer gave the item's widget (``rqWidth``): pixels, "stretch",
    "content", or None (a widget that is no element, a kind without a width)."""
    widget = item.widget()
    return None if widget is None else widget.property("rqWidth")


# where a stretching element's width starts in a row (Streamlit's 14rem and 8rem
# minStretchBehavior): tabs sit beside a title instead of taking a line of their own
ROW_BASIS_TABS = 224
ROW_BASIS_CHAT_INPUT = 128


def _basis(item: QLayoutItem, natural: int) -> int:
    """The item's width before its line's free space is given out: a pixel width exactly
    (Streamlit's ``flex: 0 0 <px>``, whatever the content); for a stretching widget with
    an ``rqBasis`` (tabs, chat input), that; else its natural width."""
    mode = _mode(item)
    if isinstance(mode, int) and not isinstance(mode, bool):
        return mode
    widget = item.widget()
    basis = None if widget is None or mode != "stretch" else widget.property("rqBasis")
    return basis if isinstance(basis, int) else natural


def _shrink(line: list[tuple[QLayoutItem, int, QSize]], excess: int,
            stretching: list[bool]) -> list[tuple[QLayoutItem, int, QSize]]:
    """A one-line row wider than its room: its stretching items give the excess back in
    proportion to their widths, none below its minimum width (CSS's ``flex-shrink``)."""
    total = sum(size.width() for (_, _, size), grows in zip(line, stretching) if grows)
    out, shift = [], 0
    for (item, x, size), grows in zip(line, stretching):
        cut = 0
        if grows and total:
            cut = min(excess * size.width() // total, size.width() - item.minimumSize().width())
            cut = max(cut, 0)
        out.append((item, x - shift, QSize(size.width() - cut, size.height())))
        shift += cut
    return out


def _height(item: QLayoutItem, size: QSize) -> int:
    """The item's height at its width: a text wraps to fewer lines when it is wider."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(size.width()), item.minimumSize().height())
    return size.height()


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

    def refit(self) -> None:
        if self.flow.one_line:
            self.setMinimumWidth(self.flow.line_minimum())
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
