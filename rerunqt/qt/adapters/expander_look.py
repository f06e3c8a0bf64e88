"""How an expander's or status's header looks, in Streamlit 1.67's three types.

* ``default``: a bordered box. The header leads with the icon (a status: its state), and
  shows the chevron in that place while the pointer is over it; with no icon, the chevron.
* ``compact``: no box. The icon, the label, then a chevron after the label (closed: right,
  open: down): a light toggle for reasoning or metadata.
* ``step``: one step of a timeline. The icon (a status: its state; else a faded circle)
  sits in a rail on the left, with a line down to the next step when one follows; a
  status's label says its state ("Fetch — complete"). A step without content is not
  opened and ends the line.

The leading glyph sits in the tool button's icon slot (a blank icon keeps the text after
it), drawn by ``Lead``: Qt's arrow types are small triangles, Streamlit's are chevrons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.qt.adapters.busy import BusyIndicator
from rerunqt.qt.adapters.container_box import BORDER_MARGIN
from rerunqt.qt.adapters.header_lines import paint_lines, wrapped_height
from rerunqt.qt.column import Column

GLYPH = 16  # the icon slot's side, in pixels
RAIL = 28  # a step's rail: its icon column and connector line
PADDING = {"default": 12, "compact": 0, "step": 4}  # the header's left padding (the .qss)
ICON_GAP = 4  # Qt's space between a tool button's icon and its text


def draw_chevron(painter: QPainter, box: QRectF, down: bool, colour: QColor) -> None:
    """Streamlit's keyboard_arrow_right / keyboard_arrow_down, centred in ``box``."""
    pen = QPen(colour, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    c, r = box.center(), min(box.width(), box.height()) * 0.22
    if down:
        points = [QPointF(c.x() - r * 1.4, c.y() - r * 0.6), QPointF(c.x(), c.y() + r * 0.8),
                  QPointF(c.x() + r * 1.4, c.y() - r * 0.6)]
    else:
        points = [QPointF(c.x() - r * 0.6, c.y() - r * 1.4), QPointF(c.x() + r * 0.8, c.y()),
                  QPointF(c.x() - r * 0.6, c.y() + r * 1.4)]
    painter.drawPolyline(points)


def apply_look(box: Any, look: str, icon: str | None, state: str | None) -> None:
    """Give an expander (``panels.Expander``) Streamlit's ``type`` with ``icon`` (a status:
    its ``state``; ``icon="spinner"``: the turning arc)."""
    from rerunqt.qt.adapters.base import restyle
    from rerunqt.qt.adapters.button import icon_text

    glyph = "" if icon == "spinner" else icon_text(icon)
    if icon == "spinner" and state is None:
        state = "running"
    if box.property("look") != look:
        restyle(box, "look", look)
        restyle(box.header, "look", look)  # its rules select on the box's look
        boxed = look == "default"
        box.body_layout.setContentsMargins(
            BORDER_MARGIN if look != "compact" else 0, 4,
            BORDER_MARGIN if boxed else 0, BORDER_MARGIN if boxed else 4)
    if look == "step":
        if box.step is None:
            box.step = StepRail(box)
        box.step.set_icon(glyph, state)
        box.frame_layout.setContentsMargins(RAIL, 0, 0, 0)
        box.header.set_look(look, "", None)
    else:
        if box.step is not None:
            box.step.hide_rail()
            box.step = None
        box.frame_layout.setContentsMargins(0, 0, 0, 0)
        box.header.set_look(look, glyph, state)


class Contents(Column):
    """An expander's column, which tells it when it gains its first or loses its last child."""

    def __init__(self, layout: QVBoxLayout, owner: Any) -> None:
        super().__init__(layout)
        self.owner = owner

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        super().insert(index, widget, align_left)
        self.owner.content_changed()

    def remove(self, widget: QWidget) -> None:
        super().remove(widget)
        self.owner.content_changed()


class Lead(QWidget):
    """The header's leading glyph: the chevron, an icon's symbol, or the state indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(GLYPH, GLYPH)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.glyph = ""  # an emoji or a Material symbol
        self.circle = False  # a step with no icon: a faded circle
        self.chevron: bool | None = None  # shown instead of the icon: open (down) or not
        self.indicator: BusyIndicator | None = None

    def use_indicator(self) -> BusyIndicator:
        if self.indicator is None:
            self.indicator = BusyIndicator(GLYPH, self)
            self.indicator.move(0, 0)
        return self.indicator

    def set_shown(self, glyph: str, circle: bool, chevron: bool | None,
                  indicator: bool) -> None:
        self.glyph, self.circle, self.chevron = glyph, circle, chevron
        if self.indicator is not None:
            self.indicator.setVisible(indicator and chevron is None)
        self.update()

    def paintEvent(self, event: Any) -> None:
        if self.indicator is not None and self.indicator.isVisible():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(self.foregroundRole())
        box = QRectF(self.rect())
        if self.chevron is not None:
            draw_chevron(painter, box, self.chevron, ink)
        elif self.glyph:
            font = self.font()
            font.setPixelSize(GLYPH - 2)
            painter.setFont(font)
            painter.setPen(ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.glyph)
        elif self.circle:
            faded = QColor(ink)
            faded.setAlphaF(0.35)
            painter.setPen(QPen(faded, 1.5))
            painter.drawEllipse(box.adjusted(3, 3, -3, -3))
        painter.end()


class Header(QToolButton):
    """An expander's header button: ``lead`` in its icon slot, a compact type's chevron
    after its text; the pointer over it shows the chevron in place of the icon."""

    def __init__(self) -> None:
        super().__init__()
        self.setIconSize(QSize(GLYPH, GLYPH))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(PADDING["default"], 0, 0, 0)  # the icon slot's place
        row = self.row
        self.lead = Lead()
        row.addWidget(self.lead, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        self.trail = Lead(self)  # compact: the chevron after the label
        self.trail.hide()
        self.look = "default"
        self.glyph = ""
        self.status_state: str | None = None  # a status's state: the indicator leads
        self.has_content = True
        self.hovered = False
        self.wrapped = False  # the label is on more lines (fit_lines); paintEvent draws them
        self.setIcon(QIcon(_blank_pixmap()))

    # ----- what it shows -----
    def set_look(self, look: str, glyph: str, state: str | None) -> None:
        self.look, self.glyph, self.status_state = look, glyph, state
        self.row.setContentsMargins(PADDING[look], 0, 0, 0)
        if state is not None:
            self.lead.use_indicator().set_state(state)
        self.refresh()

    def refresh(self) -> None:
        open_ = self.isChecked()
        indicator = self.status_state is not None
        step = self.look == "step"
        compact = self.look == "compact"
        expandable = self.has_content or not step
        if step:  # the icon is in the rail: the slot holds the chevron
            chevron: bool | None = open_ if expandable else None
            self.lead.set_shown("", False, chevron, False)
        elif compact:  # the icon only; the chevron trails the label
            self.lead.set_shown(self.glyph, False, None, indicator)
        else:
            leading = bool(self.glyph) or indicator
            self.lead.set_shown(self.glyph, False,
                                open_ if (self.hovered or not leading) else None, indicator)
        self.lead.setVisible(not (compact and not self.glyph and not indicator)
                             and (expandable or not step))
        # Qt centres a tool button's text when it has no icon: a 1-pixel one keeps it left
        self.setIconSize(QSize(GLYPH if self.lead.isVisibleTo(self) else 1, GLYPH))
        self.trail.setVisible(compact)
        if compact:
            self.trail.set_shown("", False, open_, False)
            self._place_trail()

    def _place_trail(self) -> None:
        width = self.fontMetrics().horizontalAdvance(self.text())
        self.trail.move(self.text_left() + width + 6, (self.height() - GLYPH) // 2)

    # ----- a label longer than the header is wide: more lines (Streamlit's summary wraps) -----
    def text_left(self) -> int:
        return PADDING[self.look] + (GLYPH if self.lead.isVisibleTo(self) else 1) + ICON_GAP

    def words(self) -> str:
        return self.text().replace("&&", "&")

    def room(self) -> int:
        return max(self.width() - self.text_left() - PADDING["default"], 1)

    def one_line_height(self) -> int:
        return super().sizeHint().height()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit_lines()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word (a browser's min-content), not the whole label:
        a long label made the page wider than the window."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self.words().split()), default=0)
        return QSize(min(hint.width(), self.text_left() + word + PADDING["default"]), hint.height())

    def fit_lines(self) -> None:
        """Tall enough for the label's lines at this width (one line: Qt's height)."""
        height = 0 if self.look == "compact" else wrapped_height(self)
        self.wrapped = height > 0
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def paintEvent(self, event: Any) -> None:
        if self.wrapped:
            paint_lines(self)
        else:
            super().paintEvent(event)

    # ----- events -----
    def enterEvent(self, event: Any) -> None:
        super().enterEvent(event)
        self.hovered = True
        self.refresh()

    def leaveEvent(self, event: Any) -> None:
        super().leaveEvent(event)
        self.hovered = False
        self.refresh()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.look == "compact":
            self._place_trail()
        elif event.size().width() != event.oldSize().width():
            self.fit_lines()

    def nextCheckState(self) -> None:
        """A step without content does not open (Streamlit draws it as a plain row)."""
        if self.has_content or self.look != "step":
            super().nextCheckState()


def _blank_pixmap() -> QPixmap:
    pixmap = QPixmap(GLYPH, GLYPH)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


class Connector(QWidget):
    """The timeline's line across the gap between two steps (the page's spacing lies
    outside both step widgets): a sibling laid over that gap, drawn through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(line_colour(self), 1.5))
        x = self.width() / 2
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()


