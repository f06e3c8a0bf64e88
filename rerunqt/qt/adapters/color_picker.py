"""The color_picker adapter: a swatch button opening ``ask_color`` (a QColorDialog), hex beside it.

``ask_color`` is a module-level function so tests can monkeypatch it here.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QColorDialog, QHBoxLayout, QLabel, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common
from rerunqt.qt.adapters.pickers_common import _ENTER, _all, _dark, _focus_ring
from rerunqt.runner.requests import WidgetEvent


def ask_color(parent: QWidget | None, initial_hex: str) -> str | None:
    """Ask the user for a colour; "#rrggbb", or None when cancelled. Tests replace this."""
    color = QColorDialog.getColor(QColor(initial_hex), parent, "Choose a colour")
    return color.name() if color.isValid() else None


class _Swatch(QAbstractButton):
    """A rounded square of the current colour; Enter or Space opens the dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.color = QColor("#000000")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(44, 30)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        color = QColor(self.color)
        if not self.isEnabled():
            color.setAlpha(90)
        painter.setPen(QPen(QColor("#5a5c66" if _dark(self) else "#d5d8de"), 1))
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 6, 6)
        if self.hasFocus():
            _focus_ring(painter, rect, 6)
        painter.end()


class ColorPickerAdapter(Adapter):
    kind = "color_picker"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        swatch = _Swatch()
        swatch.setObjectName("rqColorSwatch")
        hex_label = QLabel()
        hex_label.setObjectName("rqColorHex")
        hex_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(swatch)
        layout.addWidget(hex_label)
        layout.addStretch(1)
        field = LabelledField("", swatch, row)
        # a pixel width narrower than the swatch still shows it (Streamlit's 40px minimum)
        swatch.setMinimumWidth(swatch.sizeHint().width())
        field.setMinimumWidth(swatch.sizeHint().width())
        field.hex_label = hex_label  # type: ignore[attr-defined]
        widget_id = element.key

        def choose() -> None:
            current = swatch.color.name()
            picked = ask_color(swatch.window(), current)  # looked up now: tests replace it
            if picked is None:
                return
            new = QColor(picked)
            if not new.isValid() or new.name() == current:
                return
            _show_color(field, new.name())
            host.emit(WidgetEvent(widget_id, new.name()))

        swatch.clicked.connect(choose)
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        apply_common(widget, new, changed)
        value = new.prop("value")
        shown = widget.hex_label.text()  # type: ignore[attr-defined]
        # a new colour, the same one written otherwise ("#F00" after "#ff0000"), or the first
        # (a new swatch is black: "#000000" must still be written beside it)
        if QColor(value).name() != widget.field.color.name() or shown != value:  # type: ignore[attr-defined]
            _show_color(widget, value)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


def _show_color(field: LabelledField, hex_value: str) -> None:
    swatch = field.field
    assert isinstance(swatch, _Swatch)
    swatch.color = QColor(hex_value)
    if getattr(field.label, "rq_help_icon", None) is None:  # else the help describes it
        swatch.setAccessibleDescription(hex_value)
    field.hex_label.setText(hex_value)  # type: ignore[attr-defined]
    swatch.update()

