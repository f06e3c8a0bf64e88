"""st.slider and st.select_slider: a QSlider, or a two-handle range slider.

A slider commits once per gesture: when the mouse is released after a drag (or a click
on the track, which jumps the handle there) and once per key press (arrows, Page Up/Down,
Home/End). While dragging, only the value shown above the handle follows the mouse.
The single slider is a QSlider with tracking off; the range slider is a small custom
widget (its handles never cross; Tab moves between them). Both work on integer
positions 0..count of a ``_Scale`` that maps them to front-end values.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.core.slider_values import FLOAT, format_ui_value
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.qt.adapters.option_markdown import show_option_text
from rerunqt.qt.adapters.range_slider import _RangeSlider
from rerunqt.runner.requests import WidgetEvent

_MAX_POSITIONS = 1_000_000  # beyond this many steps, one position covers several steps


class _Scale:
    """Positions 0..count and the front-end values (and texts) they stand for.

    Position i is ``lo + i * step``; when the span is not a whole number of steps, the
    last position is ``hi`` itself, so both bounds can always be reached.
    """

    def __init__(self, lo: Any, hi: Any, step: Any, is_float: bool,
                 text: Callable[[Any], str]) -> None:
        self.lo, self.hi, self.is_float, self.text_of = lo, hi, is_float, text
        steps = (hi - lo) / step if hi > lo else 0
        whole = round(steps)
        if abs(steps - whole) <= 1e-9 * max(1.0, abs(steps)):
            n = int(whole)
        else:  # the last position is hi itself
            n = math.floor(steps) + 1
        self.stride = max(1, math.ceil(n / _MAX_POSITIONS))
        self.count = max(1, math.ceil(n / self.stride))
        self.step = step * self.stride
        self.digits = max(_decimals(step), _decimals(lo)) if is_float else 0

    def value(self, i: int) -> Any:
        if i >= self.count:
            return self.hi
        if i <= 0:
            return self.lo
        v = self.lo + i * self.step
        if self.is_float:
            v = round(v, self.digits)
        return min(v, self.hi)

    def index(self, v: Any) -> int:
        if v >= self.hi:
            return self.count
        return max(0, min(self.count, round((v - self.lo) / self.step)))

    def text(self, i: int) -> str:
        return self.text_of(self.value(i))


def _decimals(x: float) -> int:
    text = repr(float(x))
    if "e" in text:
        mantissa, exponent = text.split("e")
        return min(15, max(0, -int(exponent) + len(mantissa.partition(".")[2])))
    return min(15, len(text.partition(".")[2].rstrip("0")))


class _Slider(QSlider):
    """A QSlider that ignores the wheel and does not emit when a click merely moves the handle.

    A click on the track puts the handle under the mouse; the commit comes with the
    release (``sliderReleased``), like a drag.
    """

    def moved_to(self) -> None:
        """A press moved the handle: replaced by the field (to show the value there)."""

    def resized(self) -> None:
        """Replaced by the body (to keep the value above the handle)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            blocked = self.blockSignals(True)
            try:
                self._jump_to(event.position().x())
                super().mousePressEvent(event)  # the handle is under the mouse: a drag starts
            finally:
                self.blockSignals(blocked)
            self.moved_to()
            return
        super().mousePressEvent(event)

    def _jump_to(self, x: float) -> None:
        """Put the handle under a press on the track (Qt would take one page step instead).

        Tracking is off, so this moves the position only; the value follows on release.
        """
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        control = QStyle.ComplexControl.CC_Slider
        handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
        if handle.left() <= x <= handle.right():
            return
        groove = style.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, self)
        span = groove.width() - handle.width()
        offset = int(x - groove.x() - handle.width() / 2)
        self.setSliderPosition(QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), max(0, min(offset, span)), max(span, 1),
            option.upsideDown))

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the page over a slider must not change it

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.resized()

    def handle_center(self) -> float:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        return rect.center().x() + 0.5


