"""plotly's table trace drawn as a grid of cells in its domain (DomainLayout's square-unit view).

The header stays on top; rows that do not fit are scrolled with the mouse wheel over the
table, as plotly.js scrolls them, with a thin bar at the right showing where the view is.
Colours left to the theme are plotly's white cells and grey lines, plotly.py's template's
blue-greys when the figure carries it, or, with theme="streamlit", the app's background
with a tinted header (Streamlit's plotly template).
"""

from __future__ import annotations

import html
import re
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QGraphicsRectItem

from rerunqt.core.plotly_table import PlotlyTable, TableBlock
from rerunqt.qt.adapters.chart_draw import PAGE, TEXT
from rerunqt.qt.adapters.shape_draw import path_item, text_item

FONT_PX = 12
_ANCHOR = {"left": 0.0, "center": 0.5, "right": 1.0}
HEADER_TINT = {False: "#f0f2f6", True: "#262730"}  # Streamlit's header fill (its bgMix)


def _qcolor(value: Any, fallback: str) -> QColor:
    if isinstance(value, tuple):
        return QColor(*value)
    return QColor(value) if isinstance(value, str) and QColor(value).isValid() else QColor(fallback)


class _WheelCatcher(QGraphicsRectItem):
    """An invisible box over the table's rows that turns the wheel into scrolling them."""

    def __init__(self, rect: QRectF, drawn: DrawnTable) -> None:
        super().__init__(rect)
        self.drawn = drawn
        self.setPen(pg.mkPen(None))
        self.setBrush(pg.mkBrush(None))

    def wheelEvent(self, event: Any) -> None:
        steps = -event.delta() / 120 if hasattr(event, "delta") else 0
        if self.drawn.scroll(round(steps * 3) or (1 if steps > 0 else -1)):
            event.accept()
        else:
            event.ignore()