def line_colour(widget: QWidget) -> QColor:
    colour = QColor(widget.palette().color(widget.foregroundRole()))
    colour.setAlphaF(0.25)
    return colour


class StepRail(QWidget):
    """A step's rail, the left ``RAIL`` pixels of its expander: the step's icon level with
    the header, and the timeline's line from the step before to the step after."""

    def __init__(self, step: QWidget) -> None:
        super().__init__(step)
        self.step = step
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.icon = Lead(self)
        self.connector: Connector | None = None
        step.installEventFilter(self)
        self.show()

    def set_icon(self, glyph: str, state: str | None) -> None:
        if state is not None:
            self.icon.use_indicator().set_state(state)
        self.icon.set_shown(glyph, not glyph and state is None, None, state is not None)
        self.sync()

    def hide_rail(self) -> None:
        self.step.removeEventFilter(self)
        if self.connector is not None:
            self.connector.deleteLater()
        self.deleteLater()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self.sync()
            before = neighbour(self.step, -1)
            if before is not None and before.step is not None:
                before.step.sync()  # the step above reaches down to this one
        return False

    def sync(self) -> None:
        """Fit the rail to the step and the connector to the gap below it."""
        header = self.step.header  # type: ignore[attr-defined]
        self.setGeometry(0, 0, RAIL, self.step.height())
        self.icon.move((RAIL - GLYPH) // 2, max(0, (header.height() - GLYPH) // 2))
        after = neighbour(self.step, 1)
        linked = after is not None and after.step is not None and self.step.isVisible() \
            and self.step.header.has_content  # type: ignore[attr-defined]
        holder = self.step.parentWidget()
        if linked and self.connector is None and holder is not None:
            self.connector = Connector(holder)
        if self.connector is not None:
            if linked:
                assert after is not None
                top = self.step.geometry().bottom() + 1
                self.connector.setGeometry(self.step.x(), top, RAIL, max(0, after.y() - top))
                self.connector.show()
                self.connector.raise_()
            else:
                self.connector.hide()
        self.linked = linked
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(line_colour(self), 1.5))
        x = RAIL / 2
        before = neighbour(self.step, -1)
        icon = self.icon.geometry()
        if before is not None and before.step is not None and before.step.linked:
            painter.drawLine(QPointF(x, 0), QPointF(x, icon.top() - 3))
        if getattr(self, "linked", False):
            painter.drawLine(QPointF(x, icon.bottom() + 4), QPointF(x, self.height()))
        painter.end()


def neighbour(widget: QWidget, offset: int) -> Any:
    """The widget ``offset`` places from ``widget`` in its parent's layout, or None."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return None
    index = layout.indexOf(widget)
    item = layout.itemAt(index + offset) if index >= 0 and index + offset >= 0 else None
    found = item.widget() if item is not None else None
    return found if found is not None and hasattr(found, "step") else None