class _SingleBody(QWidget):
    """The value above the handle, then the QSlider."""

    def __init__(self) -> None:
        super().__init__()
        self.slider = _Slider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("rqSlider")
        self.slider.setTracking(False)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.resized = self.place  # type: ignore[method-assign]
        self.holder = QWidget()
        self.value_label = QLabel(self.holder)
        self.value_label.setObjectName("rqSliderValue")
        self.holder.setFixedHeight(self.value_label.sizeHint().height() + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.holder)
        layout.addWidget(self.slider)

    def show_text(self, text: str, markdown: bool = False) -> None:
        """The value over the handle; a select_slider's option as its Markdown shows it."""
        label = self.value_label
        if label.property("rqSource") != text:
            label.setProperty("rqSource", text)
            if markdown:
                show_option_text(label, text)
            else:
                label.setText(text)
            label.adjustSize()
        self.place()

    def place(self) -> None:
        label = self.value_label
        x = self.slider.handle_center() + self.slider.x() - self.holder.x() - label.width() / 2
        x = max(0.0, min(x, self.holder.width() - label.width()))
        label.move(int(x), 0)


class _Caption(QLabel):
    """A min or max caption: half the row each, cut short with an ellipsis when the two
    would not fit side by side (long date formats in a narrow column overlapped)."""

    def __init__(self, alignment: Qt.AlignmentFlag) -> None:
        super().__init__()
        self.full = ""
        self.setObjectName("rqSliderCaption")
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_caption(self, text: str, markdown: bool = False) -> None:
        """``markdown``: a select_slider's option, shown as its Markdown (cut short, its
        words only)."""
        if markdown:
            show_option_text(self, text)
            text = self.text()
        self.full = text
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight,
                                              max(self.contentsRect().width(), 1))
        self.setText(shown if self.width() > 1 else self.full)
        self.setToolTip(self.full if shown != self.full else "")


class _SliderField(LabelledField):
    """Label, the slider body (single or range), and the min/max captions under its ends."""

    def __init__(self, host: Host, widget_id: str) -> None:
        row = QWidget()
        super().__init__("", row, row)  # the field is the row until set_mode builds the body
        self.row, self.host, self.widget_id = row, host, widget_id
        self.body: _SingleBody | _RangeSlider | None = None
        self.scale: _Scale | None = None
        self.one_tuple = False  # the value is a 1-tuple (a "range" of one value)
        self.committed: Any = None  # the front-end value last shown or sent
        self.markdown = False  # the texts are options with Markdown (select_slider)
        self.min_caption = _Caption(Qt.AlignmentFlag.AlignLeft)
        self.max_caption = _Caption(Qt.AlignmentFlag.AlignRight)
        captions = QHBoxLayout()
        captions.setContentsMargins(0, 0, 0, 0)
        captions.setSpacing(8)
        for caption in (self.min_caption, self.max_caption):
            captions.addWidget(caption, 1)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(captions)

    def set_mode(self, is_range: bool) -> None:
        """Build the body for a single value or a range (again, if the script switched)."""
        layout = self.row.layout()
        assert isinstance(layout, QVBoxLayout)
        if self.body is not None:
            layout.removeWidget(self.body)
            self.body.hide()
            self.body.deleteLater()
        body: _SingleBody | _RangeSlider
        if is_range:
            body = double = _RangeSlider()
            double.text = self.text
            double.markdown = self.markdown
            double.committed.connect(self._range_committed)
            self.field = double
        else:
            body = single = _SingleBody()
            slider = single.slider
            slider.moved_to = self._live  # type: ignore[method-assign]
            slider.sliderMoved.connect(self._live)
            slider.valueChanged.connect(self._commit_position)
            slider.sliderReleased.connect(self._released)
            self.field = slider
        layout.insertWidget(0, body)
        self.body = body
        self.label.setBuddy(self.field)

    def text(self, position: int) -> str:
        return self.scale.text(position) if self.scale is not None else ""

    def _live(self, *_: Any) -> None:
        """While dragging: the value above the handle follows it; nothing is sent."""
        if isinstance(self.body, _SingleBody):
            self.body.show_text(self.text(self.body.slider.sliderPosition()), self.markdown)

    def _commit_position(self, position: int) -> None:
        self._live()
        if self.scale is not None:
            value = self.scale.value(position)
            self._commit((value,) if self.one_tuple else value)

    def _released(self) -> None:
        if isinstance(self.body, _SingleBody):
            self._commit_position(self.body.slider.sliderPosition())

    def _range_committed(self, low: int, high: int) -> None:
        if self.scale is not None:
            self._commit((self.scale.value(low), self.scale.value(high)))

    def _commit(self, ui: Any) -> None:
        if ui != self.committed:
            self.committed = ui
            self.host.emit(WidgetEvent(self.widget_id, ui))

    def show_value(self, value: Any, by_code: bool) -> None:
        """Show the value from the run, unless the user is dragging (code still wins)."""
        scale, body = self.scale, self.body
        assert scale is not None and body is not None
        self.one_tuple = isinstance(value, tuple) and len(value) == 1
        self.committed = value
        if isinstance(body, _RangeSlider):
            if body.dragging is None or by_code:
                body.set_positions(scale.index(value[0]), scale.index(value[1]))
            return
        slider = body.slider
        if slider.isSliderDown() and not by_code:
            return
        shown = value[0] if self.one_tuple else value
        position = scale.index(shown)
        if slider.value() != position or slider.sliderPosition() != position:
            set_blocked(slider, slider.setValue, position)
        body.show_text(scale.text_of(shown), self.markdown)


