"""st.feedback in the window: one widget that paints its icons and is one Tab stop.

Left/Right move a focus ring between the icons, Space or Enter chooses the one under it,
and clicking (or pressing on) the chosen icon again clears the choice, as in Streamlit.
Stars fill up to the chosen (or hovered) one. The widget sends the chosen index or None.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt import theme_state
from rerunqt.qt.adapters import feedback_icons as icons
from rerunqt.qt.adapters.base import Adapter, Host, apply_width
from rerunqt.runner.requests import WidgetEvent

CELL, GAP = 30, 4
COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}
NAMES = {"thumbs": ("thumbs down", "thumbs up"),
         "faces": ("very unhappy", "unhappy", "neutral", "happy", "very happy"),
         "stars": ("1 star", "2 stars", "3 stars", "4 stars", "5 stars")}


class FeedbackBar(QWidget):
    """The icons in a row. ``value`` is the chosen index as st.feedback returns it."""

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__()
        self.host, self.widget_id = host, widget_id
        self.setObjectName("rqFeedback")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.options = "thumbs"
        self.value: int | None = None
        self.current = 0  # the place (left to right) of the keyboard ring
        self.hover: int | None = None

    # ----- places (left to right) and values -----
    @property
    def count(self) -> int:
        return COUNTS[self.options]

    def index_at(self, place: int) -> int:
        """Thumbs show up first but up is 1, as in Streamlit; the others read left to right."""
        return self.count - 1 - place if self.options == "thumbs" else place

    def cell(self, place: int) -> QRectF:
        return QRectF(place * (CELL + GAP) + 2, 2, CELL, CELL)

    def place_at(self, x: float) -> int | None:
        place = int(x - 2) // (CELL + GAP)
        return place if 0 <= place < self.count and x - 2 - place * (CELL + GAP) <= CELL else None

    def set_options(self, options: str) -> None:
        self.options = options
        # as Streamlit (gh-12068), a pixel width narrower than the icons shows them all
        self.setMinimumWidth(self.sizeHint().width())
        self.current = min(self.current, self.count - 1)
        self.updateGeometry()
        self.update()

    def show_value(self, value: int | None) -> None:
        self.value = value
        chosen = "nothing chosen" if value is None else NAMES[self.options][value]
        self.setAccessibleDescription(f"{self.options}: {chosen}")
        self.update()

    def choose(self, place: int) -> None:
        """The user clicked (or pressed Space on) the icon at ``place``."""
        if not self.isEnabled() or not 0 <= place < self.count:
            return
        self.current = place
        index = self.index_at(place)
        value = None if index == self.value else index
        self.show_value(value)
        self.host.emit(WidgetEvent(self.widget_id, value))

    # ----- Qt -----
    def sizeHint(self) -> QSize:
        return QSize(self.count * (CELL + GAP) - GAP + 4, CELL + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        accent = palette.color(group, QPalette.ColorRole.Highlight)
        text = theme_state.text(self)
        # Streamlit's borderless icon buttons: a chosen icon in the text colour (faded to
        # 40% when disabled), the others faded to 60% (10% when disabled)
        chosen, plain = QColor(text), QColor(text)
        if not self.isEnabled():
            chosen.setAlphaF(0.4)
        plain.setAlphaF(0.6 if self.isEnabled() else 0.1)
        shown = self.value
        if self.options == "stars" and self.hover is not None and self.isEnabled():
            shown = self.hover
        for place in range(self.count):
            box = self.cell(place)
            index = self.index_at(place)
            on = shown is not None and (index <= shown if self.options == "stars" else index == shown)
            color = chosen if on else plain
            if self.isEnabled() and self.hover == place and not on:
                color = text
            inner = box.adjusted(4, 4, -4, -4)
            if self.options == "stars":
                icons.star(painter, inner, color, on)
            elif self.options == "faces":
                icons.face(painter, inner, color, on, index)
            else:
                icons.thumb(painter, inner, color, on, up=index == 1)
            if self.hasFocus() and place == self.current:
                painter.setPen(QPen(QColor(accent), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.place_at(event.position().x())
        if hover != self.hover:
            self.hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        place = self.place_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and place is not None:
            self.choose(place)
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.current = max(0, self.current - 1)
            self.update()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.current = min(self.count - 1, self.current + 1)
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.value is not None and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.current = next(p for p in range(self.count) if self.index_at(p) == self.value)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class FeedbackAdapter(Adapter):
    kind = "feedback"

    def create(self, element: Element, host: Host) -> QWidget:
        bar = FeedbackBar(host, element.key)
        bar.setAccessibleName("Feedback")
        self.update(bar, element, element, frozenset(n for n, _ in element.props))
        return bar

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, FeedbackBar)
        props = new.props_dict()
        if "options" in changed:
            widget.set_options(str(props["options"]))
        if changed & {"value", "options", "set_by_code"}:
            widget.show_value(props["value"])
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "width" in changed:
            apply_width(widget, new)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


FEEDBACK_ADAPTERS: list[Adapter] = [FeedbackAdapter()]
