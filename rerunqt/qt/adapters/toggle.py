"""The toggle adapter: a painted switch (track + knob) with its label beside it; Space toggles.

Split out of the pickers module to keep modules small.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from rerunqt.core.element import Element
from rerunqt.qt import theme_state
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.checkbox import connect_check, update_check
from rerunqt.qt.adapters.elide import OneLineLabel
from rerunqt.qt.adapters.option_markdown import draw_markdown, markdown_source
from rerunqt.qt.adapters.pickers_common import _all, _dark, _focus_ring


class _Switch(OneLineLabel, QAbstractButton):
    """A checkable button painted as a switch, its text at the right; all of it is clickable."""

    TRACK_W, TRACK_H, GAP = 32, 18, 8
    wraps = True

    def __init__(self) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def natural(self, text: str) -> QSize:
        """The switch's size with the label ``text``."""
        metrics = self.fontMetrics()
        width = self.TRACK_W + 4 + (self.GAP + metrics.horizontalAdvance(text) if text else 0) \
            + self.help_room
        return QSize(width, max(self.TRACK_H + 6, metrics.height() + 4))

    def sizeHint(self) -> QSize:
        hint = self.natural(self.shown if self.full is None else self.full)
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        if self.full is None and self.shown:  # a wrapping label: down to its longest word
            return QSize(min(self.natural(self.shown).width(), self.label_pad() + self.word_room()),
                         self.one_line_height())
        return self.natural(self.shown if self.full is None else "\u2026")

    def one_line_height(self) -> int:
        return self.natural("").height()

    def label_pad(self) -> int:
        return self.TRACK_W + 4 + self.GAP + self.help_room

    def text_left(self) -> int:
        """Where the label starts (after the track): its help icon follows the label."""
        return 2 + self.TRACK_W + self.GAP

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = ((self.one_line_height() if self.wrapped else self.height()) - self.TRACK_H) / 2
        track = QRectF(2, top, self.TRACK_W, self.TRACK_H)
        radius = self.TRACK_H / 2
        on = self.isChecked()
        color = theme_state.primary(self) if on else QColor("#4a4c57" if _dark(self) else "#c9ccd4")
        if not self.isEnabled():
            color.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(track, radius, radius)
        knob = self.TRACK_H - 4
        x = track.right() - knob - 2 if on else track.left() + 2
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(x, top + 2, knob, knob))
        if self.hasFocus():
            _focus_ring(painter, track, radius)
        if self.shown:  # as written: Qt's text() has each "&" doubled (label_face)
            painter.setPen(self.palette().color(self.foregroundRole()))
            if not self.isEnabled():
                painter.setOpacity(0.45)
            text_rect = self.rect().adjusted(self.text_left(), 0, -self.help_room, 0)
            source = markdown_source(self, self.shown)  # colours, code: the Markdown drawn
            if source is not None:
                draw_markdown(painter, QPointF(text_rect.left(), 0), self.height(), source,
                              painter.pen().color(), _dark(self))
            elif self.wrapped:  # the lines from the first line's height down
                painter.drawText(text_rect.adjusted(0, self.text_top(), 0, 0),
                                 int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                                     | Qt.TextFlag.TextWordWrap), self.shown)
            else:
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 self.shown)
        painter.end()


class ToggleAdapter(Adapter):
    kind = "toggle"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        switch = _Switch()
        switch.setObjectName("rqToggle")
        connect_check(switch, element.key, host)
        self.update(switch, element, element, _all(element))
        return switch

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, _Switch)
        update_check(widget, new.props_dict(), changed)
        if changed & {"label", "label_visibility"}:
            widget.updateGeometry()  # the switch's size hint follows its text

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]
