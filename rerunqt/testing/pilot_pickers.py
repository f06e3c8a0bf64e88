"""QtPilot drivers for the pickers: date and time fields, the colour swatch, the uploader.

Dates and times are typed section by section; the colour and file dialogs are replaced
for the duration of one click, so the real button is clicked and the "dialog" answers.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QWidget,
)

from rerunqt.qt.adapters import color_picker as color_module
from rerunqt.qt.adapters import files as files_module
from rerunqt.qt.adapters.clear_button import ClearButton
from rerunqt.qt.adapters.color_picker import _Swatch
from rerunqt.qt.adapters.date_range import DateRangeBox, format_range
from rerunqt.qt.adapters.dates import _DateEdit, _DatePair
from rerunqt.qt.adapters.datetime_input import _DateTimeEdit
from rerunqt.qt.adapters.time_input import _TimeEdit
from rerunqt.qt.renderer import Record
from rerunqt.testing.pilot_gestures import (
    KEY,
    SHIFT,
    Driver,
    answering,
    click,
    commit_key,
    focus,
    press,
    replace_text,
    user_cannot,
)

if TYPE_CHECKING:
    from rerunqt.testing.pilot import QtPilot


def _type_sections(pilot: QtPilot, edit: QDateTimeEdit, digits: str) -> None:
    """Select the first section (Home, Shift+Right...) and type every section's digits.

    A full section moves the cursor on to the next one, selected, so no separator is typed.
    """
    if edit.empty:  # type: ignore[attr-defined]
        press(pilot, edit, KEY.Key_Up)  # an empty field fills (today, now) on a step
    first = len(edit.text()) - len(edit.text().lstrip("0123456789"))
    press(pilot, edit, KEY.Key_Home)
    press(pilot, edit, KEY.Key_Right, first, SHIFT)
    pilot.qtbot.keyClicks(edit, digits)


def _date_digits(edit: QDateTimeEdit, day: date) -> str:
    text = QDate(day.year, day.month, day.day).toString(edit.displayFormat())
    return "".join(c for c in text if c.isdigit())


def _date_same(record: Record, widget: QWidget, value: Any) -> bool:
    assert isinstance(widget, _DatePair)
    return widget.value() == value


def _date_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    assert isinstance(widget, _DatePair)
    if not widget.is_range:
        if value is None:
            _clear(pilot, widget.start, "empty a date field")
            return
        _type_date(pilot, record, widget.start, value)
        return
    _type_range(pilot, record, widget.range, tuple(value))


def _clear(pilot: QtPilot, field: QWidget, what: str) -> None:
    """Click the field's clear button (a field made with no default value has one)."""
    button = next((b for b in field.findChildren(ClearButton) if b.isVisible()), None)
    if button is None:
        raise user_cannot(f"{what} without a clear button (its widget has a default value)")
    click(pilot, button)


def _type_range(pilot: QtPilot, record: Record, box: DateRangeBox, days: tuple[date, ...]) -> None:
    """Select the range box's text, type the range as the box shows it, and commit."""
    if box.days == days:
        return
    outside = [d for d in days if not box.lo <= d <= box.hi]
    if outside:  # the box would refuse it: say so instead
        raise ValueError(f"{outside[0]} is outside this date range's bounds, {box.lo} to {box.hi}")
    focus(pilot, box)
    replace_text(pilot, box, format_range(days, box.fmt))
    commit_key(pilot, record, box)


def _type_date(pilot: QtPilot, record: Record, edit: _DateEdit, day: date) -> None:
    if edit.py() == day:
        return
    low, high = edit.minimumDate(), edit.maximumDate()
    if not low <= QDate(day.year, day.month, day.day) <= high:  # the field would clamp it: say so instead
        raise ValueError(f"{day} is outside this date field's range, "
                         f"{low.toString('yyyy-MM-dd')} to {high.toString('yyyy-MM-dd')}")
    focus(pilot, edit)
    _type_sections(pilot, edit, _date_digits(edit, day))
    commit_key(pilot, record, edit)


def _time_same(record: Record, widget: QWidget, value: Any) -> bool:
    assert isinstance(widget, _TimeEdit)
    return widget.py() == value


def _time_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    assert isinstance(widget, _TimeEdit)
    if value is None:
        _clear(pilot, widget, "empty a time field")
        return
    assert isinstance(value, time)
    focus(pilot, widget)
    text = QTime(value.hour, value.minute, value.second).toString(widget.displayFormat())
    _type_sections(pilot, widget, "".join(c for c in text if c.isdigit()))
    commit_key(pilot, record, widget)


def _datetime_same(record: Record, widget: QWidget, value: Any) -> bool:
    assert isinstance(widget, _DateTimeEdit)
    return widget.py() == value


def _datetime_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    assert isinstance(widget, _DateTimeEdit)
    if value is None:
        _clear(pilot, widget, "empty a date and time field")
        return
    assert isinstance(value, datetime)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    if not widget.minimumDateTime() <= moment <= widget.maximumDateTime():
        raise ValueError(f"{value} is outside this field's range")
    focus(pilot, widget)
    text = moment.toString(widget.displayFormat())
    _type_sections(pilot, widget, "".join(c for c in text if c.isdigit()))
    commit_key(pilot, record, widget)


# ----- color_picker, file_uploader: the dialog answers at once, the button is clicked -----
def _color_same(record: Record, widget: QWidget, value: Any) -> bool:
    assert isinstance(widget, _Swatch)
    return widget.color.name() == value


def _color_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    with answering(color_module, "ask_color", lambda _parent, _initial: value):
        click(pilot, widget)


def file_paths(value: Any) -> list[Path]:
    """A file_uploader's value for set_value: a path, a list of paths, or None (no file)."""
    if value is None:
        return []
    if isinstance(value, (str, Path)):
        return [Path(value)]
    return [Path(v) for v in value]


def _files_same(record: Record, widget: QWidget, paths: Any) -> bool:
    shown = [(entry[1], entry[3]) for entry in widget.current]  # type: ignore[attr-defined]
    try:
        wanted = [(path.name, path.read_bytes()) for path in paths]
    except OSError:
        return False
    return shown == wanted


def _files_act(pilot: QtPilot, record: Record, widget: QWidget, paths: Any) -> None:
    """Remove the files shown (their crosses), then Browse and "choose" ``paths``."""
    uploader = widget
    if not paths or uploader.multiple:  # type: ignore[attr-defined]
        for row in list(uploader.rows):  # type: ignore[attr-defined]
            click(pilot, row.remove)  # the rows are rebuilt only by the next run
    if paths:
        chosen = [str(path) for path in paths]
        with answering(files_module, "ask_open_paths", lambda _parent, _filters, _multiple: chosen):
            click(pilot, uploader.browse)  # type: ignore[attr-defined]


PICKER_DRIVERS: dict[str, Driver] = {
    "date_input": Driver(_date_same, _date_act),
    "time_input": Driver(_time_same, _time_act),
    "datetime_input": Driver(_datetime_same, _datetime_act),
    "color_picker": Driver(_color_same, _color_act),
    "file_uploader": Driver(_files_same, _files_act),
}
