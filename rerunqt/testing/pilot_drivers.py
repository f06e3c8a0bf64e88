"""The per-kind drivers behind ``QtPilot.set_value``: real clicks and key presses only.

Each driver knows two things about one element kind: whether the widget already shows
a front-end value (``same``), and the user gesture that gives it one (``act``). No driver
calls a value setter or emits a signal; the adapters see exactly what a user would do.

Front-end values come from the widget's ``WidgetMeta.to_ui`` (an option index, a tuple of
indices, a slider value...). Two adapters open a dialog; the driver replaces the module
function that opens it (``color_picker.ask_color``, ``files.ask_open_paths``) for the
duration of one click, so the real button is clicked and the "dialog" answers at once.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QSlider,
    QWidget,
)

from rerunqt.qt.adapters import color_picker as color_module
from rerunqt.qt.adapters import files as files_module
from rerunqt.qt.adapters.base import Host
from rerunqt.qt.adapters.color_picker import _Swatch
from rerunqt.qt.adapters.dates import _DateEdit, _DatePair
from rerunqt.qt.adapters.multiselect import MultiField
from rerunqt.qt.adapters.radio import RadioGroup
from rerunqt.qt.adapters.range_slider import _RangeSlider
from rerunqt.qt.adapters.sliders import _SliderField
from rerunqt.qt.adapters.time_input import _TimeEdit
from rerunqt.qt.renderer import Record

if TYPE_CHECKING:
    from rerunqt.testing.pilot import QtPilot

CLICK = Qt.MouseButton.LeftButton
KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class Driver(NamedTuple):
    same: Callable[[Record, QWidget, Any], bool]  # does the widget already show this front-end value?
    act: Callable[[QtPilot, Record, QWidget, Any], None]  # the user's gesture


# ----- shared gestures -----
def click_point(widget: QWidget) -> QPoint:
    """Check and radio boxes react to clicks on their indicator/text, not their far right edge."""
    rect = widget.rect()
    if widget.metaObject().className() in ("QCheckBox", "QRadioButton"):
        return QPoint(min(10, rect.width() // 2), rect.height() // 2)
    return rect.center()


def click(pilot: QtPilot, widget: QWidget) -> None:
    if not widget.isEnabled():
        raise ValueError(f"the {type(widget).__name__} is disabled: a user cannot click it")
    pilot.qtbot.mouseClick(widget, CLICK, pos=click_point(widget))


def focus(pilot: QtPilot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus, as a click or Tab would, and wait for it."""
    if not widget.isEnabled():
        raise ValueError(f"the {type(widget).__name__} is disabled: a user cannot change it")
    if not widget.hasFocus():
        pilot.window.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        pilot.qtbot.waitUntil(widget.hasFocus, timeout=pilot.timeout_ms)