class _BaseSliderAdapter(Adapter):
    """What slider and select_slider share; subclasses build the scale from the props."""

    scale_props: frozenset[str] = frozenset()

    def make_scale(self, props: dict[str, Any]) -> _Scale:
        raise NotImplementedError

    markdown = False  # the option texts are Markdown (select_slider)

    def create(self, element: Element, host: Host) -> QWidget:
        field = _SliderField(host, element.key)
        field.markdown = self.markdown
        self.update(field, element, element, frozenset(n for n, _ in element.props))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, _SliderField)
        props = new.props_dict()
        value = props["value"]
        is_range = isinstance(value, tuple) and len(value) == 2
        rebuilt = widget.body is None or isinstance(widget.body, _RangeSlider) is not is_range
        if rebuilt:
            widget.set_mode(is_range)
        if rebuilt or changed & self.scale_props:
            scale = widget.scale = self.make_scale(props)
            widget.min_caption.set_caption(scale.text(0), self.markdown)
            widget.max_caption.set_caption(scale.text(scale.count), self.markdown)
            body = widget.body
            if isinstance(body, _RangeSlider):
                body.set_count(scale.count)
            elif isinstance(body, _SingleBody):
                set_blocked(body.slider, body.slider.setRange, 0, scale.count)
                body.slider.setPageStep(max(1, scale.count // 10))
        apply_common(widget, new, None if rebuilt else changed)
        if rebuilt or "disabled" in changed:
            widget.row.setEnabled(not props["disabled"])
        # Compare with what the widget shows, not with the last element: code that puts
        # back the value the last run showed (after the user moved it) leaves the value
        # prop unchanged, yet the widget must move back (bug N3).
        widget.show_value(value, bool(props.get("set_by_code")))

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


class SliderAdapter(_BaseSliderAdapter):
    kind = "slider"
    exact_pixels = True
    scale_props = frozenset({"min", "max", "step", "format", "data_type"})

    def make_scale(self, props: dict[str, Any]) -> _Scale:
        data_type, fmt = props["data_type"], props["format"]
        return _Scale(props["min"], props["max"], props["step"], data_type == FLOAT,
                      lambda v: format_ui_value(data_type, fmt, v))


class SelectSliderAdapter(_BaseSliderAdapter):
    kind = "select_slider"
    exact_pixels = True
    markdown = True  # Streamlit 1.67: "Each item ... can optionally contain Markdown"
    scale_props = frozenset({"options"})

    def make_scale(self, props: dict[str, Any]) -> _Scale:
        options = props["options"]
        return _Scale(0, max(0, len(options) - 1), 1, False,
                      lambda i: options[i] if 0 <= i < len(options) else "")


SLIDERS_ADAPTERS: list[Adapter] = [SliderAdapter(), SelectSliderAdapter()]
