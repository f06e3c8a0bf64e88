"""The date_input adapter, and the "empty field" handling it shares with time_input.

- date_input: a QDateEdit with a calendar popup; a range is one box (date_range.py).
- time_input (adapters/time_input.py): a QTimeEdit (HH:mm) stepping by ``step``.

Date and time fields show None as an empty field: the value sits at the minimum and
the special-value text (a placeholder: "yyyy/mm/dd", as Streamlit 1.67's) is shown there
while the field is empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPoint, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import (
    Adapter,
    FocusWheel,
    Host,
    LabelledField,
    apply_common,
    restyle,
    set_blocked,
)
from rerunqt.qt.adapters.clear_button import ClearButton
from rerunqt.qt.adapters.date_range import DateRangeBox
from rerunqt.qt.adapters.field_events import (
    _connect,
    _interpret_typed,
    _report,
    opens_calendar,
    paint_chevron,
)
from rerunqt.qt.adapters.pickers_common import _ENTER, _all
from rerunqt.runner.requests import WidgetEvent

if TYPE_CHECKING:
    pass


def plain_weekends(calendar: QCalendarWidget) -> None:
    """Weekends in the theme's text colour: Qt's pure red read 4:1 on white, less on dark."""
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, QTextCharFormat())


_SEGMENT = re.compile(r"y+|M+|d+|[Hh]+|m+|s+|zzz|z|AP|ap|A|a")
_SEGMENT_TEXT = {"y": "yyyy", "M": "mm", "d": "dd"}  # React Aria's English placeholders


def segment_placeholder(qt_format: str) -> str:
    """What Streamlit 1.67's empty field shows: each part's placeholder, "yyyy/mm/dd" for
    a date, "\u2013\u2013:\u2013\u2013" for a time ("AM" for its day period)."""
    def part(match: re.Match[str]) -> str:
        token = match.group()
        if token[0] in "Aa":
            return "AM"
        return _SEGMENT_TEXT.get(token[0], "\u2013\u2013")
    return _SEGMENT.sub(part, qt_format)


class _EmptyMixin(FocusWheel):
    """A date/time edit that can be empty (None): it then sits at its minimum, showing
    the placeholder as special-value text. Any step or pick fills it."""

    empty = False
    placeholder = ""
    changed_by_user: Callable[[], object] = staticmethod(lambda: None)  # set by the adapter
    enter: Callable[[], None] = staticmethod(lambda: None)

    def set_format(self, qt_format: str) -> None:
        """Show values in ``qt_format``; an empty field shows its parts' placeholders."""
        self.setDisplayFormat(qt_format)  # type: ignore[attr-defined]
        self.placeholder = segment_placeholder(qt_format)
        if self.empty:
            self.set_empty(True)

    def set_empty(self, empty: bool) -> None:
        self.empty = empty
        self.setSpecialValueText(self.placeholder if empty else "")  # type: ignore[attr-defined]
        restyle(self, "empty", empty)  # type: ignore[arg-type]  # the stylesheet greys the placeholder

    def fill(self, set_value: Callable[[], None], unchanged: bool) -> None:
        """The user gave an empty field a value: show it and report it."""
        self.set_empty(False)
        if unchanged:  # no change signal will come
            self.changed_by_user()
        else:
            set_value()

    def show_stand_in(self) -> None:
        """Show the value an empty field takes when the user starts typing (today, now)."""

    def show_start(self) -> None:
        """A narrow field shows the start of its text, as Streamlit's (Qt showed the end)."""
        if not self.hasFocus():  # type: ignore[attr-defined]
            self.lineEdit().setCursorPosition(0)  # type: ignore[attr-defined]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.empty and event.text()[:1].isdigit():
            # typing into an empty field, as into Streamlit's empty parts: it takes a stand-in
            # (unreported), and the digit overwrites the first part; Enter commits it
            set_blocked(self, self.show_stand_in)  # type: ignore[arg-type]
            self.set_empty(False)
            self.setSelectedSection(self.sectionAt(0))  # type: ignore[attr-defined]
        super().keyPressEvent(event)  # type: ignore[misc]
        if event.key() in _ENTER:
            self.changed_by_user()  # a typed value equal to the stand-in sent no change signal
            self.enter()  # after the value was committed

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (one stop per widget); the arrows move between its sections.

        QDateTimeEdit uses Tab to step through day, month and year: three stops per date.
        """
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


if TYPE_CHECKING:
    _FieldBase = QDateTimeEdit
else:  # a mixin at run time: a second QDateTimeEdit base beside QDateEdit crashes PySide
    _FieldBase = object


class CalendarField(_EmptyMixin, _FieldBase):
    """A date field with a calendar pop-up (date_input, datetime_input): a chevron where
    the arrow is, Alt+Down / F4 open the calendar, an empty field opens it at today."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if opens_calendar(event):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar popup as a click on the arrow would (keyboard: Alt+Down, F4)."""
        point = QPoint(self.width() - 6, self.height() // 2)
        for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
            event = QMouseEvent(kind, point, self.mapToGlobal(point), Qt.MouseButton.LeftButton,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            (self.mousePressEvent if kind == QMouseEvent.Type.MouseButtonPress
             else self.mouseReleaseEvent)(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from rerunqt.qt.adapters.calendar_look import theme_arrows  # with the first click

        theme_arrows(self.calendarWidget(), self)
        super().mousePressEvent(event)
        if self.empty:  # the popup opened at the minimum: show today's month instead
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def sizeHint(self) -> QSize:
        return self._line_high(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._line_high(super().minimumSizeHint())

    def _line_high(self, hint: QSize) -> QSize:
        """As tall as a text field: Streamlit's fields share one height, and the calendar
        popup's frame made Qt's hint 3 px taller than a text_input beside it."""
        option = QStyleOptionFrame()
        option.initFrom(self)
        line = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                             QSize(hint.width(), self.fontMetrics().height() + 2), self)
        return QSize(hint.width(), line.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The styled box has no arrow: draw a chevron in the drop-down area."""
        super().paintEvent(event)
        painter = QPainter(self)
        paint_chevron(self, painter)
        painter.end()


class _DateEdit(CalendarField, QDateEdit):
    placeholder = "yyyy/mm/dd"

    def py(self) -> date | None:
        return None if self.empty else self.date().toPython()  # type: ignore[return-value]

    def show_py(self, value: date | None) -> None:
        self.set_empty(value is None)
        self.setDate(self.minimumDate() if value is None else QDate(value.year, value.month, value.day))
        self.show_start()

    def stepBy(self, steps: int) -> None:
        if self.empty:
            target = self._today()
            self.fill(lambda: self.setDate(target), target == self.date())
            return
        super().stepBy(steps)

    def _today(self) -> QDate:
        return min(max(QDate.currentDate(), self.minimumDate()), self.maximumDate())

    def show_stand_in(self) -> None:
        self.setDate(self._today())

    def picked(self, day: QDate) -> None:
        """A click in the calendar on the date already held (the popup sends no change)."""
        if self.empty and day == self.date():
            self.fill(lambda: None, True)


CHEVRON_ROOM = 24  # px at a date field's right end: its chevron, left of which is the clear button
RANGE_FIELD_MIN = 40  # px: the chevron and a few digits; narrower widths clip the date inside,
# as Streamlit's field does, instead of pushing the box past its width (width=85)


class _DatePair(QWidget):
    """A date field, or for a range one box ("start - end", date_range.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.start, self.range = _DateEdit(), DateRangeBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start.setObjectName("rqDateInput")
        self.start.setCalendarPopup(True)
        self.start.setKeyboardTracking(False)
        self.start.calendarWidget().clicked.connect(self.start.picked)
        plain_weekends(self.start.calendarWidget())
        for edit in (self.start, self.range):
            # below its size hint (room for a long date and spin buttons it does not show):
            # a range fits a 260 px sidebar instead of widening it past its edge
            edit.setMinimumWidth(RANGE_FIELD_MIN)
            layout.addWidget(edit, 1)
        self.range.hide()
        self.setFocusProxy(self.start)
        self.is_range = False
        self.lo, self.hi = date.min, date.max
        self.committed: Any = None
        self.clears: tuple[ClearButton, ClearButton] | None = None  # set by the adapter

    def show_clear(self) -> None:
        """The clear button of the field shown, while it holds a value."""
        if self.clears is not None:
            single, ranged = self.clears
            (ranged if self.is_range else single).show_for(self.value())

    def set_range(self, is_range: bool) -> None:
        self.is_range = is_range
        self.start.setVisible(not is_range)
        self.range.setVisible(is_range)
        self.setFocusProxy(self.range if is_range else self.start)

    def value(self) -> date | tuple[date, ...] | None:
        return self.range.days if self.is_range else self.start.py()

    def display(self, value: Any) -> None:
        """Show a value from the script (signals blocked by the caller)."""
        dates = tuple(value or ()) if self.is_range else () if value is None else (value,)
        if dates:  # a date set through session state outside the ten years shown when no
            # bound was given: Streamlit keeps it, so the fields reach it
            self.lo, self.hi = min(self.lo, *dates), max(self.hi, *dates)
        if self.is_range:
            self.range.lo, self.range.hi = self.lo, self.hi
            self.range.show_days(dates)
            return
        self._bounds(self.start, self.lo, self.hi)
        self.start.show_py(value)

    @staticmethod
    def _bounds(edit: _DateEdit, lo: date, hi: date) -> None:
        held = edit.py()
        edit.setDateRange(QDate(lo.year, lo.month, lo.day), QDate(hi.year, hi.month, hi.day))
        if held is None:
            edit.setDate(edit.minimumDate())


def _qt_date_format(fmt: str) -> str:
    return fmt.replace("YYYY", "yyyy").replace("DD", "dd")


class DateInputAdapter(Adapter):
    kind = "date_input"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        pair = _DatePair()
        field = LabelledField("", pair)
        widget_id = element.key
        box = pair.range

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            _interpret_typed(pair.start)
            box.commit_typed()
            return changed(emit=False)

        def changed(emit: bool = True) -> WidgetEvent | None:
            edit = pair.start
            if edit.empty and edit.specialValueText() and edit.date() != edit.minimumDate():
                edit.set_empty(False)
            event = _report(pair, pair.value(), widget_id, host, field, emit)
            pair.show_clear()
            return event

        def clear() -> None:
            if pair.is_range:
                box.show_days(())
                box.refused(None)
            else:
                set_blocked(pair.start, pair.start.show_py, None)
            changed()

        pair.clears = (ClearButton(pair.start, lambda: CHEVRON_ROOM, clear, "Clear date"),
                       ClearButton(box, lambda: CHEVRON_ROOM, clear, "Clear dates"))

        _connect(pair.start, pair.start.dateChanged, changed, flush, host, field)
        box.changed_by_user = lambda _days: changed()
        box.enter = lambda: host.enter_pressed()

        def refused(problem: str | None) -> None:  # says why typed dates were not taken
            if problem is not None or field.note.text().startswith("Error: Date set outside"):
                field.show_note(problem)

        box.refused = refused
        box.textEdited.connect(lambda _t: host.set_pending(field, flush))
        box.editingFinished.connect(lambda: (box.commit_typed(), changed()))
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        pair = widget.field
        assert isinstance(pair, _DatePair)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "format" in changed:
            pair.start.set_format(_qt_date_format(props["format"]))
            pair.range.set_format(props["format"])
        if "is_range" in changed:
            pair.set_range(bool(props["is_range"]))
        if changed & {"label", "is_range"}:  # a screen reader says the label
            pair.start.setAccessibleName(props["label"])
            pair.range.setAccessibleName(props["label"])
        value = props["value"]
        bounds = changed & {"min", "max", "is_range", "disabled"}
        if bounds:
            pair.lo, pair.hi = props["min"], props["max"]
        if bounds or (value != pair.value() and (props.get("set_by_code") or not _typing(pair))):
            blocked = [edit.blockSignals(True) for edit in (pair.start, pair.range)]
            try:
                pair.display(value)
            finally:
                for edit, was in zip((pair.start, pair.range), blocked):
                    edit.blockSignals(was)
        pair.committed = value
        if pair.clears is not None and changed & {"clearable", "disabled", "is_range", "value"}:
            for clear in pair.clears:
                clear.clearable = bool(props.get("clearable"))
                clear.hide()
            pair.show_clear()

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        pair = widget.field  # type: ignore[attr-defined]
        return [pair.range] if pair.is_range else [pair.start]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


def _typing(pair: _DatePair) -> bool:
    return (pair.start.hasFocus() and pair.start.lineEdit().isModified()) or (
        pair.range.hasFocus() and pair.range.isModified())
