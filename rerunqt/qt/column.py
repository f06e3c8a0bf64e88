"""A vertical column of element widgets, split into chunks so relayouts stay small.

When one widget's size hint changes, Qt re-lays-out every item of its layout. With
1000 elements in one QVBoxLayout that is ~2 ms per rerun; split into chunks of at
most 2 x CHUNK widgets, a change re-lays-out one chunk and the short list of chunks.
Chunks have no margins and the page's spacing, so the page looks the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QVBoxLayout, QWidget

EXPLICIT_SHOW_HIDE = Qt.WidgetAttribute.WA_WState_ExplicitShowHide

CHUNK = 32
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft


class Column:
    """Insert and remove widgets by index in a chunked vertical layout."""

    def __init__(self, layout: QBoxLayout) -> None:
        self.layout = layout  # holds the chunks (and a trailing stretch, if any)
        self.lead = 0  # layout items before the first chunk (a container's top spacer)
        self.chunks: list[QWidget] = []
        self.counts: list[int] = []
        self.left_aligned: set[int] = set()
        # where a widget of natural width sits (a container's horizontal_alignment)
        self.natural_alignment = ALIGN_LEFT

    def __len__(self) -> int:
        return sum(self.counts)

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        if align_left:
            self.left_aligned.add(id(widget))
        else:
            self.left_aligned.discard(id(widget))
        position, offset = self._locate(index)
        if position == len(self.chunks):
            self._new_chunk(position)
        focused = focus_inside(widget)
        old_parent = widget.parentWidget()
        self._chunk_layout(position).insertWidget(offset, widget, 0, self._alignment(widget))
        if old_parent is not None and widget.parentWidget() is not old_parent:
            reshow(widget, focused)  # moved into another chunk
        elif widget.isHidden() and not widget.testAttribute(EXPLICIT_SHOW_HIDE):
            # shown now, not by the layout's queued call: a live page is painted in the
            # same slot (window._paint_now), before the event loop would deliver it
            widget.show()
        self.counts[position] += 1
        if self.counts[position] > 2 * CHUNK:
            self._split(position)

    def index_of(self, widget: QWidget) -> int:
        """The position of ``widget`` in the column, or -1 if it is not in it."""
        chunk = widget.parentWidget()
        if chunk is None or chunk not in self.chunks:
            return -1
        position = self.chunks.index(chunk)
        offset = self._chunk_layout(position).indexOf(widget)
        return -1 if offset < 0 else sum(self.counts[:position]) + offset

    def remove(self, widget: QWidget) -> None:
        chunk = widget.parentWidget()
        if chunk is None or chunk not in self.chunks:
            return
        position = self.chunks.index(chunk)
        self._chunk_layout(position).removeWidget(widget)
        self.counts[position] -= 1
        self.left_aligned.discard(id(widget))
        if self.counts[position] == 0:
            self.layout.removeWidget(chunk)
            del self.chunks[position], self.counts[position]
            chunk.hide()
            chunk.deleteLater()

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        """Keep ``widget`` at its natural width on the left, or let it span the column."""
        if left:
            self.left_aligned.add(id(widget))
        else:
            self.left_aligned.discard(id(widget))
        chunk = widget.parentWidget()
        if chunk is not None and chunk in self.chunks:
            self._chunk_layout(self.chunks.index(chunk)).setAlignment(widget, self._alignment(widget))

    # ----- internals -----
    def _locate(self, index: int) -> tuple[int, int]:
        """(chunk position, offset in it) where a widget at global ``index`` goes."""
        for position, count in enumerate(self.counts):
            if index <= count and (index < count or count < 2 * CHUNK):
                return position, index
            index -= count
        return len(self.chunks), 0

    def _new_chunk(self, position: int) -> QWidget:
        chunk = QWidget()
        chunk.setObjectName("rqChunk")
        layout = QVBoxLayout(chunk)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.layout.spacing())
        self.layout.insertWidget(self.lead + position, chunk)
        chunk.show()  # explicit: Qt's deferred show of layout children can be lost
        self.chunks.insert(position, chunk)
        self.counts.insert(position, 0)
        return chunk

    def _chunk_layout(self, position: int) -> QBoxLayout:
        layout = self.chunks[position].layout()
        assert isinstance(layout, QBoxLayout)
        return layout

    def _alignment(self, widget: QWidget) -> Qt.AlignmentFlag:
        return self.natural_alignment if id(widget) in self.left_aligned else Qt.AlignmentFlag(0)

    def set_natural_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        """Place every natural-width widget at the left, centre or right of the column."""
        if alignment == self.natural_alignment:
            return
        self.natural_alignment = alignment
        for position in range(len(self.chunks)):
            layout = self._chunk_layout(position)
            for index in range(layout.count()):
                item = layout.itemAt(index)
                widget = item.widget() if item is not None else None
                if widget is not None and id(widget) in self.left_aligned:
                    layout.setAlignment(widget, alignment)

    def _split(self, position: int) -> None:
        """Move the second half of an over-full chunk into a new chunk after it."""
        source = self._chunk_layout(position)
        moving: list[QWidget] = []
        for i in range(CHUNK, source.count()):
            item = source.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                moving.append(widget)
        self._new_chunk(position + 1)
        target = self._chunk_layout(position + 1)
        for widget in moving:
            focused = focus_inside(widget)
            source.removeWidget(widget)
            target.addWidget(widget, 0, self._alignment(widget))
            reshow(widget, focused)
        self.counts[position] -= len(moving)
        self.counts[position + 1] = len(moving)


def focus_inside(widget: QWidget) -> QWidget | None:
    """The focused widget if it is ``widget`` or inside it."""
    focused = QApplication.focusWidget()
    if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
        return focused
    return None


def reshow(widget: QWidget, focused: QWidget | None) -> None:
    """Reparenting hides a widget and drops its focus: show it and give focus back now."""
    widget.show()
    if focused is not None:
        focused.setFocus()
