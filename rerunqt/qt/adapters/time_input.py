"""st.time_input: an HH:mm field stepping by ``step``, with a list of times to pick from.

Its own module so the date adapter stays small; the empty state, the wiring of typed
text and the reporting of values are shared with date_input (adapters/dates.py).
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QLocale, QSize, Qt, QTime
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QTimeEdit, QToolButton, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.qt.adapters.clear_button import ClearButton
from rerunqt.qt.adapters.dates import _EmptyMixin
from rerunqt.qt.adapters.field_events import _connect, _interpret_typed, _report, show_value
from rerunqt.qt.adapters.field_height import line_high
from rerunqt.qt.adapters.pickers_common import _all
from rerunqt.qt.adapters.time_list import TimeList
from rerunqt.runner.requests import WidgetEvent

_MENU_MAX = 288  # the time list holds at most this many times (step >= 5 minutes)
_DAY = 24 * 3600


class _TimeEdit(_EmptyMixin, QTimeEdit):
    """HH:mm (HH:mm:ss when ``step`` is not whole minutes); Up/Down (and the wheel) move
    by ``step`` seconds, clamped to the day."""

    placeholder = "\u2013\u2013:\u2013\u2013"
    step = 900
    committed: time | None = None  # the value last reported or shown
    LAST = 23 * 3600 + 59 * 60

    def py(self) -> time | None:
        return None if self.empty else self.time().toPython()  # type: ignore[return-value]

    def show_py(self, value: time | None) -> None:
        self.set_empty(value is None)
        self.setTime(QTime(0, 0) if value is None
                     else QTime(value.hour, value.minute, value.second if self.step % 60 else 0))
        self.show_start()

    def stepBy(self, steps: int) -> None:
        if self.empty:
            target = self._now()
            self.fill(lambda: self.setTime(target), target == self.time())
            return
        seconds = QTime(0, 0).secsTo(self.time()) + steps * self.step
        self.setTime(QTime(0, 0).addSecs(min(max(seconds, 0), self.last())))

    @staticmethod
    def _now() -> QTime:
        now = datetime.now().time()
        return QTime(now.hour, now.minute)

    def show_stand_in(self) -> None:
        self.setTime(self._now())

    def last(self) -> int:
        """The latest time the arrows reach: 23:59, or 23:59:59 when seconds are shown."""
        return self.LAST + 59 if self.step % 60 else self.LAST

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag
        if self.empty:
            return flags.StepUpEnabled | flags.StepDownEnabled
        seconds = QTime(0, 0).secsTo(self.time())
        out = flags.StepNone
        if seconds > 0:
            out |= flags.StepDownEnabled
        if seconds < self.last():
            out |= flags.StepUpEnabled
        return out

    open_list: object = None  # set by the adapter: shows the list of times
    menu: QToolButton | None = None  # the list's chevron, drawn inside the field's right end
    clear_button: ClearButton  # the "x" of a field with no default (set by the adapter)

    def sizeHint(self) -> QSize:
        return line_high(self, super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return line_high(self, super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the chevron inside the box, as Streamlit's time picker (and date_input) has it."""
        super().resizeEvent(event)
        self.place_menu()

    def place_menu(self) -> None:
        """The chevron at the right end; the text kept off it (all the width when it is hidden).
        Qt's arrows get no width from the stylesheet (NoButtons would squeeze the text to 1 px),
        so the stylesheet's left padding is lost too: it comes back as a text margin."""
        room = 0
        if self.menu is not None and not self.menu.isHidden():
            hint = self.menu.sizeHint()
            height = min(hint.height(), self.height() - 4)
            self.menu.setGeometry(self.width() - hint.width() - 2, (self.height() - height) // 2,
                                  hint.width(), height)
            room = hint.width() + 2
        self.lineEdit().setTextMargins(8, 0, room, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down opens the list, as on a combo box."""
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Down and callable(self.open_list):
            self.open_list()
            return
        super().keyPressEvent(event)

    def pick(self, value: QTime) -> None:
        """A time chosen from the list."""
        if self.empty:
            self.fill(lambda: self.setTime(value), value == self.time())
        else:
            self.setTime(value)


class TimeInputAdapter(Adapter):
    kind = "time_input"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        edit = _TimeEdit()
        edit.setObjectName("rqTimeInput")
        edit.setDisplayFormat("HH:mm")
        edit.setKeyboardTracking(False)
        menu_button = QToolButton(edit)  # inside the field, at its right end
        menu_button.setObjectName("rqTimeMenu")
        menu_button.setText("\u25be")
        menu_button.setAccessibleName("Choose a time from a list")
        menu_button.setToolTip("Choose a time (Alt+Down)")
        menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users press Up/Down or Alt+Down
        menu_button.setCursor(Qt.CursorShape.ArrowCursor)
        edit.menu = menu_button
        edit.place_menu()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit, 1)
        field = LabelledField("", edit, row)
        field.menu_button = menu_button  # type: ignore[attr-defined]
        def picked(moment: QTime) -> None:
            edit.pick(moment)
            edit.setFocus()

        time_list = TimeList(row, picked)
        field.time_list = time_list  # type: ignore[attr-defined]

        def open_list() -> None:
            current = edit.py()
            shown = None if current is None else QTime(current.hour, current.minute)
            time_list.open_under(row, edit.step, shown)

        edit.open_list = open_list
        menu_button.clicked.connect(open_list)
        widget_id = element.key
        edit.committed = None

        def changed(emit: bool = True) -> WidgetEvent | None:
            if edit.empty and edit.specialValueText() and edit.time() != QTime(0, 0):
                edit.set_empty(False)
            event = _report(edit, edit.py(), widget_id, host, field, emit)
            edit.clear_button.show_for(edit.py())
            return event

        def clear() -> None:
            set_blocked(edit, edit.show_py, None)
            changed()

        def room() -> int:  # the list button's, right of the clear button
            return 4 if menu_button.isHidden() else menu_button.width() + 6

        edit.clear_button = ClearButton(edit, room, clear, "Clear time")

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            _interpret_typed(edit)
            return changed(emit=False)

        _connect(edit, edit.timeChanged, changed, flush, host, field)
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        edit = widget.field
        assert isinstance(edit, _TimeEdit)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "disabled" in changed:
            widget.menu_button.setEnabled(not props["disabled"])  # type: ignore[attr-defined]
        if changed & {"format", "step"}:
            set_blocked(edit, edit.set_format, _display_format(props.get("format"),
                                                                     int(props["step"])))
        if "step" in changed:
            edit.step = int(props["step"])
            widget.menu_button.setVisible(_DAY // edit.step <= _MENU_MAX)  # type: ignore[attr-defined]
            edit.place_menu()
        show_value(edit, props)
        if changed & {"clearable", "disabled", "value", "step"}:
            edit.clear_button.clearable = bool(props.get("clearable"))
            edit.clear_button.show_for(edit.py())

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


def _display_format(cycle: str | None, step: int) -> str:
    """Qt's time format for the hour cycle ("24h", "12h", "localized"); seconds when the
    step is not whole minutes."""
    if cycle == "localized":
        shown = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    else:
        shown = "h:mm AP" if cycle == "12h" else "HH:mm"
    if step % 60 and ":ss" not in shown:
        shown = shown.replace("mm", "mm:ss", 1)
    return shown
