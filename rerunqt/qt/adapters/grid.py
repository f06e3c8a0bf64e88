"""st.grid in the window: cells in rows that reflow as the window's width changes.

The column count follows Streamlit: "auto" fits as many ``min_column_width`` columns
as the width allows (at most 24); a number is a maximum with ``wrap`` and fixed without.
Cells keep their order, left to right then top to bottom.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, apply_width
from rerunqt.qt.adapters.layout import BORDER_MARGIN, GAP_PX, _restyle
from rerunqt.qt.children import Children

MAX_COLUMNS = 24
_ALIGN = {"top": Qt.AlignmentFlag.AlignTop, "center": Qt.AlignmentFlag.AlignVCenter,
          "bottom": Qt.AlignmentFlag.AlignBottom, "stretch": Qt.AlignmentFlag(0)}


def column_count(columns: Any, min_width: int, wrap: bool, width: int, gap: int) -> int:
    """How many columns fit ``width`` (with ``gap`` between them)."""
    fit = max(1, (width + gap) // (min_width + gap)) if width > 0 else 1
    if columns == "auto":
        return min(fit, MAX_COLUMNS)
    return int(columns) if not wrap else max(1, min(int(columns), fit))


class GridBox(QFrame):
    """The grid; ``cells`` in order, placed again when the width or the count changes."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqGrid")
        self.grid = QGridLayout(self)
        self.cells: list[QWidget] = []
        self.props: dict[str, Any] = {}
        self.count = 0
        self.cells_protocol = GridCells(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_props(self, props: dict[str, Any]) -> None:
        self.props = props
        gap = GAP_PX[props["gap"]]
        self.grid.setHorizontalSpacing(gap)
        self.grid.setVerticalSpacing(gap)
        margin = BORDER_MARGIN if props["border"] else 0
        self.grid.setContentsMargins(margin, margin, margin, margin)
        _restyle(self, "border", bool(props["border"]))
        self.relayout(force=True)

    def columns_now(self) -> int:
        props = self.props
        inner = self.contentsRect().width() - 2 * self.grid.contentsMargins().left()
        return column_count(props["columns"], int(props["min_column_width"]), props["wrap"],
                            inner, GAP_PX[props["gap"]])

    def relayout(self, force: bool = False) -> None:
        if not self.props:
            return
        count = self.columns_now()
        if count == self.count and not force:
            return
        self.count = count
        for cell in self.cells:
            self.grid.removeWidget(cell)
        align = _ALIGN[self.props["vertical_alignment"]]
        row_height = self.props["row_height"]
        for n, cell in enumerate(self.cells):
            if isinstance(row_height, int):
                cell.setFixedHeight(row_height)
            self.grid.addWidget(cell, n // count, n % count, align)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < count else 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.relayout()


class GridCells:
    """The children protocol over a GridBox: insert by index, then place again."""

    def __init__(self, box: GridBox) -> None:
        self.box = box

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        cells = self.box.cells
        if widget in cells:
            cells.remove(widget)
        cells.insert(max(0, min(index, len(cells))), widget)
        widget.setParent(self.box)
        widget.show()
        self.box.relayout(force=True)

    def remove(self, widget: QWidget) -> None:
        if widget in self.box.cells:
            self.box.cells.remove(widget)
            self.box.grid.removeWidget(widget)
            self.box.relayout(force=True)

    def index_of(self, widget: QWidget) -> int:
        return self.box.cells.index(widget) if widget in self.box.cells else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None  # a cell fills its column


class GridAdapter(Adapter):
    kind = "grid"

    def create(self, element: Element, host: Host) -> QWidget:
        box = GridBox()
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, GridBox)
        widget.set_props(new.props_dict())
        if "width" in changed:
            apply_width(widget, new)
        height = new.prop("height")
        if isinstance(height, int):
            widget.setFixedHeight(height)

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, GridBox)
        return widget.cells_protocol


GRID_ADAPTERS: list[Adapter] = [GridAdapter()]
