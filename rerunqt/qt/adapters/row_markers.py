"""The checkbox column of a dataframe with row selections, drawn in its row header.

Streamlit shows a leading column of checkboxes when rows can be selected (round ones for
``"single-row-required"``), and a checkbox over it that selects every row in
``"multi-row"`` mode. A QTableView's row header already sits left of the cells, stays
put while the table scrolls sideways and sizes itself; so the checkboxes are painted at
its left edge (the row labels, when the index is shown, stay at its right) and a press
on a section reports the row instead of letting Qt select it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from rerunqt.qt.adapters.frame_model import FrameModel
from rerunqt.qt.adapters.inline_markdown import ROW_LABEL_TEXT, MarkdownSections
from rerunqt.qt.theme_state import primary

MARKER_WIDTH = 34  # Streamlit's row-marker column is about as wide
_BOX = 16


def paint_box(painter: QPainter, widget: QWidget, area: QRect, checked: bool, circle: bool,
              partly: bool = False) -> None:
    """One checkbox (or radio circle) centred in ``area``, in the theme's primary colour."""
    accent = primary(widget)
    palette = widget.palette()
    base = palette.color(palette.ColorRole.Base)
    dark = base.lightness() < 128
    border = QColor("#6b6f7e" if dark else "#a3a8b8")
    box = QRectF(area.center().x() - _BOX / 2 + 1, area.center().y() - _BOX / 2 + 1, _BOX, _BOX)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    filled = checked or partly
    painter.setPen(QPen(accent if filled else border, 1.2))
    painter.setBrush(accent if filled else base)
    if circle:
        painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    white = QPen(QColor("#ffffff"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    if circle and checked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(box.center(), 3, 3)
    elif checked:
        painter.setPen(white)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath(QPointF(box.left() + 4, box.center().y()))
        tick.lineTo(box.left() + 7, box.bottom() - 4.5)
        tick.lineTo(box.right() - 3.5, box.top() + 4.5)
        painter.drawPath(tick)
    elif partly:  # some rows selected: the header's box shows a dash
        painter.setPen(white)
        middle = box.center().y()
        painter.drawLine(QPointF(box.left() + 4, middle), QPointF(box.right() - 4, middle))
    painter.restore()


class RowHeader(QHeaderView):
    """The row labels. Qt sizes a header from 200 sampled sections (six model calls each,
    a quarter of a 1M-row table's first paint); labels 0..n-1 are widest at the last row,
    so that one section gives the same width.

    With row selections it is also the checkbox column (row_markers.py): ``marker`` is
    "square" or "circle", a press on a section emits ``marker_pressed`` (display row,
    modifiers) instead of Qt's own row selection, dragging over the boxes ``marker_dragged``
    and letting go ``marker_released``; ``labels`` False shows only boxes."""

    marker_pressed = Signal(int, object)
    marker_dragged = Signal(int, int)  # (pressed row, row under the mouse), display rows
    marker_released = Signal()

    def __init__(self, model: FrameModel) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.frame_model = model
        self.marker: str | None = None
        self.labels = True
        self.setSectionsClickable(True)  # as QTableView's own: a click selects the row
        self.pressed_row: int | None = None

    def set_marker(self, marker: str | None, labels: bool) -> None:
        if (marker, labels) != (self.marker, self.labels):
            self.marker, self.labels = marker, labels
            self.updateGeometry()
            self.viewport().update()

    def sizeHint(self) -> QSize:
        hint = self._label_hint()
        if self.marker is None:
            return hint
        return QSize((hint.width() if self.labels else 0) + MARKER_WIDTH, hint.height())

    def _label_hint(self) -> QSize:
        model = self.frame_model
        rows = model.rowCount()
        if model.frame.levels is not None:  # a MultiIndex: a column per level
            return QSize(sum(self.level_widths()), super().sizeHint().height())
        if model.frame.index is not None or rows == 0 or self.model() is not model:
            return super().sizeHint()
        last = model.display_row(rows - 1)  # the section that shows label n-1
        return self.sectionSizeFromContents(last)

    def level_widths(self) -> tuple[int, ...]:
        """A row MultiIndex's column widths (index_levels.py), measured once per frame and font."""
        return self._measure_levels()[1]

    def level_alignments(self) -> list[Qt.AlignmentFlag]:
        """Each level's: numbers at the right, text at the left (st.table: all at the left)."""
        return self._measure_levels()[2]

    _levels: tuple[Any, tuple[int, ...], list[Qt.AlignmentFlag]] = (None, (), [])

    def _measure_levels(self) -> tuple[Any, tuple[int, ...], list[Qt.AlignmentFlag]]:
        """(key, widths, alignments) of the row levels, for this frame and font."""
        from rerunqt.core.frame_levels import numeric_levels
        from rerunqt.qt.adapters.index_levels import level_widths, section_font

        font = section_font(self)
        frame = self.frame_model.frame
        key = (frame, font.key())
        if self._levels[0] != key:
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            numeric = numeric_levels(frame)
            if isinstance(self, MarkdownSections):  # st.table's row labels: all at the left
                numeric = (False,) * len(numeric)
            self._levels = (key, level_widths(frame, QFontMetrics(font)),
                            [right if n else left for n in numeric])
        return self._levels

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        model = self.frame_model
        levels = model.frame.levels if self.labels else None
        if self.marker is None and levels is None:
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = str(option.text) if self.labels and levels is None else ""
        option.textAlignment = self.defaultAlignment()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        if levels is not None and 0 <= logical < model.rowCount():
            from rerunqt.core.frame_levels import level_text
            from rerunqt.qt.adapters.index_levels import paint_levels, section_font

            row = model.data_row(logical)
            dark = self.palette().color(self.palette().ColorRole.Window).lightness() < 128
            colour = QColor(ROW_LABEL_TEXT[dark])
            divider = QColor(colour)
            divider.setAlpha(60)
            room = rect.adjusted(MARKER_WIDTH if self.marker else 0, 0, 0, 0)
            paint_levels(painter, room, [level_text(values[row]) for values in levels],
                         self.level_widths(), self.level_alignments(), section_font(self), colour,
                         divider)
        if self.marker is None:
            return
        checked = 0 <= logical < model.rowCount() and model.data_row(logical) in model.marked_rows
        paint_box(painter, self, QRect(rect.left(), rect.top(), MARKER_WIDTH, rect.height()), checked,
                  self.marker == "circle")

    def mousePressEvent(self, event: Any) -> None:
        if self.marker is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        row = self.logicalIndexAt(event.position().toPoint())
        if row >= 0:
            self.pressed_row = row
            self.marker_pressed.emit(row, event.modifiers())
        event.accept()

    def mouseMoveEvent(self, event: Any) -> None:
        if self.marker is None or self.pressed_row is None:
            super().mouseMoveEvent(event)
            return
        row = self.logicalIndexAt(event.position().toPoint())
        if row >= 0:  # Streamlit's grid: dragging down the boxes ticks the rows passed over
            self.marker_dragged.emit(self.pressed_row, row)
        event.accept()

    def mouseReleaseEvent(self, event: Any) -> None:
        if self.marker is None or self.pressed_row is None:
            super().mouseReleaseEvent(event)
            return
        self.pressed_row = None
        self.marker_released.emit()
        event.accept()

    def mouseDoubleClickEvent(self, event: Any) -> None:
        if self.marker is None:
            super().mouseDoubleClickEvent(event)
        else:  # the second click of a quick pair toggles again, as two clicks would
            self.mousePressEvent(event)


class MarkdownRowHeader(MarkdownSections, RowHeader):
    """st.table's row labels, which may hold Markdown."""