class DrawnTable:
    """The table's items; ``first`` is the top row shown below the header."""

    def __init__(self, plot: Any, table: PlotlyTable, rect: tuple[float, float, float, float],
                 unit_px: float, dark: bool) -> None:
        self.plot, self.table, self.rect, self.unit_px, self.dark = plot, table, rect, unit_px, dark
        self.items: list[Any] = []
        self.row_items: list[Any] = []
        self.first = 0
        x0, x1, y0, y1 = rect
        px = 1 / max(unit_px, 1)
        self.visible_rows = max(0, int(((y1 - y0) / px - table.header.height * _header_rows(table))
                                       // table.cells.height))
        self.items += self._block(table.header, 0, _header_rows(table), y1, header=True)
        self._rows()
        if table.cells.rows > self.visible_rows:
            top = y1 - table.header.height * _header_rows(table) * px
            catcher = _WheelCatcher(QRectF(x0, y0, x1 - x0, top - y0), self)
            plot.addItem(catcher)
            self.items.append(catcher)

    def scroll(self, rows: int) -> bool:
        """Move the rows shown by ``rows``; False when already at that end."""
        last = max(0, self.table.cells.rows - self.visible_rows)
        first = min(max(self.first + rows, 0), last)
        if first == self.first:
            return False
        self.first = first
        self._rows()
        return True

    def _rows(self) -> None:
        for item in self.row_items:
            self.plot.removeItem(item)
            if item in self.items:
                self.items.remove(item)
        px = 1 / max(self.unit_px, 1)
        top = self.rect[3] - self.table.header.height * _header_rows(self.table) * px
        self.row_items = self._block(self.table.cells, self.first, self.first + self.visible_rows, top)
        overflow = self.table.cells.rows - self.visible_rows
        if overflow > 0 and self.visible_rows:  # plotly's scroll bar, in its grey
            x1, y0 = self.rect[1], self.rect[2]
            span = top - y0
            length = span * self.visible_rows / self.table.cells.rows
            start = top - span * self.first / self.table.cells.rows
            bar = path_item([(x1 - 6 * px, start), (x1 - 2 * px, start), (x1 - 2 * px, start - length),
                             (x1 - 6 * px, start - length)], QColor(128, 128, 128, 140))
            bar.setZValue(3)
            self.plot.addItem(bar)
            self.row_items.append(bar)
        self.items += self.row_items

    def _block(self, block: TableBlock, start: int, stop: int, top: float, header: bool = False) -> list[Any]:
        """Rows ``start``..``stop`` of ``block`` from ``top`` (view units) down."""
        table = self.table
        x0, x1, _, _ = self.rect
        px = 1 / max(self.unit_px, 1)
        width = x1 - x0
        items: list[Any] = []
        fill_default, line_default, text_default = self._defaults(header)
        font = pg.QtGui.QFont()
        font.setPixelSize(FONT_PX)
        metrics = QFontMetricsF(font)
        for shown, row in enumerate(range(start, min(stop, block.rows))):
            y_top = top - shown * block.height * px
            y_bottom = y_top - block.height * px
            left = x0
            for c in table.order:
                w = width * table.widths[c] if c < len(table.widths) else 0.0
                fill = _qcolor(block.fill(c, row), fill_default)
                line = pg.mkPen(_qcolor(block.line(c, row), line_default), width=1)
                cell = path_item([(left, y_bottom), (left + w, y_bottom), (left + w, y_top), (left, y_top)],
                                 fill, line)
                self.plot.addItem(cell)
                items.append(cell)
                raw = block.text(c, row)
                text = html.unescape(re.sub(r"<[^>]+>", "", raw))  # plotly's <b>, <i>: tags not shown
                if text:
                    align = block.align(c, row)
                    room = max(w / px - 16, 4)
                    shown_text = "\n".join(metrics.elidedText(t, Qt.TextElideMode.ElideRight, room)
                                           for t in text.split("\n"))
                    label = text_item(shown_text, _qcolor(block.font(c, row), text_default), FONT_PX,
                                      (_ANCHOR[align], 0.5), bold="<b>" in raw)
                    at = {"left": left + 8 * px, "center": left + w / 2, "right": left + w - 8 * px}[align]
                    label.setPos(at, (y_top + y_bottom) / 2)
                    label.setZValue(2)
                    self.plot.addItem(label)
                    items.append(label)
                left += w
        return items

    def _defaults(self, header: bool) -> tuple[str, str, str]:
        """Fill, line and text colours the trace leaves to the theme (Qt's #AARRGGBB)."""
        if self.table.streamlit:
            return (HEADER_TINT[self.dark] if header else PAGE[self.dark],
                    "#1a31333f" if not self.dark else "#1afafafa", TEXT[self.dark])
        return ("#ffffff", "#808080", "#444444")  # plotly.js' own defaults

    def describe_at(self, x: float, y: float) -> str | None:
        """The cell under (x, y): its column's header and its text."""
        x0, x1, y0, y1 = self.rect
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return None
        px = 1 / max(self.unit_px, 1)
        below = (y1 - y) / px - self.table.header.height * _header_rows(self.table)
        row = self.first + int(below // self.table.cells.height) if below >= 0 else -1
        left = x0
        for c in self.table.order:
            w = (x1 - x0) * self.table.widths[c]
            if left <= x <= left + w:
                if row < 0 or row >= self.table.cells.rows:
                    return None
                head = html.unescape(re.sub(r"<[^>]+>", "", self.table.header.text(c, 0)))
                return f"{head}: {self.table.cells.text(c, row)}" if head else self.table.cells.text(c, row)
            left += w
        return None


def _header_rows(table: PlotlyTable) -> int:
    return table.header.rows if any(any(t) for t in table.header.texts) else 0


def draw_table(plot: Any, table: PlotlyTable, rect: tuple[float, float, float, float], unit_px: float,
               dark: bool) -> DrawnTable:
    return DrawnTable(plot, table, rect, unit_px, dark)


__all__ = ["DrawnTable", "draw_table"]
