"""The index's header: the title over a dataframe's row labels, and the index's width.

It exists because Streamlit draws the index as a column whose header is the index's name,
or the label ``column_config`` gives it (``{"_index": ...}`` or the index's own name), and
whose width the config may set; in a QTableView the row labels are the vertical header,
and the square above them (the corner button) has no text of its own. This paints the
title in that square, as the corner button paints itself plus a text, and makes the row
header wide enough for it (or as wide as the config says). With row selections the row
header starts with the checkbox column; over it, in "multi-row" mode, the corner shows the
box that selects every row (``select_all``), checked when all are, a dash when some are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractButton, QStyle, QStyleOptionHeader, QTableView

from rerunqt.qt.adapters.row_markers import MARKER_WIDTH, paint_box

_PADDING = 16


class IndexCorner(QObject):
    """Shows ``title`` in a table's corner and sizes its row header."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.title = ""
        self.width: int | None = None
        self.labels = True  # the row labels are shown (else only the checkbox column)
        self.marker: str | None = None  # the row header starts with checkboxes ("square"/"circle")
        self.select_all: Callable[[], None] | None = None  # multi-row: the corner's box
        self.all_state: Callable[[], tuple[bool, bool]] = lambda: (False, False)  # (all, some)
        self.button = view.findChild(QAbstractButton)  # Qt's corner button (QTableCornerButton)
        if self.button is not None:
            self.button.installEventFilter(self)

    def set(self, title: str, width: int | None, marker: str | None = None,
            labels: bool = True) -> None:
        if (title, width, marker, labels) == (self.title, self.width, self.marker, self.labels):
            return
        self.title, self.width, self.marker, self.labels = title, width, marker, labels
        header = self.view.verticalHeader()
        extra = MARKER_WIDTH if marker else 0
        if marker and not labels:
            header.setFixedWidth(MARKER_WIDTH)
        elif width is not None:
            header.setFixedWidth(width + extra)
        else:
            header.setMinimumWidth(0)
            header.setMaximumWidth(16777215)
            if title:
                header.setMinimumWidth(self.view.fontMetrics().horizontalAdvance(title) + _PADDING + extra)
        if self.button is not None:
            self.button.setToolTip(title)
            self.button.update()
        self.view.updateGeometries()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        mouse = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                 QEvent.Type.MouseButtonRelease)
        if watched is self.button and self.marker and kind in mouse:
            if kind != QEvent.Type.MouseButtonRelease and self.select_all is not None \
                    and event.position().x() < MARKER_WIDTH:  # type: ignore[attr-defined]
                self.select_all()
            return True  # not Qt's select-every-cell
        names = self._level_names()
        if watched is self.button and kind == QEvent.Type.Paint and not self.marker and not names \
                and self._paint_styled():
            return True
        if watched is self.button and kind == QEvent.Type.Paint and (self.title or self.marker or names):
            button = self.button
            option = QStyleOptionHeader()
            option.initFrom(button)
            flags = QStyle.StateFlag
            option.state = flags.State_Enabled if button.isEnabled() else flags.State_None
            option.rect = button.rect()
            option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
            extra = MARKER_WIDTH if self.marker else 0
            option.text = "" if names else option.fontMetrics.elidedText(
                self.title, Qt.TextElideMode.ElideRight, max(0, button.width() - 8 - extra))
            option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter = QPainter(button)
            if extra:  # the title right of the checkbox column
                option.rect = option.rect.adjusted(extra, 0, 0, 0)
                blank = QStyleOptionHeader(option)
                blank.text, blank.rect = "", QRect(0, 0, extra, button.height())
                button.style().drawControl(QStyle.ControlElement.CE_Header, blank, painter, button)
            button.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, button)
            if names:
                self._paint_names(painter, option, names, extra)
            if self.select_all is not None:
                every, some = self.all_state()
                paint_box(painter, button, QRect(0, 0, MARKER_WIDTH, button.height()), every, False,
                          partly=some and not every)
            painter.end()
            return True
        return False

    def _paint_styled(self) -> bool:
        """The corner as a Styler's table rules style it (a ``th`` rule's background and
        colour, as over st.table's index); False when they do not."""
        model = getattr(self.view, "frame_model", None)
        styled = model.heading_style(None, 0) if model is not None else None
        if styled is None or self.button is None:
            return False
        button = self.button
        option = QStyleOptionHeader()
        option.initFrom(button)
        option.rect = button.rect()
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        painter = QPainter(button)
        button.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, button)
        if styled.background is not None:
            painter.fillRect(button.rect().adjusted(0, 0, -1, -1), styled.background)
        if self.title:
            from rerunqt.qt.adapters.index_levels import section_font

            font = section_font(self.view)  # (the headers' size)
            painter.setFont(styled.font.resolve(font) if styled.font is not None else font)
            if styled.colour is not None:
                painter.setPen(styled.colour)
            painter.drawText(button.rect().adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.end()
        return True

    def _level_names(self) -> tuple[str, ...]:
        """A row MultiIndex's level names (one index column each), when its labels show."""
        model = getattr(self.view, "frame_model", None)
        if model is None or model.frame.levels is None or not self.labels:
            return ()
        return model.frame.level_names

    def _paint_names(self, painter: QPainter, option: QStyleOptionHeader, names: tuple[str, ...],
                     extra: int) -> None:
        """Each level's name over its column of the row header, left to right."""
        from PySide6.QtGui import QColor

        from rerunqt.qt.adapters.index_levels import paint_levels, section_font
        from rerunqt.qt.adapters.inline_markdown import HEADER_TEXT

        header = self.view.verticalHeader()
        widths = header.level_widths() if hasattr(header, "level_widths") else ()
        colour = QColor(HEADER_TEXT[self.view.palette().color(self.view.palette().ColorRole.Window)
                                    .lightness() < 128])
        divider = QColor(colour)
        divider.setAlpha(40)
        paint_levels(painter, QRect(extra, 0, option.rect.width() - extra, option.rect.height()),
                     list(names), widths, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     section_font(self.view), colour, divider)
