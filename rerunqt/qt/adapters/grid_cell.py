"""One cell of an st.grid: its frame (border, padding, vertical place) and grid.cell().

Every cell of a grid is a ``CellFrame``: a ``grid.cell()`` is one (``GridCellWidget``,
holding a column of elements), and an element drawn straight into the grid is wrapped
in one by the grid. The frame fills its grid area, so bordered cards in a row line up;
what it holds sits at the top, centre or bottom of it (``vertical_alignment``). With a
pixel ``row_height`` the cell is that tall and taller content scrolls inside it, as
Streamlit documents (it was cut off).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.container_box import BORDER_MARGIN, PAGE_SPACING, _restyle
from rerunqt.qt.children import Children
from rerunqt.qt.column import Column

QWIDGETSIZE_MAX = 16777215
# stretch of the (top spacer, content, bottom spacer) for each vertical alignment
_STRETCH = {"top": (0, 0, 1), "center": (1, 0, 1), "bottom": (1, 0, 0), "stretch": (0, 1, 0)}


class CellFrame(QFrame):
    """A grid cell's frame around ``content``."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setObjectName("rqGridCell")
        self.setProperty("border", False)
        self.column_span: int | str = 1
        self.row_span = 1
        self.content = content
        self.frame_layout = QVBoxLayout(self)  # the holder, or a scroll area around it
        self.frame_layout.setContentsMargins(0, 0, 0, 0)
        self.holder = QWidget()
        self.holder.setObjectName("rqGridCellInner")
        self.frame_layout.addWidget(self.holder)
        self.scroller: QScrollArea | None = None
        outer = self.outer = QVBoxLayout(self.holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        outer.addWidget(content)
        outer.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        self.set_look(False, "top")

    def set_look(self, border: bool, align: str) -> None:
        margin = BORDER_MARGIN if border else 0
        self.frame_layout.setContentsMargins(margin, margin, margin, margin)
        _restyle(self, "border", border)
        for index, stretch in enumerate(_STRETCH.get(align, _STRETCH["top"])):
            self.outer.setStretch(index, stretch)

    def set_row_height(self, height: int | None) -> None:
        """A fixed height (``row_height`` pixels, times the rows it spans), or none."""
        if height is None:
            if self.scroller is not None:
                self.scroller.takeWidget()
                self.frame_layout.removeWidget(self.scroller)
                self.scroller.deleteLater()
                self.scroller = None
                self.frame_layout.addWidget(self.holder)
            self.setMinimumHeight(0)
            self.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        if self.scroller is None:
            self.frame_layout.removeWidget(self.holder)
            scroller = self.scroller = QScrollArea()
            scroller.setObjectName("rqContainerScroll")  # transparent, no frame
            scroller.setWidgetResizable(True)  # the holder fills it; its spacers align
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setWidget(self.holder)
            self.frame_layout.addWidget(scroller)
        self.setFixedHeight(height)

    def set_left(self, left: bool) -> None:
        """Keep the content at its natural width on the left, or let it fill the cell."""
        align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag(0)
        self.outer.setAlignment(self.content, align)


class GridCellWidget(CellFrame):
    """``grid.cell()``: a cell holding a column of elements."""

    def __init__(self) -> None:
        inner = QWidget()
        inner.setObjectName("rqGridCellInner")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PAGE_SPACING)
        super().__init__(inner)
        self.column = Column(layout)


class GridCellAdapter(Adapter):
    kind = "grid_cell"

    def create(self, element: Element, host: Host) -> QWidget:
        cell = GridCellWidget()
        self.update(cell, element, element, frozenset(n for n, _ in element.props))
        return cell

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, GridCellWidget)
        spans: Any = (new.prop("column_span", 1), new.prop("row_span", 1))
        if (widget.column_span, widget.row_span) != spans:
            widget.column_span, widget.row_span = spans
            from rerunqt.qt.adapters.grid import GridBox  # grid imports this module

            grid = widget.parentWidget()
            if isinstance(grid, GridBox):  # the grid places its cells again
                grid.relayout(force=True)

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, GridCellWidget)
        return widget.column
