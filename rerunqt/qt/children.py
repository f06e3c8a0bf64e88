"""The children protocol: how the renderer puts a child widget into any container.

The page column, forms and every layout container implement the same four calls, so
the renderer never asks a widget what it is (no ``getattr`` look-ups): an adapter
returns its container's ``Children`` and the renderer inserts, moves and removes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from rerunqt.qt.column import Column
from rerunqt.qt.flow import FlowBox

NO_ALIGN = Qt.AlignmentFlag(0)


class Children(Protocol):
    """Child widgets of one container, by index (the element's place among its siblings)."""

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None: ...

    def remove(self, widget: QWidget) -> None: ...

    def index_of(self, widget: QWidget) -> int: ...

    def set_left_aligned(self, widget: QWidget, left: bool) -> None: ...


class BoxChildren:
    """Children in one plain box layout (a row of columns, a horizontal container).

    ``stretch`` gives each inserted widget its stretch factor (a column's weight).
    Items after the children (a trailing stretch) stay last.
    """

    def __init__(self, layout: QBoxLayout, alignment: Qt.AlignmentFlag = NO_ALIGN,
                 stretch: dict[int, int] | None = None) -> None:
        self.layout = layout
        self.alignment = alignment
        self.widgets: list[QWidget] = []
        self.stretch = stretch if stretch is not None else {}

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        if widget in self.widgets:
            self.remove(widget)
        index = max(0, min(index, len(self.widgets)))
        alignment = self.alignment | (Qt.AlignmentFlag.AlignLeft if align_left else Qt.AlignmentFlag(0))
        self.layout.insertWidget(index, widget, self.stretch.get(id(widget), 0), alignment)
        self.widgets.insert(index, widget)
        widget.show()

    def remove(self, widget: QWidget) -> None:
        if widget in self.widgets:
            self.layout.removeWidget(widget)
            self.widgets.remove(widget)

    def index_of(self, widget: QWidget) -> int:
        return self.widgets.index(widget) if widget in self.widgets else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        alignment = self.alignment | (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag(0))
        self.layout.setAlignment(widget, alignment)

    def set_stretch(self, widget: QWidget, stretch: int) -> None:
        self.stretch[id(widget)] = stretch
        if widget in self.widgets:
            self.layout.setStretchFactor(widget, stretch)

    def __len__(self) -> int:
        return len(self.widgets)


class HidingColumn(Column):
    """A column whose box is hidden while it holds nothing (st.empty(), an unused sidebar).

    A hidden widget takes no space and no layout spacing, so an empty placeholder leaves
    no gap on the page.
    """

    def __init__(self, layout: QBoxLayout, box: QWidget) -> None:
        super().__init__(layout)
        self.box = box

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        super().insert(index, widget, align_left)
        self.box.setVisible(True)

    def remove(self, widget: QWidget) -> None:
        super().remove(widget)
        if len(self) == 0:
            self.box.setVisible(False)


class FlowChildren:
    """A horizontal container's children: left to right, onto more lines when a line is
    full (Streamlit's ``wrap=True``; with ``wrap=False`` one line that scrolls sideways),
    placed by ``horizontal_alignment`` (left, center, right, or distribute: the free space
    between them) and aligned across a line by ``vertical_alignment``."""

    def __init__(self, box: FlowBox) -> None:
        self.box = box
        self.widgets: list[QWidget] = []
        box.flow.grow = True  # width="stretch" children share their line's free space

    def set_alignment(self, horizontal: str, vertical: str) -> None:
        self.box.flow.main = horizontal
        self.box.flow.cross = vertical
        self.box.refit()

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        flow = self.box.flow
        if widget in self.widgets:
            flow.removeWidget(widget)
            self.widgets.remove(widget)
        index = max(0, min(index, len(self.widgets)))
        flow.addWidget(widget)  # appended: move it into place
        flow.items.insert(index, flow.items.pop())
        self.widgets.insert(index, widget)
        widget.show()
        self.box.refit()

    def remove(self, widget: QWidget) -> None:
        if widget in self.widgets:
            self.box.flow.removeWidget(widget)
            self.widgets.remove(widget)
            self.box.refit()

    def index_of(self, widget: QWidget) -> int:
        return self.widgets.index(widget) if widget in self.widgets else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None  # every child keeps its natural width (or grows, when it stretches)

    def __len__(self) -> int:
        return len(self.widgets)
