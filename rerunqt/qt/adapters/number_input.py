"""st.number_input: a spin box that commits on Enter, focus-out or the step buttons.

Keyboard tracking is off, so typing "12" is one event, not two. Values are shown
with the element's printf-style format as Streamlit's browser code applies it
(``core/number_field.py``): ``%03d`` shows 007, ``%.3e`` 1.500e+3. The field takes any
number typed ("007", "-1.5e3") and its own text back; an int field emits ints. The range
is the field's: ±(2**53 - 1) for ints, every finite float for floats (the API refuses
anything else), so what the field shows is always its value, never a clamped stand-in.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.core.number_field import field_text, partial_number, shown_number, stepped, typed_number
from rerunqt.core.number_spec import MAX_FLOAT, MAX_SAFE_INT
from rerunqt.qt.adapters.base import (
    Adapter,
    FocusWheel,
    Host,
    LabelledField,
    apply_common,
    restyle,
    set_blocked,
)
from rerunqt.qt.adapters.field_height import line_high
from rerunqt.qt.adapters.field_icon import set_line_icon
from rerunqt.runner.requests import WidgetEvent

MIN_DIGITS = 4  # the narrowest a field gets still shows this many digits


class _Spin(FocusWheel, QDoubleSpinBox):
    """A double spin box that knows whether it holds an int, its format, and whether it is empty."""

    is_int = False
    none_allowed = False
    fmt = "%0.2f"
    step_size = 1.0  # Streamlit's step as given (0 or negative too; Qt's singleStep is >= 0)
    lowest = -math.inf

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a sidebar form or a small column, as Streamlit's field shrinks
        with its container; Qt sizes a spin box for 18 digits of its range, which pushed
        a sidebar's content past its edge."""
        hint = line_high(self, super().minimumSizeHint())
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("0" * MIN_DIGITS) + 24))
        return hint

    def sizeHint(self) -> QSize:
        return line_high(self, super().sizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_steps()

    def place_steps(self) -> None:
        """The "-" and "+" inside the box at its right end, as Streamlit draws them; the text
        kept off them. Qt's arrows get no width from the stylesheet, so its left padding is
        lost too: it comes back as a text margin."""
        right = self.width() - 2
        for button in reversed(self.findChildren(QToolButton, "rqStep")):
            if button.isHidden():
                continue
            hint = button.sizeHint()
            height = min(hint.height(), self.height() - 4)
            right -= hint.width()
            button.setGeometry(right, (self.height() - height) // 2, hint.width(), height)
        self.lineEdit().setTextMargins(8, 0, self.width() - right, 0)

    def _empty_slot(self, value: float) -> bool:
        return self.none_allowed and value == self.minimum()

    def textFromValue(self, value: float) -> str:
        if self._empty_slot(value):
            return ""
        return field_text(int(round(value)) if self.is_int else value, self.fmt)

    def _blank(self, text: str) -> bool:
        """Nothing typed but the placeholder: the field is being emptied."""
        core = text.strip()
        return not core or core == self.specialValueText().strip()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Any number typed, the field's own text, or a text on its way to a number; the
        text is never rewritten here, so the cursor stays where the user types."""
        if self.none_allowed and self._blank(text):
            return QValidator.State.Acceptable, text, pos
        if text == self.textFromValue(self.value()):
            return QValidator.State.Acceptable, text, pos
        number = typed_number(text, self.is_int)
        if number is not None and self._lowest() <= number <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if number is not None and (0 <= self.maximum() < number or number < self.minimum() <= 0):
            # past a bound on the far side of zero: no further key can bring it back, so the
            # key is refused (as a spin box does) rather than kept as a number never sent
            return QValidator.State.Invalid, text, pos
        if number is not None or partial_number(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def _lowest(self) -> float:
        """The lowest number a user may type: the minimum, or above the empty slot."""
        return self.lowest if self.none_allowed else self.minimum()

    def valueFromText(self, text: str) -> float:
        if self.none_allowed and self._blank(text):
            return self.minimum()  # the slot below the minimum: None
        if text == self.textFromValue(self.value()):
            return self.value()
        number = typed_number(text, self.is_int)
        return self.value() if number is None else float(number)

    def shown_number(self) -> float | None:
        """The number the field shows, typed or committed (None: empty or not a number)."""
        if self._empty_slot(self.value()) and self._blank(self.lineEdit().displayText()):
            return None
        text = self.lineEdit().displayText()
        if text == self.textFromValue(self.value()):
            base = shown_number(text, self.is_int)
            return self.value() if base is None or not math.isfinite(base) else base
        typed = typed_number(text, self.is_int)
        return None if typed is None else float(typed)

    def can_step(self, steps: int) -> bool:
        """Streamlit's rule: a step only from a number, and only when it stays within the
        bounds (at the maximum "+" and Up do nothing, never clamp; empty: neither)."""
        base = self.shown_number()
        if base is None:
            return False
        target = self._target(base, steps)
        return math.isfinite(target) and self._lowest() <= target <= self.maximum()

    def _target(self, base: float, steps: int) -> float:
        try:
            return stepped(base, self.step_size, steps)
        except (OverflowError, ValueError):  # near the largest float: no decimals to keep
            return base + steps * self.step_size

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter commits the number and leaves the cursor after it, as a browser's field
        does; Qt's spin box selected all its text there, so the next key replaced it."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.lineEdit().end(False)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly() or not self.isEnabled():
            return flags
        if self.can_step(1):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.can_step(-1):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        """A step from the number the field shows, in the step's decimals (as Streamlit);
        none that would leave the bounds, and none from an empty field."""
        base = self.shown_number()
        if base is None or not self.can_step(steps):
            return
        self.setValue(self._target(base, steps))
        if self.style().styleHint(QStyle.StyleHint.SH_SpinBox_SelectOnStep, None, self):
            self.lineEdit().selectAll()

    def refresh_steps(self) -> None:
        """The "-" and "+" beside the field: enabled only where a step can go (Streamlit)."""
        disabled = bool(getattr(self, "rq_disabled", False))
        for button in getattr(self, "step_buttons", ()):
            up = button.accessibleName() == "Increment"
            button.setEnabled(not disabled and self.can_step(1 if up else -1))

    def mark_empty(self) -> None:
        """Showing the placeholder (None): the stylesheet greys it (``empty``)."""
        restyle(self, "empty", self.none_allowed and self.value() == self.minimum())

    def python_value(self) -> float | int | None:
        value = self.value()
        if self.none_allowed and value == self.minimum():
            return None
        return int(round(value)) if self.is_int else value


STEPS_FROM = 120  # px: "-" and "+" show only in a wider field (Streamlit's breakpoint)
ICON_ROOM = 24  # px: an icon's width and padding, added to that breakpoint


class _StepRow(QWidget):
    """The field and its "-" and "+": in a field 120 px wide or narrower (a narrow column)
    Streamlit hides the buttons, so the number has the room; here too."""

    has_icon = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = event.size().width() > STEPS_FROM + (ICON_ROOM if self.has_icon else 0)
        buttons = self.findChildren(QToolButton, "rqStep")
        for button in buttons:
            if button.isHidden() == shown:
                button.setVisible(shown)
        field = buttons[0].parentWidget() if buttons else None
        if isinstance(field, _Spin):
            field.place_steps()


class NumberInputAdapter(Adapter):
    kind = "number_input"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        spin = _Spin()
        spin.setObjectName("rqNumberInput")
        spin.setKeyboardTracking(False)
        # it may shrink below its size hint, to its minimum (a spin box's policy will not)
        spin.setSizePolicy(QSizePolicy.Policy.Preferred, spin.sizePolicy().verticalPolicy())
        # Our own - and + sit inside the field's box; the stylesheet gives Qt's arrows no width.
        # (NoButtons would be simpler, but with a stylesheet border Qt then gives the
        # inner line edit a width of 1 px and the number cannot be seen.)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        spin.setAccelerated(True)
        row = _StepRow()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(2)
        row_layout.addWidget(spin, 1)
        for text, name, step in (("\u2212", "Decrement", spin.stepDown), ("+", "Increment", spin.stepUp)):
            button = QToolButton(spin)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.setObjectName("rqStep")
            button.setText(text)
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users press Up/Down
            button.setAutoRepeat(True)
            button.clicked.connect(step)
        field = LabelledField("", spin, row)
        spin.step_buttons = spin.findChildren(QToolButton, "rqStep")  # type: ignore[attr-defined]
        spin.place_steps()
        widget_id = element.key
        def changed(_value: float) -> None:
            spin.mark_empty()
            spin.refresh_steps()
            host.emit(WidgetEvent(widget_id, spin.python_value()))

        spin.valueChanged.connect(changed)
        spin.lineEdit().textEdited.connect(lambda _text: spin.refresh_steps())
        # In a form Enter submits it; a lambda, as in text_input (a bound method leaks).
        spin.lineEdit().returnPressed.connect(lambda: host.enter_pressed())
        self.update(field, element, element, frozenset(n for n, _ in element.props))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        spin = widget.field
        assert isinstance(spin, _Spin)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "icon" in changed:
            set_line_icon(spin.lineEdit(), props.get("icon"))
            row = spin.parentWidget()
            if isinstance(row, _StepRow):
                row.has_icon = bool(props.get("icon"))
        if "disabled" in changed:
            spin.rq_disabled = bool(props["disabled"])  # type: ignore[attr-defined]
        if changed & {"min", "max", "step", "format", "is_int", "placeholder", "value"}:
            set_blocked(spin, self._configure, spin, props)
        value = props["value"]
        if value is not None and not math.isfinite(value):
            value = None  # unreachable through the API; shown empty rather than clamped
        shown = spin.python_value()
        if shown != value or (value is None) != (shown is None):
            target = spin.minimum() if value is None else float(value)
            set_blocked(spin, spin.setValue, target)
        spin.mark_empty()
        spin.refresh_steps()

    @staticmethod
    def _configure(spin: _Spin, props: dict) -> None:
        spin.is_int = bool(props["is_int"])
        spin.fmt = props.get("format") or ("%d" if spin.is_int else "%0.2f")
        # no rounding to a format's decimals: the field holds the number typed or set
        spin.setDecimals(0 if spin.is_int else 323)
        step = props["step"]
        spin.step_size = float(step)
        spin.setSingleStep(abs(float(step)))
        limit = float(MAX_SAFE_INT) if spin.is_int else MAX_FLOAT
        low = -limit if props["min"] is None else float(props["min"])
        high = limit if props["max"] is None else float(props["max"])
        spin.none_allowed = props["value"] is None or bool(props.get("clearable"))
        spin.lowest = low
        if spin.none_allowed:
            slot = low - (abs(float(step)) or 1.0)  # the slot below the minimum shows as empty
            low = slot if slot != low else -math.inf  # -max float minus a step is itself
            spin.setSpecialValueText(props.get("placeholder") or " ")
        else:
            spin.setSpecialValueText("")
        spin.setRange(low, high)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]
