"""What the date, time and datetime adapters share: wiring an edit's signals, taking in
typed text, showing the script's value, and reporting a change once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from rerunqt.qt.adapters.base import Host, LabelledField, set_blocked
from rerunqt.runner.requests import WidgetEvent

if TYPE_CHECKING:
    from rerunqt.qt.adapters.dates import _DateEdit, _DatePair
    from rerunqt.qt.adapters.time_input import _TimeEdit


def opens_calendar(event: QKeyEvent) -> bool:
    """Alt+Down or F4: the keys that open a date field's calendar, as a combo box's list."""
    key = event.key()
    return key == Qt.Key.Key_F4 or (
        key == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))


def paint_chevron(field: QWidget, painter: QPainter) -> None:
    """The chevron at a date field's right end (the styled box draws no arrow)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = field.palette().color(field.foregroundRole())
    color.setAlpha(160 if field.isEnabled() else 70)
    painter.setPen(QPen(color, 1.6))
    x, y = field.width() - 15.0, field.height() / 2
    painter.drawPolyline([QPointF(x - 4, y - 2), QPointF(x, y + 2), QPointF(x + 4, y - 2)])


def _connect(edit: _DateEdit | _TimeEdit, value_changed: Any,
             changed: Callable[[], WidgetEvent | None], flush: Callable[[], WidgetEvent | None],
             host: Host, field: LabelledField) -> None:
    """Wire one edit: a change of value (``value_changed``, its signal) or a step or pick
    is reported at once, Enter submits, and typed text waits for ``flush``."""
    edit.changed_by_user = changed
    edit.enter = lambda: host.enter_pressed()
    value_changed.connect(lambda _v: changed())
    edit.lineEdit().textEdited.connect(lambda _t: host.set_pending(field, flush))


def _interpret_typed(edit: _DateEdit | _TimeEdit) -> None:
    """Take in the text typed into ``edit`` (blocked: the caller reports the value)."""
    if edit.lineEdit().isModified():
        set_blocked(edit, edit.interpretText)
        edit.lineEdit().setModified(False)
        if edit.empty and edit.text() != edit.placeholder:
            edit.set_empty(False)


def show_value(edit: _TimeEdit | Any, props: dict[str, Any]) -> None:
    """Show the element's value, unless the user is typing in the field (then only a value
    code set wins); what is shown is what the field has committed."""
    value = props["value"]
    typing = edit.hasFocus() and edit.lineEdit().isModified()
    if value != edit.py() and (props.get("set_by_code") or not typing):
        set_blocked(edit, edit.show_py, value)
    edit.committed = value


def _report(holder: _DatePair | _TimeEdit, value: Any, widget_id: str, host: Host,
            field: LabelledField, emit: bool) -> WidgetEvent | None:
    """The event for ``value`` unless ``holder`` committed it already; sent when ``emit``."""
    if value == holder.committed:
        return None
    holder.committed = value
    event = WidgetEvent(widget_id, value)
    if emit:
        host.set_pending(field, None)
        host.emit(event)
    return event
