"""The view of st.dataframe: a FrameView that selects rows, columns and cells as Streamlit does.

Streamlit keeps three selections side by side: rows (ticked in a checkbox column; Space
ticks the focused row), columns (a header click, which then no longer sorts) and cells
(a click, or a rectangle in "multi-cell" mode); choosing a cell keeps the ticked rows.
So rows and columns are held here, by data row and by column, and shown as a tint the
model paints behind their cells (they follow a sort for free); Qt's selection model
holds only the cells. Escape clears everything, as Streamlit's grid does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication

from rerunqt.core.selection import UiSelection
from rerunqt.qt import theme_state
from rerunqt.qt.adapters.frame_view import FrameView, RowHeader

_SELECT = QItemSelectionModel.SelectionFlag
_MODE = QAbstractItemView.SelectionMode
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_NOTHING: UiSelection = ((), (), ())


class DataFrameView(FrameView):
    """The interactive table: sort, resize, copy, and (with modes) selections."""

    def __init__(self) -> None:
        super().__init__(sortable=True)
        self.setObjectName("rqDataFrame")
        self.modes: tuple[str, ...] = ()
        self.shown: UiSelection = _NOTHING
        self.send: Callable[[UiSelection], None] | None = None
        self.rows: set[int] = set()  # ticked data rows
        self.columns: set[int] = set()  # selected columns (view positions)
        self.row_anchor: int | None = None  # data row of the last tick: Shift extends from it
        self.column_anchor: int | None = None
        header = self.horizontalHeader()
        header.sectionPressed.disconnect()  # QTableView's column selection: columns are ours
        header.sectionEntered.disconnect()
        rows = self.verticalHeader()
        assert isinstance(rows, RowHeader)
        rows.marker_pressed.connect(self._marker_pressed)
        rows.marker_dragged.connect(self._marker_dragged)
        rows.marker_released.connect(self._marker_released)
        self.held: set[int] | None = None  # ticked rows before a press on a box: one run on release
        self.corner.all_state = self._all_state
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    # ----- modes -----
    def has(self, target: str) -> bool:
        return any(mode.split("-")[1] == target for mode in self.modes)

    def set_modes(self, modes: tuple[str, ...]) -> None:
        self.modes = modes
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # without a cell mode cells are still selected for copying (Ctrl+C), never reported
        self.setSelectionMode(_MODE.SingleSelection if "single-cell" in modes else _MODE.ExtendedSelection)
        self.corner.select_all = self._toggle_all if "multi-row" in modes else None
        self.frozen.sync()

    @property
    def marker(self) -> str | None:
        """The checkbox column's boxes: round for single-row-required, else square; None without rows."""
        if "single-row-required" in self.modes:
            return "circle"
        return "square" if self.has("row") else None

    # ----- reading and showing -----
    def read_selection(self) -> UiSelection:
        """What is selected: data rows (in the order shown), column names, (data row, name) cells."""
        model = self.frame_model
        names = [spec.name for spec in model.specs]
        rows = tuple(sorted(self.rows, key=model.display_row)) if self.has("row") else ()
        columns = tuple(names[c] for c in sorted(self.columns) if c < len(names)) \
            if self.has("column") else ()
        cells: tuple[tuple[int, str], ...] = ()
        if self.has("cell"):
            chosen = sorted((i.row(), i.column()) for i in self.selectionModel().selectedIndexes())
            cells = tuple((model.data_row(r), names[c]) for r, c in chosen if c < len(names))
        if "multi-cell" not in self.modes:
            cells = cells[:1]
        return rows, columns, cells

    def show_selection(self, ui: UiSelection) -> None:
        """Select what ``ui`` names (data rows mapped through the sort), without an event."""
        model = self.frame_model
        self.shown = ui
        rows, columns, cells = ui
        place = {spec.name: c for c, spec in enumerate(model.specs)}
        self.rows = {r for r in rows if 0 <= r < model.rowCount()}
        self.columns = {place[name] for name in columns if name in place}
        selection = QItemSelection()
        for row, name in cells:
            if 0 <= row < model.rowCount() and name in place:
                cell = model.index(model.display_row(row), place[name])
                selection.select(cell, cell)
        with QSignalBlocker(self.selectionModel()):
            self.selectionModel().select(selection, _SELECT.ClearAndSelect)
        self._paint_marks()

    def _paint_marks(self) -> None:
        model = self.frame_model
        model.marked_rows, model.marked_columns = frozenset(self.rows), frozenset(self.columns)
        if self.rows or self.columns:
            # the primary colour, faint (as Streamlit's grid tints selected rows and
            # columns); the palette's highlight was Qt's blue in the light theme
            colour = QColor(theme_state.primary(self))
            colour.setAlpha(40)
            model.mark_colour = colour
        else:
            model.mark_colour = None
        self.viewport().update()
        self.horizontalHeader().viewport().update()  # selected columns' headers are coloured
        self.verticalHeader().viewport().update()
        if self.corner.button is not None:
            self.corner.button.update()
        if self.frozen.overlay is not None:
            self.frozen.overlay.viewport().update()

    def _changed(self) -> None:
        """The user changed the selection: repaint, and send it if it differs from the shown
        one (while a box is held down, on its release)."""
        self._paint_marks()
        if self.held is not None:
            return
        ui = self.read_selection()
        if ui != self.shown and self.send is not None:
            self.shown = ui
            self.send(ui)

    def _selection_changed(self, *_args: Any) -> None:
        if self.has("cell"):
            self._changed()

    # ----- rows: the checkbox column, Space, the corner's box -----
    def _marker_pressed(self, display_row: int, modifiers: Any) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        column = max(0, self.currentIndex().column())
        with QSignalBlocker(self.selectionModel()):  # the current row follows, the cells stay
            self.selectionModel().setCurrentIndex(self.frame_model.index(display_row, column),
                                                  _SELECT.NoUpdate)
        self.held = set(self.rows)
        self.toggle_row(display_row, bool(modifiers & _SHIFT))

    def _marker_dragged(self, pressed: int, display_row: int) -> None:
        """Multi-row: the rows from the pressed box to the one under the mouse are ticked
        (with those ticked before the press), as when dragging down Streamlit's boxes."""
        if self.held is None or "multi-row" not in self.modes or pressed == display_row:
            return
        model = self.frame_model
        low, high = sorted((pressed, display_row))
        self.rows = self.held | {model.data_row(r) for r in range(low, min(high, model.rowCount() - 1) + 1)}
        self._changed()

    def _marker_released(self) -> None:
        self.held = None
        self._changed()

    def toggle_row(self, display_row: int, extend: bool = False) -> None:
        """A tick on one row's box: multi-row toggles it (Shift: ticks the range from the
        last ticked row); single-row ticks only it or clears it; required keeps one ticked."""
        model = self.frame_model
        if not self.has("row") or not 0 <= display_row < model.rowCount():
            return
        row = model.data_row(display_row)
        if "multi-row" in self.modes:
            if extend and self.row_anchor is not None and self.row_anchor < model.rowCount():
                start = model.display_row(self.row_anchor)
                low, high = sorted((start, display_row))
                self.rows |= {model.data_row(r) for r in range(low, high + 1)}
            elif row in self.rows:
                self.rows.discard(row)
            else:
                self.rows.add(row)
        elif "single-row-required" in self.modes or row not in self.rows:
            self.rows = {row}
        else:
            self.rows = set()
        self.row_anchor = row
        self._changed()

    def _all_state(self) -> tuple[bool, bool]:
        count = self.frame_model.rowCount()
        return (count > 0 and len(self.rows) >= count), bool(self.rows)

    def _toggle_all(self) -> None:
        every, _ = self._all_state()
        self.rows = set() if every else set(range(self.frame_model.rowCount()))
        self._changed()

    # ----- columns: a header click -----
    def cycle_sort(self, column: int) -> None:
        """A header click sorts; with a column selection mode it selects the column instead."""
        if self.has("column"):
            self.toggle_column(column, bool(QApplication.keyboardModifiers() & _SHIFT))
            self.show_sort()  # Qt moved the sort arrow to the clicked header: nothing was sorted
            return
        kept = self.read_selection()
        super().cycle_sort(column)
        self.show_selection(kept)  # the cells stay on their data

    def toggle_column(self, column: int, extend: bool = False) -> None:
        if not 0 <= column < self.frame_model.columnCount():
            return
        if "multi-column" in self.modes:
            if extend and self.column_anchor is not None:
                low, high = sorted((self.column_anchor, column))
                self.columns |= set(range(low, high + 1))
            elif column in self.columns:
                self.columns.discard(column)
            else:
                self.columns.add(column)
        else:
            self.columns = set() if column in self.columns else {column}
        self.column_anchor = column
        self._changed()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cells, then a ring in the primary colour around each selected range of cells,
        as Streamlit's grid (glide-data-grid's accent colour) outlines them."""
        super().paintEvent(event)
        model = self.selectionModel()
        ranges = [model.selection().at(i) for i in range(model.selection().count())] if model else []
        if not ranges:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(theme_state.primary(self), 1))
        for chosen in ranges:
            area = self.visualRect(chosen.topLeft()).united(self.visualRect(chosen.bottomRight()))
            if area.isValid():
                painter.drawRect(area.adjusted(0, 0, -1, -1))
        painter.end()

    # ----- keys -----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and self.has("row") and self.currentIndex().isValid():
            self.toggle_row(self.currentIndex().row(), bool(event.modifiers() & _SHIFT))
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.modes and any(self.read_selection()):
            self.clear_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def clear_selection(self) -> None:
        """Nothing selected (single-row-required keeps its row, which it cannot lose)."""
        if "single-row-required" not in self.modes:
            self.rows = set()
        self.columns = set()
        with QSignalBlocker(self.selectionModel()):
            self.selectionModel().clearSelection()
        self._changed()
