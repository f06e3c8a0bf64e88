"""st.container's frame: a column of children, or a row (``horizontal=True``) that wraps
or scrolls sideways; a pixel height makes it scroll. Also the sizes and the border rule
every layout frame shares (layout.py, panels.py...).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from rerunqt.qt import scroll_anchor
from rerunqt.qt.children import FlowChildren
from rerunqt.qt.column import Column
from rerunqt.qt.flow import FlowBox
from rerunqt.qt.follow import Follower

# Streamlit's gaps in pixels (1rem = 16 px)
GAP_PX = {None: 0, "xxsmall": 4, "xsmall": 8, "small": 16, "medium": 32, "large": 64,
          "xlarge": 96, "xxlarge": 128}


def gap_px(gap: Any) -> int:
    """A gap's pixels: a name's, or the int given (Streamlit 1.67 takes pixels too)."""
    return gap if isinstance(gap, int) else GAP_PX.get(gap, GAP_PX["small"])
# Streamlit's columns breakpoint (@media max-width: 640px): in a window this narrow every
# row stacks its columns; in a wider one even a narrow (nested, sidebar) row keeps them
# side by side, squeezed
STACK_AT_PX = 640
PAGE_SPACING = 12
QWIDGETSIZE_MAX = 16777215
BORDER_MARGIN = 16
_H_ALIGN = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight}
_V_ALIGN = {"top": Qt.AlignmentFlag.AlignTop, "center": Qt.AlignmentFlag.AlignVCenter,
            "bottom": Qt.AlignmentFlag.AlignBottom}


def _restyle(widget: QWidget, name: str, value: object) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _frame(widget: QWidget, layout: QBoxLayout, border: bool) -> None:
    """A bordered container pads its children; an unbordered one lines them up with the page."""
    margin = BORDER_MARGIN if border else 0
    layout.setContentsMargins(margin, margin, margin, margin)
    _restyle(widget, "border", border)


class ContainerBox(QFrame):
    """st.container: a column of children; a pixel height makes it scroll."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqContainer")
        outer = self.outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller: QScrollArea | None = None
        self.inner = QWidget()
        self.inner.setObjectName("rqContainerInner")
        self.inner_layout = QVBoxLayout(self.inner)
        self.top_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.inner_layout.addItem(self.top_space)  # the free height above (vertical_alignment)
        self.inner_layout.addStretch(1)
        outer.addWidget(self.inner)
        self.vertical = Column(self.inner_layout)
        self.vertical.lead = 1
        self.v_align = "top"
        self.row: FlowChildren | None = None
        self.autoscroll: bool | None = None

    def set_height(self, height: int | None) -> None:
        outer = self.outer
        if height is None:
            if self.scroller is not None:
                self.scroller.takeWidget()
                outer.removeWidget(self.scroller)
                self.scroller.deleteLater()
                self.scroller = None
                outer.addWidget(self.inner)
            self.setMinimumHeight(0)
            self.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        if self.scroller is None:
            outer.removeWidget(self.inner)
            self.scroller = QScrollArea()
            self.scroller.setObjectName("rqContainerScroll")
            self.scroller.setWidgetResizable(True)
            self.scroller.setFrameShape(QFrame.Shape.NoFrame)
            self.scroller.setWidget(self.inner)
            Follower(self.scroller, self.follows)
            scroll_anchor.track(self.scroller)
            outer.addWidget(self.scroller)
        # never less than a bordered box's padding (Streamlit's box-sizing: border-box),
        # so an empty st.container(height=25, border=True) shows no scroll bar
        margins = self.inner_layout.contentsMargins()
        floor = margins.top() + margins.bottom() + (2 if margins.top() else 0)
        self.setFixedHeight(max(height, floor))

    def align_children(self, vertical: str) -> None:
        """Where the children sit in a pixel-high box's free height, as Streamlit's
        ``vertical_alignment`` places them: at the top, the centre or the bottom (a box
        as tall as its children has no free height: nothing moves)."""
        if vertical == self.v_align:
            return
        self.v_align = vertical
        layout = self.inner_layout
        grow, keep = QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed
        self.top_space.changeSize(0, 0, QSizePolicy.Policy.Minimum,
                                  grow if vertical in ("center", "bottom") else keep)
        layout.setStretch(0, 1 if vertical in ("center", "bottom") else 0)
        end = layout.itemAt(layout.count() - 1)
        end_space = end.spacerItem() if end is not None else None
        if end_space is not None:
            end_space.changeSize(0, 0, QSizePolicy.Policy.Minimum,
                                 keep if vertical == "bottom" else grow)
            layout.setStretch(layout.count() - 1, 0 if vertical == "bottom" else 1)
        layout.invalidate()

    def follows(self) -> bool:
        """Whether the scrolling box follows its end: ``autoscroll``, or (None) while it
        holds chat messages (qt/follow.py)."""
        if self.autoscroll is not None:
            return self.autoscroll
        children = self.row.widgets if self.row is not None else [
            child for chunk in self.vertical.chunks for child in chunk.children()]
        return any(isinstance(child, QWidget) and child.property("rqKind") == "chat_message"
                   for child in children)

    def set_border(self, border: bool) -> None:
        _frame(self, self.inner_layout, border)


def horizontal_row(box: ContainerBox) -> FlowBox:
    """A one-row horizontal container's row (``wrap=False``), placed where its vertical
    column would be; a row wider than the container scrolls sideways inside it."""
    flow = FlowBox(spacing=GAP_PX["small"], fill_last=False)
    flow.flow.one_line = True
    box.inner_layout.insertWidget(1, RowScroll(flow))
    return flow


class RowScroll(QScrollArea):
    """Scrolls a row sideways when it is wider than the container; as tall as the row."""

    def __init__(self, holder: QWidget) -> None:
        super().__init__()
        self.setObjectName("rqRowScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(holder)
        holder.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        holder.installEventFilter(self)

    def refit(self) -> None:
        holder = self.widget()
        if holder is None:
            return
        too_wide = holder.minimumWidth() > self.viewport().width()
        bar = self.horizontalScrollBar().sizeHint().height() if too_wide else 0
        height = holder.minimumHeight() + bar  # the row fixes its own height
        if self.maximumHeight() != height:
            self.setFixedHeight(height)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.refit)  # after the row's layout settled
        return False

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.refit()


def flow_row(box: ContainerBox) -> FlowBox:
    """A wrapping horizontal container's lines, placed where its vertical column would be."""
    flow = FlowBox(spacing=GAP_PX["small"], fill_last=False)
    box.inner_layout.insertWidget(1, flow)
    return flow
