"""The one item delegate of st.dataframe: progress bars, small charts, chips and buttons in cells.

Other cells are painted by Qt as usual (text, check marks, colours from the model);
this draws only ProgressColumn, Line/Bar/AreaChartColumn and ButtonColumn cells,
ImageColumn cells holding a data URL (cell_images.py), list
cells as chips (ListColumn, MultiselectColumn, list-valued columns), and text with
Markdown in every text cell of st.table, for visible cells. (A MarkdownColumn cell of
st.dataframe shows its source as plain text, as Streamlit's grid does.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rerunqt.core.column_text import CHART_TYPES, coerced, plain
from rerunqt.core.list_cells import chips
from rerunqt.qt.adapters.cell_charts import paint_chart
from rerunqt.qt.adapters.cell_images import drawn_image, paint_image
from rerunqt.qt.adapters.cell_paint import paint_chips, paint_progress
from rerunqt.qt.adapters.frame_model import FrameModel
from rerunqt.qt.adapters.inline_markdown import has_markup, paint_cell
from rerunqt.qt.colours import qcolor

if TYPE_CHECKING:
    from rerunqt.qt.adapters.button_cells import ButtonCells


class ColumnDelegate(QStyledItemDelegate):
    def __init__(self, model: FrameModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.buttons: ButtonCells | None = None
        self.markdown = False  # every text cell may hold Markdown (st.table)
        self.chip_columns: frozenset[int] = frozenset()  # list cells drawn as chips

    def _background(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        """The cell's background and selection, without its text."""
        widget = option.widget
        if widget is not None:
            plain_option = QStyleOptionViewItem(option)
            self.initStyleOption(plain_option, index)
            plain_option.text = ""
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, plain_option, painter, widget)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        spec = self.model.specs[index.column()] if index.column() < len(self.model.specs) else None
        if spec is not None and spec.type == "button" and self.buttons is not None:
            self._paint_button(painter, option, index)
            return
        if self.markdown and spec is not None and self._paint_bar(painter, option, index, spec):
            return
        if self.markdown and spec is not None and self._paint_markdown(painter, option, index):
            return
        if index.column() in self.chip_columns and spec is not None and self._paint_chips(
                painter, option, index, spec):
            return
        if spec is not None and spec.type == "image" and self._paint_image(painter, option, index, spec):
            return
        if spec is None or (spec.type != "progress" and spec.type not in CHART_TYPES):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the background and selection, without text
            plain_option = QStyleOptionViewItem(option)
            self.initStyleOption(plain_option, index)
            plain_option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain_option, painter, widget)
        value = coerced(spec.type, plain(self.model.frame.columns[spec.position][
            self.model.data_row(index.row())]))
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = widget.palette() if widget is not None else option.palette
        if spec.type == "progress":
            integral = self.model.frame.kinds[spec.position] == "int"
            paint_progress(painter, rect, value, spec.option, integral, palette)
        else:
            paint_chart(painter, QRectF(option.rect), spec.type, value, spec.option, palette)
        painter.restore()

    def _paint_bar(self, painter: QPainter, option: QStyleOptionViewItem, index: Any, spec: Any) -> bool:
        """An st.table cell with a Styler bar: its background, the bar's bands over it (as a
        browser draws a gradient background image), then its text; False: no bar."""
        styles = self.model.frame.styles
        bar = None if styles is None else styles.bar(self.model.data_row(index.row()), spec.position)
        if bar is None:
            return False
        self._background(painter, option, index)
        rect = QRectF(option.rect)
        height = rect.height() * bar.height
        top = rect.top() + (rect.height() - height) / 2
        for name, start, end in bar.bands:
            colour = qcolor(name)
            if colour.isValid():
                painter.fillRect(QRectF(rect.left() + rect.width() * start / 100, top,
                                        rect.width() * (end - start) / 100, height), colour)
        if has_markup(index.data()):
            self._paint_markdown(painter, option, index, background=False)
            return True
        widget = option.widget
        text_option = QStyleOptionViewItem(option)
        self.initStyleOption(text_option, index)
        text_option.backgroundBrush = QBrush()  # (drawn under the bands)
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)
        return True

    def _paint_image(self, painter: QPainter, option: QStyleOptionViewItem, index: Any, spec: Any) -> bool:
        """An ImageColumn cell holding a data URL as its picture; False: its text."""
        image = drawn_image(self.model.frame.columns[spec.position][self.model.data_row(index.row())])
        if image is None:
            return False
        self._background(painter, option, index)
        paint_image(painter, QRectF(option.rect), image)
        return True

    def _paint_chips(self, painter: QPainter, option: QStyleOptionViewItem, index: Any, spec: Any) -> bool:
        """A list cell as chips; False for a value that is not a list (shown as text)."""
        value = coerced(spec.type, self.model.frame.columns[spec.position][self.model.data_row(index.row())])
        shown = chips(value, spec.option("option_table") or ())
        if not shown and not isinstance(value, (list, tuple, set)) and not hasattr(value, "tolist"):
            return False
        self._background(painter, option, index)
        widget = option.widget
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = widget.palette() if widget is not None else option.palette
        paint_chips(painter, QRectF(option.rect), shown, palette)
        painter.restore()
        return True

    def _paint_markdown(self, painter: QPainter, option: QStyleOptionViewItem, index: Any,
                        background: bool = True) -> bool:
        """A cell whose text holds Markdown, drawn as rich text; False for plain text."""
        text = index.data()
        if not has_markup(text):
            return False
        widget = option.widget
        plain_option = QStyleOptionViewItem(option)
        self.initStyleOption(plain_option, index)
        plain_option.text = ""
        style = widget.style() if widget is not None else None
        if style is not None and background:  # the background and selection, without text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain_option, painter, widget)
        palette = widget.palette() if widget is not None else option.palette
        dark = palette.color(palette.ColorRole.Base).lightness() < 128
        paint_cell(painter, plain_option, text, dark, wrap=self.markdown)  # st.table wraps
        return True

    def _paint_button(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        widget = option.widget
        plain_option = QStyleOptionViewItem(option)
        self.initStyleOption(plain_option, index)
        plain_option.text = ""
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        plain_option.state &= ~QStyle.StateFlag.State_HasFocus  # the button shows the focus
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain_option, painter, widget)
        assert self.buttons is not None
        self.buttons.paint(painter, option.rect, index, focused)
