"""A date range in one box, as Streamlit 1.67 draws it: "2024/01/01 - 2024/01/07"
(an en dash between).

The box is a line edit: the user types a range (or one date: a range in progress) and
Enter or leaving the box commits it. Its chevron (or Alt+Down, F4) opens one calendar
below the box: the first pick starts a new range (the value is then a 1-tuple, as in
Streamlit), the second ends it and closes the calendar. Each pick is one value, so one
rerun; the calendar stays open across the rerun its first pick causes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QBrush,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.qt import theme_state
from rerunqt.qt.adapters.base import FocusWheel
from rerunqt.qt.adapters.field_events import opens_calendar, paint_chevron
from rerunqt.qt.adapters.pickers_common import _ENTER

DASH = " \u2013 "
CHEVRON_ROOM = 28  # px at the box's right end: a click there opens the calendar


def _separator(fmt: str) -> str:
    return next((c for c in fmt if c in "/.-"), "/")


def format_day(day: date, fmt: str) -> str:
    """``day`` in one of Streamlit's formats ("YYYY/MM/DD", "DD.MM.YYYY", "MM-DD-YYYY"...)."""
    parts = {"Y": f"{day.year:04d}", "M": f"{day.month:02d}", "D": f"{day.day:02d}"}
    sep = _separator(fmt)
    return sep.join(parts[token[:1]] for token in fmt.split(sep))


def parse_day(text: str, fmt: str) -> date | None:
    """The date ``text`` says in ``fmt``, or None when it says none."""
    sep = _separator(fmt)
    pieces = text.strip().split(sep)
    tokens = [token[:1] for token in fmt.split(sep)]
    if len(pieces) != len(tokens) or not all(p.strip().isdigit() for p in pieces):
        return None
    found = {token: int(piece) for token, piece in zip(tokens, pieces)}
    try:
        return date(found["Y"], found["M"], found["D"])
    except (KeyError, ValueError):
        return None


def format_range(days: tuple[date, ...], fmt: str) -> str:
    """Both dates joined by a dash; a range in progress ends with the dash."""
    if not days:
        return ""
    text = format_day(days[0], fmt) + DASH
    return text + format_day(days[1], fmt) if len(days) > 1 else text


_BETWEEN = re.compile(r"\s*[\u2013\u2014]\s*|\s+-\s+|\s+to\s+", re.IGNORECASE)


def parse_range(text: str, fmt: str) -> tuple[date, ...] | None:
    """The (sorted) dates of a typed range: none, one or two; None when unreadable. The
    dates are split as Streamlit 1.67 splits a pasted range: an en or em dash, a hyphen
    with spaces around it, or "to"."""
    pieces = [p for p in _BETWEEN.split(text.strip()) if p.strip()]
    if len(pieces) > 2:
        return None
    days = [parse_day(p, fmt) for p in pieces]
    if any(d is None for d in days):
        return None
    return tuple(sorted(d for d in days if d is not None))


QUICK = (("Past Week", 0, 0, 7), ("Past Month", 0, 1, 0), ("Past 3 Months", 0, 3, 0),
         ("Past 6 Months", 0, 6, 0), ("Past Year", 1, 0, 0), ("Past 2 Years", 2, 0, 0))


