"""Layout containers as Qt widgets: container, columns, column, empty, sidebar.

Each is a frame whose children go through the children protocol (qt/children.py).
Nothing here holds state the user gave, except what Qt keeps by itself because the
widgets are reused across reruns (a scrolled container keeps its scroll position).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.container_box import (
    _H_ALIGN,
    _V_ALIGN,
    GAP_PX,
    PAGE_SPACING,
    STACK_AT_PX,
    ContainerBox,
    _frame,
    flow_row,
    gap_px,
    horizontal_row,
)
from rerunqt.qt.children import NO_ALIGN, BoxChildren, Children, FlowChildren, HidingColumn
from rerunqt.qt.column import Column


class LayoutAdapter(Adapter):
    """The width of a layout container (container, columns, tabs, expander, chat message,
    status, form, popover), one rule for all as in Streamlit 1.67: "stretch" fills the
    parent; "content" keeps the natural width, at the left; a pixel width is exact, or the
    parent's width when the parent is narrower. A pixel-wide container spans its parent
    column (not left-aligned at its natural width) and the renderer's ``apply_width``
    caps it, so it takes the cap exactly whatever its content."""

    exact_pixels = True


class Box(QFrame):
    """A frame holding a vertical column of children (column, container, tab page...)."""

    def __init__(self, object_name: str, border: bool = False) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("border", border)
        self.box_layout = QVBoxLayout(self)
        self.box_layout.setSpacing(PAGE_SPACING)
        self.set_border(border)
        self.box_layout.addStretch(1)
        self.children_ = Column(self.box_layout)

    def set_border(self, border: bool) -> None:
        _frame(self, self.box_layout, border)


class BoxAdapter(Adapter):
    """A container kind whose widget is a ``Box``."""

    object_name = "rqBox"

    def create(self, element: Element, host: Host) -> QWidget:
        box = Box(self.object_name, bool(element.prop("border")))
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, Box)
        if "border" in changed:
            widget.set_border(bool(new.prop("border")))

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, Box)
        return widget.children_


class ColumnAdapter(BoxAdapter):
    kind = "column"
    object_name = "rqColumn"

    def create(self, element: Element, host: Host) -> QWidget:
        box = super().create(element, host)
        # widths follow the weights exactly, not the contents' size hints
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        box.setSizePolicy(policy)
        box.setProperty("rqWeight", _stretch(element))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        super().update(widget, old, new, changed)
        if "weight" in changed:
            widget.setProperty("rqWeight", _stretch(new))
            row = widget.parentWidget()
            if isinstance(row, ColumnsRow):
                row.cells.set_stretch(widget, _stretch(new))


def _stretch(element: Element) -> int:
    return max(1, round(float(element.prop("weight") or 1) * 1000))


class ColumnsRow(QWidget):
    """Side-by-side columns; they stack top to bottom in a window too narrow for them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqColumns")
        self.row_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.cells = _ColumnCells(self.row_layout)
        self.gap = GAP_PX["small"]
        self.wrap = True  # stack in a narrow window (Streamlit's wrap=True); False: never

    def resizeEvent(self, event: object) -> None:
        self._fit()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _fit(self) -> None:
        width = _viewport_width(self)
        stacked = self.wrap and width is not None and width <= STACK_AT_PX
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self.row_layout.direction() != direction:
            # after this resize: changing the layout inside resizeEvent would resize again
            QTimer.singleShot(0, lambda: self.row_layout.setDirection(direction))
        self.row_layout.setSpacing(PAGE_SPACING if stacked else self.gap)


def _viewport_width(widget: QWidget) -> int | None:
    """The app window's width (a dialog's or popover's owner, as the browser's viewport);
    None before the widget is placed in one."""
    top = widget.window()
    while (owner := top.parentWidget()) is not None:
        top = owner.window()
    return None if top is widget else top.width()


class _ColumnCells(BoxChildren):
    """The columns of a row, each stretched by its weight."""

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        self.stretch[id(widget)] = int(widget.property("rqWeight") or 1000)
        super().insert(index, widget, False)

    def remove(self, widget: QWidget) -> None:
        super().remove(widget)
        self.stretch.pop(id(widget), None)


class ColumnsAdapter(LayoutAdapter):
    kind = "columns"

    def create(self, element: Element, host: Host) -> QWidget:
        row = ColumnsRow()
        self.update(row, element, element, frozenset(n for n, _ in element.props))
        return row

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ColumnsRow)
        widget.gap = gap_px(new.prop("gap"))
        widget.wrap = new.prop("wrap") is not False
        align = _V_ALIGN.get(new.prop("vertical_alignment"), Qt.AlignmentFlag.AlignTop)
        if align == Qt.AlignmentFlag.AlignTop:  # Streamlit stretches a row's columns to the
            align = NO_ALIGN  # tallest: bordered ones are boxes of one height (content on top)
        widget.cells.alignment = align
        for cell in widget.cells.widgets:
            widget.row_layout.setAlignment(cell, align)
        widget._fit()

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, ColumnsRow)
        return widget.cells


class ContainerAdapter(LayoutAdapter):
    kind = "container"

    def create(self, element: Element, host: Host) -> QWidget:
        box = ContainerBox()
        if element.prop("horizontal") and element.prop("wrap"):
            box.row = FlowChildren(flow_row(box))
        elif element.prop("horizontal"):
            box.row = FlowChildren(horizontal_row(box))
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ContainerBox)
        props = new.props_dict()
        height = props["height"] if isinstance(props["height"], int) else None
        border = props["border"] if props["border"] is not None else height is not None
        widget.set_border(bool(border))
        widget.set_height(height)
        widget.autoscroll = props["autoscroll"]
        gap = gap_px(props["gap"])
        widget.inner_layout.setSpacing(gap if props["gap"] != "small" else PAGE_SPACING)
        if widget.row is not None:
            widget.row.box.flow.gap = gap
        widget.align_children(props["vertical_alignment"])
        if widget.row is not None:
            widget.row.set_alignment(props["horizontal_alignment"], props["vertical_alignment"])
        else:  # a vertical container: where its natural-width elements sit
            widget.vertical.set_natural_alignment(_H_ALIGN.get(props["horizontal_alignment"],
                                                               Qt.AlignmentFlag.AlignLeft))

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, ContainerBox)
        return widget.row if widget.row is not None else widget.vertical


class SlotBox(QWidget):
    """st.empty()'s widget (and the sidebar's content): hidden while it holds nothing."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PAGE_SPACING)
        layout.addStretch(1)
        self.hide()  # explicit: shown when the first child arrives
        self.children_ = HidingColumn(layout, self)


class EmptyAdapter(Adapter):
    """st.empty(): a slot that takes no space while it holds nothing."""

    kind = "empty"

    def create(self, element: Element, host: Host) -> QWidget:
        return SlotBox("rq" + self.kind.capitalize())

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        return None

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, SlotBox)
        return widget.children_


class SidebarAdapter(EmptyAdapter):
    """The sidebar's content: the window puts it in the side panel, not on the page."""

    kind = "sidebar"


LAYOUT_ADAPTERS: list[Adapter] = [
    ColumnsAdapter(), ColumnAdapter(), ContainerAdapter(), EmptyAdapter(), SidebarAdapter(),
]
