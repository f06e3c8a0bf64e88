"""st.grid in the window: cells in rows that reflow as the window's width changes.

The column count follows Streamlit: "auto" fits as many ``min_column_width`` columns
as the width allows (at most 24); a number is a maximum with ``wrap`` and fixed without.
Cells keep their order, left to right then top to bottom, and span the columns and rows
``grid.cell(column_span=, row_span=)`` asked for (rerunqt/core/grid_place.py). Unused
columns of the last row keep their width, so every cell of a grid is as wide.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.core.grid_place import place
from rerunqt.qt.adapters.base import Adapter, Host, apply_width
from rerunqt.qt.adapters.grid_cell import CellFrame, GridCellAdapter, GridCellWidget
from rerunqt.qt.adapters.layout import GAP_PX
from rerunqt.qt.children import Children

MAX_COLUMNS = 24
QWIDGETSIZE_MAX = 16777215


def column_count(columns: Any, min_width: int, wrap: bool, width: int, gap: int) -> int:
    """How many columns fit ``width`` (with ``gap`` between them)."""
    fit = max(1, (width + gap) // (min_width + gap)) if width > 0 else 1
    if columns == "auto":
        return min(fit, MAX_COLUMNS)
    return int(columns) if not wrap else max(1, min(int(columns), fit))


def gaps(gap: Any) -> tuple[int, int]:
    """(row gap, column gap) in pixels from a gap name, pixels, or a (row, column) pair."""
    row, column = gap if isinstance(gap, tuple) else (gap, gap)
    return tuple(g if isinstance(g, int) else GAP_PX.get(g, GAP_PX["small"])  # type: ignore[return-value]
                 for g in (row, column))


class GridBox(QFrame):
    """The grid; ``cells`` (the widgets the renderer knows) in order, in their frames."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqGrid")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cells: list[QWidget] = []
        self.wrappers: dict[int, CellFrame] = {}  # id(element widget) -> its frame
        self.left: set[int] = set()
        self.props: dict[str, Any] = {}
        self.count = 0
        self.rows = 0
        self.equal_height = 0
        self.fillers: list[QWidget] = []
        self.cells_protocol = GridCells(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def frame(self, widget: QWidget) -> CellFrame:
        """The frame a cell widget is shown in (a grid.cell() is its own frame)."""
        if isinstance(widget, GridCellWidget):
            return widget
        wrapper = self.wrappers.get(id(widget))
        if wrapper is None:
            wrapper = self.wrappers[id(widget)] = CellFrame(widget)
        return wrapper

    def position(self, widget: QWidget) -> tuple[int, int, int, int]:
        """(row, column, row span, column span) of a cell widget in the grid."""
        position: Any = self.grid.getItemPosition(self.grid.indexOf(self.frame(widget)))
        return tuple(position)

    def set_props(self, props: dict[str, Any]) -> None:
        self.props = props
        row_gap, column_gap = gaps(props["gap"])
        self.grid.setHorizontalSpacing(column_gap)
        self.grid.setVerticalSpacing(row_gap)
        self.relayout(force=True)

    def columns_now(self) -> int:
        props = self.props
        return column_count(props["columns"], int(props["min_column_width"]), props["wrap"],
                            self.contentsRect().width(), gaps(props["gap"])[1])

    def relayout(self, force: bool = False) -> None:
        if not self.props:
            return
        count = self.columns_now()
        if count == self.count and not force:
            return
        self.count = count
        props = self.props
        frames = [self.frame(cell) for cell in self.cells]
        for frame in frames:
            self.grid.removeWidget(frame)
        spans = [(f.column_span, f.row_span) for f in frames]
        placements = place(spans, count, bool(props["dense"]))
        row_height = props["row_height"]
        row_gap = gaps(props["gap"])[0]
        for frame, at in zip(frames, placements):
            frame.set_look(bool(props["border"]), props["vertical_alignment"])
            frame.set_left(id(frame.content) in self.left)
            frame.set_row_height(at.row_span * row_height + (at.row_span - 1) * row_gap
                                 if isinstance(row_height, int) else None)
            self.grid.addWidget(frame, at.row, at.column, at.row_span, at.column_span)
            frame.show()
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < count else 0)
        share = isinstance(props["height"], int) and row_height == "equal"
        for row in range(max(self.grid.rowCount(), 1)):  # a bounded grid's rows share its height
            self.grid.setRowStretch(row, 1 if share else 0)
        used = {c for at in placements for c in range(at.column, at.column + at.column_span)}
        self._fill([c for c in range(count) if c not in used] if placements else [])
        self.rows = max((at.row + at.row_span for at in placements), default=0)
        self.equal_height = -1
        self._equal_rows()
        wrap_free = not props["wrap"]
        column_gap = gaps(props["gap"])[1]
        self.setMinimumWidth(count * int(props["min_column_width"]) + (count - 1) * column_gap
                             if wrap_free else 0)

    def _fill(self, columns: list[int]) -> None:
        """A zero-height filler in each unused column, so it keeps its width (Qt gives an
        empty grid column none; Streamlit keeps the tracks of a short last row)."""
        for filler in self.fillers:
            self.grid.removeWidget(filler)
            filler.deleteLater()
        self.fillers = []
        for column in columns:
            filler = QWidget(self)
            filler.setFixedHeight(0)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            policy.setRetainSizeWhenHidden(True)  # hidden, yet it holds its column
            filler.setSizePolicy(policy)
            filler.hide()
            self.grid.addWidget(filler, 0, column)
            self.fillers.append(filler)

    def _equal_rows(self) -> None:
        """``row_height="equal"``: every row as tall as the tallest (one-row cells count)."""
        equal = self.props.get("row_height") == "equal"
        tallest = 0
        if equal and self.count:
            width = max(1, self.contentsRect().width() // self.count)
            for cell in self.cells:
                frame = self.frame(cell)
                if frame.row_span == 1:
                    hint = (frame.heightForWidth(width) if frame.hasHeightForWidth()
                            else frame.sizeHint().height())
                    tallest = max(tallest, hint)
        if tallest != self.equal_height:
            self.equal_height = tallest
            for row in range(max(self.rows, self.grid.rowCount())):
                self.grid.setRowMinimumHeight(row, tallest)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.props.get("row_height") == "equal":
            self._equal_rows()  # a cell's content changed its height
        return handled

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
        self.set_left_aligned(widget, align_left)
        frame = self.box.frame(widget)
        frame.setParent(self.box)
        widget.show()
        self.box.relayout(force=True)

    def remove(self, widget: QWidget) -> None:
        box = self.box
        if widget not in box.cells:
            return
        box.cells.remove(widget)
        box.left.discard(id(widget))
        frame = box.frame(widget)
        box.grid.removeWidget(frame)
        wrapper = box.wrappers.pop(id(widget), None)
        if wrapper is not None:  # the renderer takes the widget; its frame goes
            wrapper.outer.removeWidget(widget)
            widget.setParent(None)
            wrapper.hide()
            wrapper.deleteLater()
        box.relayout(force=True)

    def index_of(self, widget: QWidget) -> int:
        return self.box.cells.index(widget) if widget in self.box.cells else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        if left:
            self.box.left.add(id(widget))
        else:
            self.box.left.discard(id(widget))
        if widget in self.box.cells:
            self.box.frame(widget).set_left(left)


class GridView(QWidget):
    """The grid as the page holds it: the GridBox, in a scroll area when ``height`` is pixels
    (a bounded grid scrolls its rows; with ``row_height="equal"`` they share its height)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqGridView")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.box = GridBox()
        self.outer.addWidget(self.box)
        self.scroller: QScrollArea | None = None

    def set_height(self, height: int | None) -> None:
        if height is None:
            if self.scroller is not None:
                self.scroller.takeWidget()
                self.outer.removeWidget(self.scroller)
                self.scroller.deleteLater()
                self.scroller = None
                self.outer.addWidget(self.box)
                self.box.show()
            self.setMinimumHeight(0)
            self.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        if self.scroller is None:
            self.outer.removeWidget(self.box)
            scroll = self.scroller = QScrollArea()
            scroll.setObjectName("rqGridScroll")
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.box)
            scroll.viewport().setAutoFillBackground(False)
            self.outer.addWidget(scroll)
        self.setFixedHeight(height)


class GridAdapter(Adapter):
    kind = "grid"

    def create(self, element: Element, host: Host) -> QWidget:
        view = GridView()
        self.update(view, element, element, frozenset(n for n, _ in element.props))
        return view

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, GridView)
        height = new.prop("height")
        widget.set_height(height if isinstance(height, int) else None)
        widget.box.set_props(new.props_dict())
        if "width" in changed:
            apply_width(widget, new)

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, GridView)
        return widget.box.cells_protocol


GRID_ADAPTERS: list[Adapter] = [GridAdapter(), GridCellAdapter()]
