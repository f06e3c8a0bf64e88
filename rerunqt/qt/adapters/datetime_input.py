"""st.datetime_input: one QDateTimeEdit (date and time) with a calendar pop-up.

It shares the empty-field handling and the commit rules of date_input and time_input
(adapters/dates.py): a step or a pick is reported at once, typed text on Enter or when
the field loses focus. Up/Down on the minutes move by ``step``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.qt.adapters.clear_button import ClearButton
from rerunqt.qt.adapters.dates import CHEVRON_ROOM, CalendarField, _qt_date_format, plain_weekends
from rerunqt.qt.adapters.field_events import _connect, _interpret_typed, _report, show_value
from rerunqt.qt.adapters.pickers_common import _all
from rerunqt.runner.requests import WidgetEvent


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class _DateTimeEdit(CalendarField, QDateTimeEdit):
    placeholder = "yyyy/mm/dd, \u2013\u2013:\u2013\u2013"
    step = 900
    committed: datetime | None = None
    clear_button: ClearButton  # the "x" of a field with no default (set by the adapter)

    def py(self) -> datetime | None:
        if self.empty:
            return None
        value = self.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(second=0, microsecond=0)

    def show_py(self, value: datetime | None) -> None:
        self.set_empty(value is None)
        self.setDateTime(self.minimumDateTime() if value is None else _qt(value))
        self.show_start()

    def stepBy(self, steps: int) -> None:
        if self.empty:
            target = self._now()
            self.fill(lambda: self.setDateTime(target), target == self.dateTime())
            return
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection:
            self.setDateTime(self.dateTime().addSecs(steps * self.step))
            return
        super().stepBy(steps)

    def _now(self) -> QDateTime:
        return min(max(QDateTime.currentDateTime(), self.minimumDateTime()), self.maximumDateTime())

    def show_stand_in(self) -> None:
        self.setDateTime(self._now())


class DatetimeInputAdapter(Adapter):
    kind = "datetime_input"

    def create(self, element: Element, host: Host) -> QWidget:
        edit = _DateTimeEdit()
        edit.setObjectName("rqDateInput")  # styled as the date field
        edit.setCalendarPopup(True)
        edit.setKeyboardTracking(False)
        plain_weekends(edit.calendarWidget())
        field = LabelledField("", edit)
        widget_id = element.key

        def changed(emit: bool = True) -> WidgetEvent | None:
            if edit.empty and edit.specialValueText() and edit.dateTime() != edit.minimumDateTime():
                edit.set_empty(False)
            event = _report(edit, edit.py(), widget_id, host, field, emit)  # type: ignore[arg-type]
            edit.clear_button.show_for(edit.py())
            return event

        def clear() -> None:
            set_blocked(edit, edit.show_py, None)
            changed()

        edit.clear_button = ClearButton(edit, lambda: CHEVRON_ROOM, clear, "Clear date and time")

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            _interpret_typed(edit)  # type: ignore[arg-type]
            return changed(emit=False)

        _connect(edit, edit.dateTimeChanged, changed, flush, host, field)  # type: ignore[arg-type]

        def picked(_day: QDate) -> None:  # a pick of the date the empty field already holds
            if edit.empty:
                edit.fill(lambda: None, True)

        edit.calendarWidget().clicked.connect(picked)
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        edit = widget.field
        assert isinstance(edit, _DateTimeEdit)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "format" in changed:
            # Streamlit 1.67 writes "2025/11/19, 16:45"
            edit.set_format(_qt_date_format(props["format"]) + ", HH:mm")
        if changed & {"min", "max"}:
            set_blocked(edit, edit.setDateTimeRange, _qt(props["min"]), _qt(props["max"]))
        if "step" in changed:
            edit.step = int(props["step"])
        show_value(edit, props)
        if changed & {"clearable", "disabled", "value"}:
            edit.clear_button.clearable = bool(props.get("clearable"))
            edit.clear_button.show_for(edit.py())

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


DATETIME_ADAPTERS: list[Adapter] = [DatetimeInputAdapter()]
