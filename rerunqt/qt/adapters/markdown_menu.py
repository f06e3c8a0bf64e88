"""A QMenu whose entries may draw Markdown (colours, bold, icons) in place of their words.

It exists because a style-sheet menu draws its items' text itself (never through the
style's drawItemText, which option_markdown uses on buttons), so the top bar's section
and "N more" menus lost the colours of the titles its buttons show. The menu paints as
usual, then redraws each Markdown entry without its text and draws the Markdown where
the style put the words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QMenu, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

from rerunqt.qt.adapters.label_face import qt_shown
from rerunqt.qt.adapters.markdown_style import draw_markdown, is_dark


class MarkdownMenu(QMenu):
    """``sources``: an entry's words (as shown) -> the Markdown drawn in their place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources: dict[str, str] = {}
        self._lefts: dict[tuple[Any, ...], int] = {}  # where the words start, by entry shape

    def set_sources(self, sources: dict[str, str]) -> None:
        if sources != self.sources:
            self.sources = dict(sources)
            self.update()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._lefts.clear()  # another style sheet or font: measure again

    def source(self, text: str) -> str | None:
        return self.sources.get(qt_shown(text)) or self.sources.get(text)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self.sources:
            return
        painter = QPainter(self)
        style, dark = self.style(), is_dark(self)
        for action in self.actions():
            source = self.source(action.text())
            if source is None:
                continue
            option = QStyleOptionMenuItem()
            self.initStyleOption(option, action)
            option.rect = self.actionGeometry(action)
            if not option.rect.intersects(event.rect()):
                continue
            shape = (option.rect.size().toTuple(), option.icon.isNull(), option.checkType,
                     option.checked, option.state & QStyle.StateFlag.State_Selected)
            offset = self._lefts.get(shape)
            if offset is None:  # two test drawings per entry shape, not per paint
                offset = self._lefts[shape] = _text_left(style, option, self) - option.rect.left()
            left = option.rect.left() + offset
            plain = QStyleOptionMenuItem(option)
            plain.text = ""
            painter.save()
            painter.setClipRect(option.rect)  # the menu's own background over the words
            panel = QStyleOption()
            panel.initFrom(self)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelMenu, panel, painter, self)
            style.drawControl(QStyle.ControlElement.CE_MenuItem, plain, painter, self)
            painter.restore()
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            # the style sheet keeps the text colour on a hovered entry (no HighlightedText)
            ink = QColor(option.palette.color(QPalette.ColorGroup.Normal if enabled
                                              else QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            font = QFont(option.font)
            font.setBold(font.bold() or option.checked)  # the current page, bold as the .qss makes it
            painter.save()
            painter.setFont(font)
            painter.setClipRect(option.rect)
            draw_markdown(painter, QPointF(left, option.rect.top()), option.rect.height(),
                          source, ink, dark)
            painter.restore()


def _text_left(style: QStyle, option: QStyleOptionMenuItem, widget: QWidget) -> int:
    """Where the style starts an entry's words: the first column that changes when the
    entry is drawn with a letter rather than with no text (styles differ: padding, a
    check column, an icon column)."""
    rect = QRect(option.rect)
    images = []
    for text in ("W", ""):
        image = QImage(rect.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        probe = QStyleOptionMenuItem(option)
        probe.text = text
        probe.rect = QRect(0, 0, rect.width(), rect.height())
        style.drawControl(QStyle.ControlElement.CE_MenuItem, probe, painter, widget)
        painter.end()
        images.append(image)
    lettered, bare = images
    for x in range(rect.width()):
        if any(lettered.pixel(x, y) != bare.pixel(x, y) for y in range(rect.height())):
            return rect.left() + x
    return rect.left() + 12