def quick_ranges(today: date, lo: date, hi: date) -> list[tuple[str, tuple[date, date]]]:
    """Streamlit 1.67's quick selections, each ending today, kept within the bounds; offered
    when ``min_value`` lies more than two years back (else none)."""
    now = _qdate(today)
    if _pydate(now.addYears(-2)) <= lo:
        return []
    end = min(today, hi)
    picks = [(label, max(lo, _pydate(now.addYears(-y).addMonths(-m).addDays(-d))))
             for label, y, m, d in QUICK]
    return [(label, (start, end)) for label, start in picks if start <= end]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RangeCalendar(QFrame):
    """The calendar pop-up of a range box: picks go to ``pick``; Esc closes it."""

    def __init__(self, owner: QWidget, pick: Callable[[date], None]) -> None:
        super().__init__(owner, Qt.WindowType.Popup)  # owned by the box: dies with it
        self.setObjectName("rqDateRangePopup")
        self.setAccessibleName("Choose date range")  # Streamlit's name for its calendar
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("rqDateRangeCalendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # weekends in the text colour
            self.calendar.setWeekdayTextFormat(day, QTextCharFormat())
        self.quick = QToolButton(self)  # Streamlit's "Quick select" of ranges ending today
        self.quick.setObjectName("rqDateQuickSelect")
        self.quick.setText("Quick select")
        self.quick.setAccessibleName("Quick select a date range")
        self.quick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.quick.setMenu(QMenu(self.quick))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.quick, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.calendar)
        self.pick = pick
        self.pick_range: Callable[[tuple[date, ...]], None] = lambda _days: None
        self.calendar.clicked.connect(lambda day: self.pick(_pydate(day)))
        self.calendar.installEventFilter(self)
        for child in self.calendar.findChildren(QWidget):  # the grid has the keyboard
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _ENTER:
                self.pick(_pydate(self.calendar.selectedDate()))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close()
                return True
        return False

    def offer_quick(self, lo: date, hi: date) -> None:
        """The quick selections for these bounds (the button hidden when there are none)."""
        menu = self.quick.menu()
        menu.clear()
        for label, days in quick_ranges(date.today(), lo, hi):
            menu.addAction(label).triggered.connect(lambda _=False, d=days: self.pick_range(d))
        self.quick.setVisible(not menu.isEmpty())

    def mark(self, days: tuple[date, ...]) -> None:
        """Tint the days of the range (its ends stronger), as Streamlit's calendar does."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day's
        if not days:
            return
        tint, end = theme_state.primary(), theme_state.primary()
        tint.setAlpha(40)
        end.setAlpha(110)
        first, last = _qdate(days[0]), _qdate(days[-1])
        day = first
        while day <= last:
            shade = QTextCharFormat()
            shade.setBackground(QBrush(end if day in (first, last) else tint))
            self.calendar.setDateTextFormat(day, shade)
            day = day.addDays(1)


class DateRangeBox(FocusWheel, QLineEdit):
    """One box for a date range: the text, a chevron, and the calendar under it.

    ``changed_by_user(days)`` is called with each picked value; typed text waits for
    ``commit_typed`` (Enter, leaving the box, or a rerun that flushes it).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqDateInput")
        self.fmt = "YYYY/MM/DD"
        self.lo, self.hi = date.min, date.max
        self.days: tuple[date, ...] = ()
        self.changed_by_user: Callable[[tuple[date, ...]], object] = lambda _days: None
        self.enter: Callable[[], None] = lambda: None
        self.refused: Callable[[str | None], None] = lambda _problem: None
        self.popup = RangeCalendar(self, self._picked)
        self.popup.pick_range = self._picked_range
        self.setTextMargins(0, 0, CHEVRON_ROOM - 8, 0)
        self._placeholder()

    def set_format(self, fmt: str) -> None:
        self.fmt = fmt
        self._placeholder()
        self.show_days(self.days)

    def _placeholder(self) -> None:
        """Streamlit's empty range shows the format's parts: "yyyy/mm/dd - yyyy/mm/dd" (en dash)."""
        empty = self.fmt.lower()
        self.setPlaceholderText(empty + DASH + empty)

    def show_days(self, days: tuple[date, ...]) -> None:
        """Show ``days`` (from the script, or a pick); the text is then unmodified."""
        self.days = tuple(days)
        self.setText(format_range(self.days, self.fmt))
        self.setModified(False)
        if not self.hasFocus():  # a narrow box shows the start, not the end
            self.setCursorPosition(0)
        if self.popup.isVisible():
            self.popup.mark(self.days)

    def commit_typed(self) -> bool:
        """Take in the typed text: True when it changed the dates. Text that is no range
        goes back to the dates held; dates outside the bounds stay typed, uncommitted,
        and ``refused`` says why (Streamlit's error words)."""
        if not self.isModified():
            return False
        days = parse_range(self.text(), self.fmt)
        if days is None:
            self.show_days(self.days)
            return False
        problem = self.out_of_bounds(days)
        self.refused(problem)
        if problem is not None:
            return False
        before = self.days
        self.show_days(days)
        return days != before

    def out_of_bounds(self, days: tuple[date, ...]) -> str | None:
        """Streamlit 1.67's words for the first typed date outside the bounds, or None."""
        for day in days:
            if day > self.hi:
                return ("Error: Date set outside allowed range. Please select a date on or before "
                        f"{format_day(self.hi, self.fmt)}.")
            if day < self.lo:
                return ("Error: Date set outside allowed range. Please select a date on or after "
                        f"{format_day(self.lo, self.fmt)}.")
        return None

    # ----- the calendar -----------------------------------------------------------------
    def open_calendar(self) -> None:
        """Open the calendar below the box at the range's start (today's month if none)."""
        if not self.isEnabled() or self.popup.isVisible():
            return
        if self.commit_typed():  # the calendar starts from what was typed
            self.changed_by_user(self.days)
        calendar = self.popup.calendar
        calendar.setDateRange(_qdate(max(self.lo, date(100, 1, 1))), _qdate(self.hi))
        shown = self.days[0] if self.days else min(max(date.today(), self.lo), self.hi)
        calendar.setSelectedDate(_qdate(shown))
        calendar.setCurrentPage(shown.year, shown.month)
        self.popup.mark(self.days)
        self.popup.offer_quick(self.lo, self.hi)
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height() + 2))
        screen = self.screen().availableGeometry()
        if below.y() + self.popup.height() > screen.bottom():  # no room below: above
            below.setY(self.mapToGlobal(QPoint(0, 0)).y() - self.popup.height() - 2)
        self.popup.move(below)
        self.popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: date) -> None:
        """The first pick starts a range (a 1-tuple); the second ends it and closes."""
        if not self.lo <= day <= self.hi:
            return
        days: tuple[date, ...] = (day,) if len(self.days) != 1 else tuple(sorted((self.days[0], day)))
        self.refused(None)
        if len(days) == 2:
            self.popup.close()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.show_days(days)
        self.changed_by_user(days)

    def _picked_range(self, days: tuple[date, ...]) -> None:
        """A quick selection: the whole range at once, and the calendar closes."""
        self.popup.close()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.refused(None)
        self.show_days(days)
        self.changed_by_user(days)

    # ----- events -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if opens_calendar(event):
            self.open_calendar()
            return
        super().keyPressEvent(event)
        if event.key() in _ENTER:
            self.enter()  # after editingFinished committed the text

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_chevron = event.position().x() >= self.width() - CHEVRON_ROOM
        if event.button() == Qt.MouseButton.LeftButton and on_chevron:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.open_calendar()
            return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The chevron that opens the calendar, drawn as the single date field's; a range
        in progress shows the end's placeholder after its dash, as Streamlit's field does."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if len(self.days) == 1 and not self.isModified():
            self._paint_end_placeholder(painter)
        paint_chevron(self, painter)
        painter.end()

    def _paint_end_placeholder(self, painter: QPainter) -> None:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        area = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        area = area.adjusted(margins.left() + 2, 0, -margins.right(), 0)  # Qt's 2 px inside
        metrics = self.fontMetrics()
        shown = metrics.horizontalAdvance(self.text())
        end = self.fmt.lower()
        if shown + metrics.horizontalAdvance(end) > area.width():  # scrolled or clipped: none
            return
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(area.adjusted(shown, 0, 0, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), end)