def press(pilot: QtPilot, widget: QWidget, key: Qt.Key, times: int = 1,
          modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    for _ in range(times):
        pilot.qtbot.keyClick(widget, key, modifier)


def commit_key(pilot: QtPilot, record: Record, widget: QWidget, ctrl: bool = False) -> None:
    """Enter (Ctrl+Enter) commits a field; in a form Tab does, so the form is not submitted."""
    if in_form(pilot, record):
        press(pilot, widget, KEY.Key_Tab)
    else:
        press(pilot, widget, KEY.Key_Return, modifier=CTRL if ctrl else NO_MODIFIER)


def in_form(pilot: QtPilot, record: Record) -> bool:
    host: Host = record.host
    return host is not pilot.window.host


def replace_text(pilot: QtPilot, widget: QWidget, text: str) -> None:
    """Select all (Ctrl+A), then type ``text`` over it (Backspace when it is empty).

    A new line is typed as the Enter key (a text area's line break).
    """
    press(pilot, widget, KEY.Key_A, modifier=CTRL)
    if not text:
        press(pilot, widget, KEY.Key_Backspace)
    for n, line in enumerate(text.split("\n")):
        if n:
            press(pilot, widget, KEY.Key_Return)
        type_text(pilot, widget, line)


def type_text(pilot: QtPilot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; a character with no key of its own (é, 日) comes as an
    input method sends it: a key event carrying only the text."""
    for run in re.findall(r"[ -~]+|[^ -~]", text):
        if run.isascii():
            pilot.qtbot.keyClicks(widget, run)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, KEY.Key_unknown, run, NO_MODIFIER)


@contextlib.contextmanager
def answering(module: Any, name: str, answer: Callable[..., Any]) -> Iterator[None]:
    """Replace the dialog function ``module.name`` while the user clicks its button."""
    original = getattr(module, name)
    setattr(module, name, answer)
    try:
        yield
    finally:
        setattr(module, name, original)


def user_cannot(what: str) -> ValueError:
    return ValueError(f"a user cannot {what}; set it from the script (st.session_state) instead")


# ----- checkbox, toggle, radio -----
def _checked_same(record: Record, widget: QWidget, value: Any) -> bool:
    assert isinstance(widget, QAbstractButton)
    return widget.isChecked() == bool(value)


def _checked_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    click(pilot, widget)


def _radio_same(record: Record, widget: QWidget, index: Any) -> bool:
    assert isinstance(widget, RadioGroup)
    return widget.group.checkedId() == (-1 if index is None else index)


def _radio_act(pilot: QtPilot, record: Record, widget: QWidget, index: Any) -> None:
    assert isinstance(widget, RadioGroup)
    if index is None:
        raise user_cannot("clear a radio")
    click(pilot, widget.buttons[index])


# ----- selectbox, multiselect: the options list, opened and walked by keyboard -----
def _pick_from_list(pilot: QtPilot, combo: QComboBox, row: int, opener: Qt.Key) -> None:
    """Open ``combo``'s list with ``opener``, walk to ``row`` with the arrows, press Enter."""
    press(pilot, combo, opener)
    view = combo.view()
    pilot.qtbot.waitUntil(view.isVisible, timeout=pilot.timeout_ms)
    for _ in range(combo.count() + 1):
        current = view.currentIndex().row()
        if current == row:
            break
        press(pilot, view, KEY.Key_Down if current < row else KEY.Key_Up)
    if view.currentIndex().row() != row:
        raise AssertionError(f"could not reach row {row} of the list by keyboard")
    press(pilot, view, KEY.Key_Return)


def _selectbox_same(record: Record, widget: QWidget, index: Any) -> bool:
    assert isinstance(widget, QComboBox)
    return widget.currentIndex() == (-1 if index is None else index)


def _selectbox_act(pilot: QtPilot, record: Record, widget: QWidget, index: Any) -> None:
    assert isinstance(widget, QComboBox)
    if index is None:
        raise user_cannot("clear a selectbox")
    focus(pilot, widget)
    _pick_from_list(pilot, widget, index, KEY.Key_Space)


def _multiselect_same(record: Record, widget: QWidget, indices: Any) -> bool:
    assert isinstance(widget, MultiField)
    return widget.selected == tuple(indices)


def _multiselect_act(pilot: QtPilot, record: Record, widget: QWidget, indices: Any) -> None:
    """Remove the chips after the part that is already right, then add the rest in order."""
    assert isinstance(widget, MultiField)
    target = tuple(indices)
    keep = 0
    while keep < min(len(target), len(widget.selected)) and widget.selected[keep] == target[keep]:
        keep += 1
    while len(widget.selected) > keep:
        click(pilot, widget.chips[-1].close_button)  # the chips are rebuilt after each change
    for index in target[keep:]:
        focus(pilot, widget.combo)
        model = widget.combo.model()
        [row] = [r for r in range(model.rowCount())
                 if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == index]
        _pick_from_list(pilot, widget.combo, row, KEY.Key_Down)


# ----- slider and select_slider: Home/End, Page Up/Down, then arrow steps -----
def _walk(pilot: QtPilot, widget: QWidget, at: int, target: int, low: int, high: int, page: int) -> None:
    """Move a handle from position ``at`` to ``target`` (it can go from ``low`` to ``high``).

    The fewest keys: from where it is or from Home/End, pages towards the target (or one
    page past it, when that stays in bounds), then arrow steps.
    """
    plans: list[tuple[int, int, int, int]] = []  # (keys, start, pages, steps), signed counts
    for start in (at, low, high):
        sign = 1 if target >= start else -1
        pages, steps = divmod(abs(target - start), page)
        anchor = int(start != at)
        plans.append((anchor + pages + steps, start, sign * pages, sign * steps))
        if steps and low <= start + sign * (pages + 1) * page <= high:
            plans.append((anchor + pages + 1 + page - steps, start, sign * (pages + 1),
                          -sign * (page - steps)))
    _, start, pages, steps = min(plans)
    if start != at:
        press(pilot, widget, KEY.Key_Home if start == low else KEY.Key_End)
    press(pilot, widget, KEY.Key_PageUp if pages > 0 else KEY.Key_PageDown, abs(pages))
    press(pilot, widget, KEY.Key_Right if steps > 0 else KEY.Key_Left, abs(steps))


def _positions(field: _SliderField, value: Any) -> tuple[int, ...]:
    assert field.scale is not None
    values = value if isinstance(value, tuple) else (value,)
    return tuple(field.scale.index(v) for v in values)


def _slider_same(record: Record, widget: QWidget, value: Any) -> bool:
    field = record.widget
    assert isinstance(field, _SliderField)
    if isinstance(widget, _RangeSlider):
        return tuple(widget.positions) == _positions(field, value)
    assert isinstance(widget, QSlider)
    return (widget.value(),) == _positions(field, value)


def _slider_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    field = record.widget
    assert isinstance(field, _SliderField)
    targets = _positions(field, value)
    focus(pilot, widget)
    if isinstance(widget, QSlider):
        _walk(pilot, widget, widget.value(), targets[0], 0, widget.maximum(), widget.pageStep())
        return
    assert isinstance(widget, _RangeSlider)
    page = max(1, widget.count // 10)  # as the range slider's Page Up/Down
    # the handles never cross: move first the one whose target is clear of the other
    for handle in ((0, 1) if targets[0] <= widget.positions[1] else (1, 0)):
        if widget.focused != handle:  # Tab / Shift+Tab go from one handle to the other
            press(pilot, widget, KEY.Key_Tab, modifier=SHIFT if handle == 0 else NO_MODIFIER)
        lo_bound = 0 if handle == 0 else widget.positions[0]
        hi_bound = widget.positions[1] if handle == 0 else widget.count
        _walk(pilot, widget, widget.positions[handle], targets[handle], lo_bound, hi_bound, page)


# ----- number_input, text_input, text_area: type, then commit -----
def _number_same(record: Record, widget: QWidget, value: Any) -> bool:
    shown = widget.python_value()  # type: ignore[attr-defined]
    return shown == value and (shown is None) == (value is None)


def _number_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    """Type the number and commit it; None: delete the text and commit the empty field."""
    assert isinstance(widget, QDoubleSpinBox)
    focus(pilot, widget)
    if value is None:
        if not widget.none_allowed:  # type: ignore[attr-defined]
            raise user_cannot("empty this number_input (it was not created with value=None)")
        replace_text(pilot, widget, "")
        commit_key(pilot, record, widget)
        return
    replace_text(pilot, widget, widget.textFromValue(float(value)))
    commit_key(pilot, record, widget)


def _line_same(record: Record, widget: QWidget, value: Any) -> bool:
    return widget.text() == ("" if value is None else str(value))  # type: ignore[attr-defined]


def _line_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    focus(pilot, widget)
    replace_text(pilot, widget, "" if value is None else str(value))
    commit_key(pilot, record, widget)


def _area_same(record: Record, widget: QWidget, value: Any) -> bool:
    return widget.toPlainText() == ("" if value is None else value)  # type: ignore[attr-defined]


def _area_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    focus(pilot, widget)
    replace_text(pilot, widget, "" if value is None else value)
    commit_key(pilot, record, widget, ctrl=True)


# ----- date_input, time_input: type the digits of each section, then commit -----
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
            raise user_cannot("empty a date field")
        _type_date(pilot, record, widget.start, value)
        return
    shown = widget.value()
    assert isinstance(shown, tuple)
    if len(value) < len(shown):
        raise user_cannot("empty a date field")
    steps = list(zip((widget.start, widget.end), value))
    if len(steps) == 2 and len(shown) == 2 and value[0] > shown[1]:
        steps.reverse()  # the start may not pass the end: move the end out of its way first
    for edit, day in steps:
        _type_date(pilot, record, edit, day)


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
        raise user_cannot("empty a time field")
    assert isinstance(value, time)
    focus(pilot, widget)
    text = QTime(value.hour, value.minute).toString(widget.displayFormat())
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


DRIVERS: dict[str, Driver] = {
    "checkbox": Driver(_checked_same, _checked_act),
    "toggle": Driver(_checked_same, _checked_act),
    "radio": Driver(_radio_same, _radio_act),
    "selectbox": Driver(_selectbox_same, _selectbox_act),
    "multiselect": Driver(_multiselect_same, _multiselect_act),
    "slider": Driver(_slider_same, _slider_act),
    "select_slider": Driver(_slider_same, _slider_act),
    "number_input": Driver(_number_same, _number_act),
    "text_input": Driver(_line_same, _line_act),
    "text_area": Driver(_area_same, _area_act),
    "date_input": Driver(_date_same, _date_act),
    "time_input": Driver(_time_same, _time_act),
    "color_picker": Driver(_color_same, _color_act),
    "file_uploader": Driver(_files_same, _files_act),
}


def front_value(record: Record, to_ui: Callable[[Any], Any] | None, value: Any) -> Any:
    """``value`` as the widget's front end holds it (through the widget's ``to_ui``)."""
    kind = record.element.kind
    if kind == "file_uploader":
        return file_paths(value)
    if to_ui is not None:
        return to_ui(value)
    return value


def driver_for(kind: str) -> Driver:
    if kind == "data_editor":
        raise TypeError(
            "set_value does not drive a data_editor (a value is many cell edits); act on its "
            "table view directly: pilot.widget(key=...) is the QTableView, edit its cells with "
            "qtbot clicks and key presses, then pilot.settle()"
        )
    try:
        return DRIVERS[kind]
    except KeyError:
        raise TypeError(f"set_value cannot set a {kind!r} element; it has no value a user "
                        f"sets (use pilot.click for buttons)") from None
