"""Adapters for toggle, text_area, date_input, time_input, color_picker.

- toggle: a painted switch (track + knob) with its label beside it; Space toggles.
- text_area: a QPlainTextEdit committing on Ctrl+Enter or focus-out; Esc reverts.
- date_input: QDateEdit(s) with a calendar popup; a range is "start - end".
- time_input: a QTimeEdit (HH:mm) stepping by ``step``, plus a menu of times.
- color_picker: a swatch button opening ``ask_color`` (a QColorDialog), hex beside it.

Date and time fields show None as an empty field: the value sits at the minimum and
the special-value text (a placeholder) is shown there while the field is empty.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QPoint, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QColorDialog,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.runner.requests import WidgetEvent

ACCENT = QColor("#ff4b4b")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
TEXT_AREA_HEIGHT = 96  # px, when height=None
_MENU_MAX = 288  # a time menu lists at most this many times (step >= 5 minutes)


def ask_color(parent: QWidget | None, initial_hex: str) -> str | None:
    """Ask the user for a colour; "#rrggbb", or None when cancelled. Tests replace this."""
    color = QColorDialog.getColor(QColor(initial_hex), parent, "Choose a colour")
    return color.name() if color.isValid() else None


def _all(element: Element) -> frozenset[str]:
    return frozenset(name for name, _ in element.props)


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightness() < 128


def _focus_ring(painter: QPainter, rect: QRectF, radius: float) -> None:
    ring = QColor(ACCENT)
    ring.setAlpha(150)
    painter.setPen(QPen(ring, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)


# ----- toggle ---------------------------------------------------------------------------


class _Switch(QAbstractButton):
    """A checkable button painted as a switch, its text at the right; all of it is clickable."""

    TRACK_W, TRACK_H, GAP = 32, 18, 8

    def __init__(self) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = self.text()
        width = self.TRACK_W + 4 + (self.GAP + metrics.horizontalAdvance(text) if text else 0)
        return QSize(width, max(self.TRACK_H + 6, metrics.height() + 4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - self.TRACK_H) / 2
        track = QRectF(2, top, self.TRACK_W, self.TRACK_H)
        radius = self.TRACK_H / 2
        on = self.isChecked()
        color = QColor(ACCENT) if on else QColor("#4a4c57" if _dark(self) else "#c9ccd4")
        if not self.isEnabled():
            color.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(track, radius, radius)
        knob = self.TRACK_H - 4
        x = track.right() - knob - 2 if on else track.left() + 2
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(x, top + 2, knob, knob))
        if self.hasFocus():
            _focus_ring(painter, track, radius)
        if self.text():
            painter.setPen(self.palette().color(self.foregroundRole()))
            if not self.isEnabled():
                painter.setOpacity(0.45)
            text_rect = self.rect().adjusted(int(track.right()) + self.GAP, 0, 0, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self.text())
        painter.end()


class ToggleAdapter(Adapter):
    kind = "toggle"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        switch = _Switch()
        switch.setObjectName("rqToggle")
        group = QButtonGroup(switch)  # a group of one: Qt does not search sibling buttons
        group.setExclusive(False)
        group.addButton(switch)
        widget_id = element.key
        switch.toggled.connect(lambda checked: host.emit(WidgetEvent(widget_id, bool(checked))))
        self.update(switch, element, element, _all(element))
        return switch

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, _Switch)
        props = new.props_dict()
        if changed & {"label", "label_visibility"}:
            visibility = props.get("label_visibility", "visible")
            widget.setText(props["label"] if visibility == "visible" else "")
            widget.setAccessibleName(props["label"])
            widget.updateGeometry()
        if "help" in changed:
            widget.setToolTip(props.get("help") or "")
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if widget.isChecked() != bool(props["value"]):
            set_blocked(widget, widget.setChecked, bool(props["value"]))

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


# ----- text_area ------------------------------------------------------------------------


class _Area(QPlainTextEdit):
    """A plain-text editor that commits on Ctrl+Enter or focus-out and reverts on Esc."""

    committed: str | None = None
    max_chars: int | None = None

    def __init__(self, commit: Callable[[bool], None]) -> None:
        super().__init__()
        self.commit = commit  # commit(enter_pressed)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and event.modifiers() & _CTRL:
            event.accept()
            self.commit(True)
            return
        if event.key() == Qt.Key.Key_Escape and self.toPlainText() != (self.committed or ""):
            event.accept()
            self.show_text(self.committed or "")
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not for its context menu
            self.commit(False)

    def show_text(self, text: str) -> None:
        """Show ``text`` (an Esc or a value from the script), keeping the cursor position."""
        position = self.textCursor().position()
        set_blocked(self, self.setPlainText, text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.text_changed_by_code()

    def text_changed_by_code(self) -> None:
        """Overwritten per instance: update the counter."""

    def clip(self) -> None:
        """Refuse input beyond ``max_chars``: drop the characters just inserted over it."""
        if self.max_chars is None:
            return
        excess = self.document().characterCount() - 1 - self.max_chars
        if excess <= 0:
            return
        cursor = self.textCursor()
        end = cursor.position()
        cursor.setPosition(max(0, end - excess))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == "" or end - excess < 0:  # not at the cursor: cut the end
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()


class TextAreaAdapter(Adapter):
    kind = "text_area"

    def create(self, element: Element, host: Host) -> QWidget:
        widget_id = element.key

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            text = area.toPlainText()
            if text == (area.committed or ""):
                return None
            area.committed = text
            return WidgetEvent(widget_id, text)

        def commit(enter: bool) -> None:
            event = flush()
            if event is not None:
                host.emit(event)
            if enter:
                host.enter_pressed()

        area = _Area(commit)
        area.setObjectName("rqTextArea")
        counter = QLabel()
        counter.setObjectName("rqTextAreaCounter")
        counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(area)
        layout.addWidget(counter)
        field = LabelledField("", area, row)
        field.counter = counter  # type: ignore[attr-defined]

        def count() -> None:
            if area.max_chars is not None:
                counter.setText(f"{len(area.toPlainText())}/{area.max_chars}")

        def on_text_changed() -> None:
            area.clip()
            count()
            host.set_pending(field, flush)

        area.text_changed_by_code = count  # type: ignore[method-assign]
        area.textChanged.connect(on_text_changed)
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        area = widget.field
        assert isinstance(area, _Area)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "placeholder" in changed:
            area.setPlaceholderText(props.get("placeholder") or "")
        if "height" in changed:
            area.setFixedHeight(props.get("height") or TEXT_AREA_HEIGHT)
        if "max_chars" in changed:
            area.max_chars = props.get("max_chars")
            widget.counter.setVisible(area.max_chars is not None)  # type: ignore[attr-defined]
            area.text_changed_by_code()
        value = props["value"]
        text = "" if value is None else str(value)
        shown = area.toPlainText()
        editing = area.hasFocus() and shown != (area.committed or "")
        if shown != text and (not editing or props.get("set_by_code")):
            area.show_text(text)
        area.committed = value

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


# ----- date and time fields -------------------------------------------------------------


class _EmptyMixin:
    """A date/time edit that can be empty (None): it then sits at its minimum, showing
    the placeholder as special-value text. Any step or pick fills it."""

    empty = False
    placeholder = ""
    changed_by_user: Callable[[], object] = staticmethod(lambda: None)  # set by the adapter
    enter: Callable[[], None] = staticmethod(lambda: None)

    def set_empty(self, empty: bool) -> None:
        self.empty = empty
        self.setSpecialValueText(self.placeholder if empty else "")  # type: ignore[attr-defined]

    def fill(self, set_value: Callable[[], None], unchanged: bool) -> None:
        """The user gave an empty field a value: show it and report it."""
        self.set_empty(False)
        if unchanged:  # no change signal will come
            self.changed_by_user()
        else:
            set_value()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # type: ignore[misc]
        if event.key() in _ENTER:
            self.enter()  # after the value was committed


class _DateEdit(_EmptyMixin, QDateEdit):
    placeholder = "Choose a date"

    def py(self) -> date | None:
        return None if self.empty else self.date().toPython()  # type: ignore[return-value]

    def show_py(self, value: date | None) -> None:
        self.set_empty(value is None)
        self.setDate(self.minimumDate() if value is None else QDate(value.year, value.month, value.day))

    def stepBy(self, steps: int) -> None:
        if self.empty:
            today = QDate.currentDate()
            target = min(max(today, self.minimumDate()), self.maximumDate())
            self.fill(lambda: self.setDate(target), target == self.date())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
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
        super().mousePressEvent(event)
        if self.empty:  # the popup opened at the minimum: show today's month instead
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The styled box has no arrow: draw a chevron in the drop-down area."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.palette().color(self.foregroundRole())
        color.setAlpha(160 if self.isEnabled() else 70)
        painter.setPen(QPen(color, 1.6))
        x, y = self.width() - 15.0, self.height() / 2
        painter.drawPolyline([QPointF(x - 4, y - 2), QPointF(x, y + 2), QPointF(x + 4, y - 2)])
        painter.end()

    def picked(self, day: QDate) -> None:
        """A click in the calendar on the date already held (the popup sends no change)."""
        if self.empty and day == self.date():
            self.fill(lambda: None, True)


class _DatePair(QWidget):
    """One date field, or two ("start - end") for a range; the end waits for a start."""

    def __init__(self) -> None:
        super().__init__()
        self.start, self.end = _DateEdit(), _DateEdit()
        self.dash = QLabel("\u2013")
        self.dash.setObjectName("rqDateDash")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for edit in (self.start, self.end):
            edit.setObjectName("rqDateInput")
            edit.setCalendarPopup(True)
            edit.setKeyboardTracking(False)
            edit.calendarWidget().clicked.connect(edit.picked)
        self.start.setAccessibleName("Start date")
        self.end.setAccessibleName("End date")
        layout.addWidget(self.start, 1)
        layout.addWidget(self.dash)
        layout.addWidget(self.end, 1)
        self.setFocusProxy(self.start)
        self.is_range = False
        self.lo, self.hi = date.min, date.max
        self.committed: Any = None

    def value(self) -> date | tuple[date, ...] | None:
        start = self.start.py()
        if not self.is_range:
            return start
        end = self.end.py()
        return () if start is None else (start,) if end is None else (start, end)

    def display(self, value: Any) -> None:
        """Show a value from the script (signals blocked by the caller)."""
        if not self.is_range:
            self._bounds(self.start, self.lo, self.hi)
            self.start.show_py(value)
            return
        dates = tuple(value or ())
        start = dates[0] if dates else None
        end = dates[1] if len(dates) > 1 else None
        self._bounds(self.start, self.lo, self.hi)
        self._bounds(self.end, self.lo, self.hi)
        self.start.show_py(start)
        self.end.show_py(end)
        self.tighten()

    def tighten(self) -> None:
        """Keep start <= end: each field's bounds stop at the other's date."""
        start, end = self.start.py(), self.end.py()
        set_blocked(self.start, self._bounds, self.start, self.lo, end or self.hi)
        set_blocked(self.end, self._bounds, self.end, start or self.lo, self.hi)
        if end is None:  # an empty end sits at its (new) minimum
            set_blocked(self.end, self.end.show_py, None)
        self.end.setEnabled(start is not None and self.start.isEnabled())

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

    def create(self, element: Element, host: Host) -> QWidget:
        pair = _DatePair()
        field = LabelledField("", pair)
        widget_id = element.key

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            for edit in (pair.start, pair.end):
                if edit.lineEdit().isModified():
                    set_blocked(edit, edit.interpretText)
                    edit.lineEdit().setModified(False)
                    if edit.empty and edit.text() != edit.placeholder:
                        edit.set_empty(False)
            return changed(emit=False)

        def changed(emit: bool = True) -> WidgetEvent | None:
            for edit in (pair.start, pair.end):
                if edit.empty and edit.specialValueText() and edit.date() != edit.minimumDate():
                    edit.set_empty(False)
            if pair.is_range:
                pair.tighten()
            value = pair.value()
            if value == pair.committed:
                return None
            pair.committed = value
            event = WidgetEvent(widget_id, value)
            if emit:
                host.set_pending(field, None)
                host.emit(event)
            return event

        for edit in (pair.start, pair.end):
            edit.changed_by_user = changed
            edit.enter = lambda: host.enter_pressed()
            edit.dateChanged.connect(lambda _d: changed())
            edit.lineEdit().textEdited.connect(lambda _t: host.set_pending(field, flush))
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        pair = widget.field
        assert isinstance(pair, _DatePair)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "format" in changed:
            for edit in (pair.start, pair.end):
                edit.setDisplayFormat(_qt_date_format(props["format"]))
        if "is_range" in changed:
            pair.is_range = bool(props["is_range"])
            pair.dash.setVisible(pair.is_range)
            pair.end.setVisible(pair.is_range)
        value = props["value"]
        bounds = changed & {"min", "max", "is_range", "disabled"}
        if bounds:
            pair.lo, pair.hi = props["min"], props["max"]
        if bounds or (value != pair.value() and (props.get("set_by_code") or not _typing(pair))):
            blocked = [edit.blockSignals(True) for edit in (pair.start, pair.end)]
            try:
                pair.display(value)
            finally:
                for edit, was in zip((pair.start, pair.end), blocked):
                    edit.blockSignals(was)
        pair.committed = value

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        pair = widget.field  # type: ignore[attr-defined]
        return [pair.start, pair.end] if pair.is_range else [pair.start]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


def _typing(pair: _DatePair) -> bool:
    return any(e.hasFocus() and e.lineEdit().isModified() for e in (pair.start, pair.end))


class _TimeEdit(_EmptyMixin, QTimeEdit):
    """HH:mm; Up/Down (and the wheel) move by ``step`` seconds, clamped to the day."""

    placeholder = "Choose a time"
    step = 900
    LAST = 23 * 3600 + 59 * 60

    def py(self) -> time | None:
        return None if self.empty else self.time().toPython()  # type: ignore[return-value]

    def show_py(self, value: time | None) -> None:
        self.set_empty(value is None)
        self.setTime(QTime(0, 0) if value is None else QTime(value.hour, value.minute))

    def stepBy(self, steps: int) -> None:
        if self.empty:
            now = datetime.now().time()
            target = QTime(now.hour, now.minute)
            self.fill(lambda: self.setTime(target), target == self.time())
            return
        seconds = QTime(0, 0).secsTo(self.time()) + steps * self.step
        self.setTime(QTime(0, 0).addSecs(min(max(seconds, 0), self.LAST)))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag
        if self.empty:
            return flags.StepUpEnabled | flags.StepDownEnabled
        seconds = QTime(0, 0).secsTo(self.time())
        out = flags.StepNone
        if seconds > 0:
            out |= flags.StepDownEnabled
        if seconds < self.LAST:
            out |= flags.StepUpEnabled
        return out

    def pick(self, value: QTime) -> None:
        """A time chosen from the menu."""
        if self.empty:
            self.fill(lambda: self.setTime(value), value == self.time())
        else:
            self.setTime(value)


class TimeInputAdapter(Adapter):
    kind = "time_input"

    def create(self, element: Element, host: Host) -> QWidget:
        edit = _TimeEdit()
        edit.setObjectName("rqTimeInput")
        edit.setDisplayFormat("HH:mm")
        edit.setKeyboardTracking(False)
        # Qt's arrows get no width from the stylesheet (NoButtons would squeeze the text to 1 px),
        # and then the stylesheet's left padding is lost: put it back as a text margin.
        edit.lineEdit().setTextMargins(8, 0, 0, 0)
        menu_button = QToolButton()
        menu_button.setObjectName("rqTimeMenu")
        menu_button.setText("\u25be")
        menu_button.setAccessibleName("Choose a time from a list")
        menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users press Up/Down
        menu = QMenu(menu_button)
        menu.setObjectName("rqTimeList")
        menu_button.setMenu(menu)
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(lambda: _fill_menu(menu, edit))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit, 1)
        layout.addWidget(menu_button)
        field = LabelledField("", edit, row)
        field.menu_button = menu_button  # type: ignore[attr-defined]
        widget_id = element.key
        edit.committed = None  # type: ignore[attr-defined]

        def changed(emit: bool = True) -> WidgetEvent | None:
            if edit.empty and edit.specialValueText() and edit.time() != QTime(0, 0):
                edit.set_empty(False)
            value = edit.py()
            if value == edit.committed:  # type: ignore[attr-defined]
                return None
            edit.committed = value  # type: ignore[attr-defined]
            event = WidgetEvent(widget_id, value)
            if emit:
                host.set_pending(field, None)
                host.emit(event)
            return event

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            if edit.lineEdit().isModified():
                set_blocked(edit, edit.interpretText)
                edit.lineEdit().setModified(False)
                if edit.empty and edit.text() != edit.placeholder:
                    edit.set_empty(False)
            return changed(emit=False)

        edit.changed_by_user = changed
        edit.enter = lambda: host.enter_pressed()
        edit.timeChanged.connect(lambda _t: changed())
        edit.lineEdit().textEdited.connect(lambda _t: host.set_pending(field, flush))
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
        if "step" in changed:
            edit.step = int(props["step"])
            widget.menu_button.setVisible(_DAY // edit.step <= _MENU_MAX)  # type: ignore[attr-defined]
        value = props["value"]
        typing = edit.hasFocus() and edit.lineEdit().isModified()
        if value != edit.py() and (props.get("set_by_code") or not typing):
            set_blocked(edit, edit.show_py, value)
        edit.committed = value  # type: ignore[attr-defined]

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


_DAY = 24 * 3600


def _fill_menu(menu: QMenu, edit: _TimeEdit) -> None:
    """The times at ``step`` intervals from 00:00, built when the menu opens."""
    menu.clear()
    current = edit.py()
    chosen = None
    for seconds in range(0, _DAY, edit.step):
        moment = QTime(0, 0).addSecs(seconds)
        action = menu.addAction(moment.toString("HH:mm"))
        action.triggered.connect(lambda _c=False, m=moment: edit.pick(m))
        if current is not None and chosen is None and seconds >= current.hour * 3600 + current.minute * 60:
            chosen = action
    if chosen is not None:
        menu.setActiveAction(chosen)


# ----- color_picker ---------------------------------------------------------------------


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
        if value != widget.field.color.name():  # type: ignore[attr-defined]
            _show_color(widget, value)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


def _show_color(field: LabelledField, hex_value: str) -> None:
    swatch = field.field
    assert isinstance(swatch, _Swatch)
    swatch.color = QColor(hex_value)
    swatch.setAccessibleDescription(hex_value)
    field.hex_label.setText(hex_value)  # type: ignore[attr-defined]
    swatch.update()


PICKERS_ADAPTERS: list[Adapter] = [
    ToggleAdapter(),
    TextAreaAdapter(),
    DateInputAdapter(),
    TimeInputAdapter(),
    ColorPickerAdapter(),
]
