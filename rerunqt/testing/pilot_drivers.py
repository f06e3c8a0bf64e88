"""The per-kind drivers behind ``QtPilot.set_value``: real clicks and key presses only.

Each driver knows two things about one element kind: whether the widget already shows
a front-end value (``same``), and the user gesture that gives it one (``act``). No driver
calls a value setter or emits a signal; the adapters see exactly what a user would do.

Front-end values come from the widget's ``WidgetMeta.to_ui`` (an option index, a tuple of
indices, a slider value...). The gestures are in pilot_gestures.py, the pickers' drivers
(dates, times, the colour and file dialogs) in pilot_pickers.py; DRIVERS lists them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QSlider,
    QWidget,
)

from rerunqt.core.sprintf_js import js_str
from rerunqt.qt.adapters.multiselect import MultiField
from rerunqt.qt.adapters.radio import RadioGroup
from rerunqt.qt.adapters.range_slider import _RangeSlider
from rerunqt.qt.adapters.sliders import _SliderField
from rerunqt.qt.renderer import Record
from rerunqt.testing.pilot_gestures import (
    KEY,
    NO_MODIFIER,
    SHIFT,
    Driver,
    click,
    commit_key,
    focus,
    press,
    replace_text,
    user_cannot,
)
from rerunqt.testing.pilot_pickers import PICKER_DRIVERS, file_paths

if TYPE_CHECKING:
    from rerunqt.testing.pilot import QtPilot


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
    # the number as a user types it: every digit, whatever the format shows (%x, %.2f...)
    typed = str(int(value)) if widget.is_int else js_str(float(value))  # type: ignore[attr-defined]
    replace_text(pilot, widget, typed)
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


def _group_same(record: Record, widget: QWidget, indices: Any) -> bool:
    return tuple(widget.chosen) == tuple(indices)  # type: ignore[attr-defined]


def _group_act(pilot: QtPilot, record: Record, widget: QWidget, indices: Any) -> None:
    """Pills or a segmented control: clear what is chosen, then click the targets in order."""
    target = tuple(indices)
    buttons = widget.buttons  # type: ignore[attr-defined]
    if not widget.multi:  # type: ignore[attr-defined]
        chosen = tuple(widget.chosen)  # type: ignore[attr-defined]
        click(pilot, buttons[target[0] if target else chosen[0]])
        return
    for index in tuple(widget.chosen):  # type: ignore[attr-defined]
        click(pilot, buttons[index])
    for index in target:
        click(pilot, buttons[index])


def _feedback_same(record: Record, widget: QWidget, value: Any) -> bool:
    return widget.value == value  # type: ignore[attr-defined]


def _feedback_act(pilot: QtPilot, record: Record, widget: QWidget, value: Any) -> None:
    """Click the chosen icon (again, to clear the choice)."""
    if not widget.isEnabled():
        raise ValueError("the feedback is disabled: a user cannot click it")
    target = widget.value if value is None else value  # type: ignore[attr-defined]
    place = next(p for p in range(widget.count) if widget.index_at(p) == target)  # type: ignore[attr-defined]
    pos = widget.cell(place).center().toPoint()  # type: ignore[attr-defined]
    pilot.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _page_same(record: Record, widget: QWidget, page: Any) -> bool:
    return widget.page == page  # type: ignore[attr-defined]


def _page_act(pilot: QtPilot, record: Record, widget: QWidget, page: Any) -> None:
    """Click the page's button; one hidden behind an ellipsis is reached through the
    nearest shown page towards it (a run per click, as for a user)."""
    if not widget.isEnabled():
        raise ValueError("the pagination is disabled: a user cannot change the page")
    while widget.page != page:  # type: ignore[attr-defined]
        shown = sorted(widget.buttons)  # type: ignore[attr-defined]
        step = min(shown, key=lambda n: abs(n - page))
        click(pilot, widget.buttons[step])  # type: ignore[attr-defined]


DRIVERS: dict[str, Driver] = {
    "pagination": Driver(_page_same, _page_act),
    "feedback": Driver(_feedback_same, _feedback_act),
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
    "pills": Driver(_group_same, _group_act),
    "segmented_control": Driver(_group_same, _group_act),
    **PICKER_DRIVERS,
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
