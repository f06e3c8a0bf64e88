"""A date_input range is one box with one calendar, as Streamlit 1.67 draws it (real Qt
widgets, pytest-qt, offscreen): picks, typing, the calendar's place and keys, bounds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QTableView

from rerunqt.qt.adapters.date_range import parse_range, quick_ranges

pytestmark = pytest.mark.qt

TRIP = """
import datetime as dt
import rerunqt as st
r = st.date_input("Trip", (dt.date(2019, 7, 6), dt.date(2019, 7, 8)), key="r")
st.write(repr(r))
"""


def runs(pilot) -> int:
    return pilot.window.session.run_count


def focus(pilot, qtbot, widget) -> None:
    pilot.window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def click_day(qtbot, calendar: QCalendarWidget, day: QDate) -> None:
    """Click ``day``'s cell in the calendar's grid (the page must show its month)."""
    grid = calendar.findChild(QTableView)
    model = grid.model()
    cells = [model.index(row, column) for row in range(1, model.rowCount())
             for column in range(model.columnCount())]
    matches = [index for index in cells if model.data(index) == day.day()]
    index = matches[0] if day.day() < 15 else matches[-1]  # not the next or last month's
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())


def test_a_range_is_one_box_showing_both_dates(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(TRIP + """
st.date_input("None yet", (), key="e", format="DD.MM.YYYY")
st.date_input("Started", [dt.date(2019, 7, 6)], key="s")
"""))
    box = pilot.widget(key="r").range
    assert box.isVisible() and not pilot.widget(key="r").start.isVisible()
    assert box.text() == "2019/07/06 \u2013 2019/07/08"
    empty = pilot.widget(key="e").range
    assert empty.text() == "" and empty.placeholderText() == "dd.mm.yyyy \u2013 dd.mm.yyyy"
    assert pilot.widget(key="s").range.text() == "2019/07/06 \u2013 "


def test_two_picks_in_one_calendar_make_the_range(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's e2e: on a full range the first pick starts a new one (the value is a
    1-tuple, one run), the calendar stays open, and the second pick ends it (one run)."""
    pilot = rerunqt_pilot(write_script(TRIP))
    box = pilot.widget(key="r").range
    focus(pilot, qtbot, box)
    before = runs(pilot)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 10, box.height() // 2))
    popup = box.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.accessibleName() == "Choose date range"
    below = box.mapToGlobal(QPoint(0, box.height()))
    assert 0 <= popup.pos().y() - below.y() <= 6 and abs(popup.pos().x() - below.x()) <= 3  # under the box
    calendar = popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 7)
    click_day(qtbot, calendar, QDate(2019, 7, 10))
    pilot.settle()
    assert pilot.window.session.state["r"] == (date(2019, 7, 10),)
    assert runs(pilot) == before + 1
    assert "(datetime.date(2019, 7, 10),)" in pilot.texts("markdown")[-1]
    assert popup.isVisible()  # the rerun left the calendar open for the end
    click_day(qtbot, calendar, QDate(2019, 7, 12))
    pilot.settle()
    assert pilot.window.session.state["r"] == (date(2019, 7, 10), date(2019, 7, 12))
    assert runs(pilot) == before + 2
    assert not popup.isVisible() and box.hasFocus()
    assert box.text() == "2019/07/10 \u2013 2019/07/12"
    assert pilot.widget(key="r").range is box  # updated in place


def test_the_calendar_by_keyboard(rerunqt_pilot, write_script, qtbot) -> None:
    """Alt+Down opens it; arrows move the day, Enter picks; an end before the start
    makes that day the start; Esc closes it with the range in progress kept."""
    pilot = rerunqt_pilot(write_script(TRIP))
    box = pilot.widget(key="r").range
    focus(pilot, qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = box.popup.calendar
    qtbot.waitUntil(calendar.isVisible)
    grid = QApplication.focusWidget()
    assert calendar.isAncestorOf(grid)
    assert calendar.selectedDate() == QDate(2019, 7, 6)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["r"] == (date(2019, 7, 7),)
    grid = QApplication.focusWidget()
    qtbot.keyClick(grid, Qt.Key.Key_Up)  # a week back: before the start
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["r"] == (date(2019, 6, 30), date(2019, 7, 7))
    assert not box.popup.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_F4)
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert pilot.window.session.state["r"] == (date(2019, 6, 30), date(2019, 7, 7))
    qtbot.waitUntil(box.hasFocus)  # the keyboard is back in the box


def test_days_outside_the_bounds_are_greyed_and_refused(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("R", (), key="r", min_value=dt.date(2024, 3, 5), max_value=dt.date(2024, 3, 20))
"""))
    box = pilot.widget(key="r").range
    focus(pilot, qtbot, box)
    box.open_calendar()
    calendar = box.popup.calendar
    assert calendar.minimumDate() == QDate(2024, 3, 5) and calendar.maximumDate() == QDate(2024, 3, 20)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 3)
    before = runs(pilot)
    click_day(qtbot, calendar, QDate(2024, 3, 2))  # greyed: nothing happens
    pilot.settle()
    assert runs(pilot) == before and pilot.window.session.state["r"] == ()


def test_typing_a_range_commits_on_enter_in_one_run(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(TRIP.replace('key="r"', 'key="r", format="DD.MM.YYYY"')))
    box = pilot.widget(key="r").range
    assert box.text() == "06.07.2019 \u2013 08.07.2019"
    focus(pilot, qtbot, box)
    box.selectAll()
    before = runs(pilot)
    qtbot.keyClicks(box, "01.07.2019 - 31.07.2019")
    assert runs(pilot) == before  # nothing until Enter
    qtbot.keyClick(box, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["r"] == (date(2019, 7, 1), date(2019, 7, 31))
    assert runs(pilot) == before + 1
    assert box.text() == "01.07.2019 \u2013 31.07.2019" and box.hasFocus()
    box.selectAll()
    qtbot.keyClicks(box, "not a date")  # refused: the range held comes back
    qtbot.keyClick(box, Qt.Key.Key_Return)
    pilot.settle()
    assert runs(pilot) == before + 1 and box.text() == "01.07.2019 \u2013 31.07.2019"
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)  # an empty box is an empty range
    qtbot.keyClick(box, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["r"] == ()


def test_a_disabled_range_box_opens_nothing(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.date_input("Disabled, no date", [], disabled=True, key="r")
"""))
    box = pilot.widget(key="r").range
    assert not box.isEnabled()
    box.open_calendar()
    assert not box.popup.isVisible()


def test_pilot_set_value_types_a_range(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(TRIP))
    pilot.set_value((date(2019, 8, 1), date(2019, 8, 2)), key="r")
    assert pilot.window.session.state["r"] == (date(2019, 8, 1), date(2019, 8, 2))
    pilot.set_value((date(2019, 8, 5),), key="r")
    assert pilot.window.session.state["r"] == (date(2019, 8, 5),)


@pytest.mark.parametrize(("text", "fmt", "days"), [
    ("2024/01/01 \u2013 2024/01/07", "YYYY/MM/DD", (date(2024, 1, 1), date(2024, 1, 7))),
    ("07-01-2024 - 01-01-2024", "MM-DD-YYYY", (date(2024, 1, 1), date(2024, 7, 1))),
    ("2024/01/01 \u2013 ", "YYYY/MM/DD", (date(2024, 1, 1),)),
    ("2024/01/01 to 2024/01/03", "YYYY/MM/DD", (date(2024, 1, 1), date(2024, 1, 3))),
    ("2024-01-01 - 2024-01-03", "YYYY-MM-DD", (date(2024, 1, 1), date(2024, 1, 3))),
    ("  ", "YYYY/MM/DD", ()),
    ("2024/13/01", "YYYY/MM/DD", None),
    ("1.2.2024 \u2013 3.2.2024 \u2013 4.2.2024", "DD.MM.YYYY", None),
])
def test_parse_range(text, fmt, days) -> None:
    assert parse_range(text, fmt) == days


def test_a_range_in_a_form_waits_for_submit(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's e2e form: the range reaches the script on submit, and clear_on_submit
    empties the box again."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
with st.form("f", clear_on_submit=True):
    r = st.date_input("Range date in form", value=[], key="r")
    sent = st.form_submit_button("Submit date form")
st.write("sent:", repr(r) if sent else "-")
"""))
    box = pilot.widget(key="r").range
    before = runs(pilot)
    box.open_calendar()
    today = QDate.currentDate()
    click_day(qtbot, box.popup.calendar, today.addDays(-1 if today.day() > 1 else 1))  # this month
    pilot.settle()
    assert runs(pilot) == before and box.popup.isVisible() and len(box.days) == 1
    first = box.days[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    pilot.click(label="Submit date form")
    assert pilot.texts("markdown")[-1] == f"sent: {(first,)!r}"
    assert box.text() == ""  # cleared for the next range


def test_typed_dates_outside_the_bounds_say_why_and_wait(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's e2e app: 2008/07/06 before the range's minimum (ten years before its
    start) is not committed, and the field says so in Streamlit 1.67's words; then the end."""
    pilot = rerunqt_pilot(write_script(TRIP))
    field, box = pilot.record(key="r").widget, pilot.widget(key="r").range
    focus(pilot, qtbot, box)
    before = runs(pilot)
    for typed, words in [
            ("2008/07/06 - 2019/07/08", "Error: Date set outside allowed range. "
                                        "Please select a date on or after 2009/07/06."),
            ("2019/07/06 - 2030/07/08", "Error: Date set outside allowed range. "
                                        "Please select a date on or before 2029/07/08.")]:
        box.selectAll()
        qtbot.keyClicks(box, typed)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        pilot.settle()
        assert field.note.isVisible() and field.note.text() == words
        assert box.text() == typed  # left as typed, to mend
    assert runs(pilot) == before and pilot.window.session.state["r"] == (date(2019, 7, 6), date(2019, 7, 8))
    box.selectAll()
    qtbot.keyClicks(box, "2019/07/06 - 2029/07/08")  # (QTest types no en dash)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    pilot.settle()
    assert not field.note.isVisible() and runs(pilot) == before + 1
    assert pilot.window.session.state["r"] == (date(2019, 7, 6), date(2029, 7, 8))


def test_a_range_in_progress_shows_the_end_s_placeholder(rerunqt_pilot, write_script) -> None:
    """Streamlit's field reads "2019/07/06 - yyyy/mm/dd" while the end is missing: the
    placeholder is painted after the dash (the text itself stays the start and dash)."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("Range, one date", [dt.date(2019, 7, 6)], key="s")
"""))
    box = pilot.widget(key="s").range
    assert box.text() == "2019/07/06 \u2013 "
    with_end = box.grab().toImage()
    box.setModified(True)  # as if typed: no placeholder
    without = box.grab().toImage()
    start = box.fontMetrics().horizontalAdvance(box.text()) + 12
    inked = [x for x in range(start, start + 60)
             if with_end.pixelColor(x, box.height() // 2) != without.pixelColor(x, box.height() // 2)]
    assert inked  # the end's "yyyy/mm/dd" is drawn there


def test_quick_select_picks_a_range_ending_today(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit 1.67's "Quick select" in the range calendar (when min_value lies over two
    years back): "Past Week" is a week ago to today, one run, and the calendar closes."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("Range, no date", [], key="r")
st.date_input("Recent", [], key="near", min_value=dt.date.today() - dt.timedelta(days=30))
"""))
    box = pilot.widget(key="r").range
    focus(pilot, qtbot, box)
    box.open_calendar()
    quick = box.popup.quick
    assert quick.isVisible() and quick.accessibleName() == "Quick select a date range"
    labels = [action.text() for action in quick.menu().actions()]
    assert labels == ["Past Week", "Past Month", "Past 3 Months", "Past 6 Months", "Past Year",
                      "Past 2 Years"]
    before = runs(pilot)
    today = date.today()
    quick.menu().actions()[0].trigger()
    pilot.settle()
    assert pilot.window.session.state["r"] == (today - timedelta(days=7), today)
    assert runs(pilot) == before + 1 and not box.popup.isVisible()
    near = pilot.widget(key="near").range
    near.open_calendar()
    assert not near.popup.quick.isVisible()  # its minimum is within two years


def test_quick_ranges_keep_within_the_bounds() -> None:
    today = date(2024, 3, 31)
    picks = dict(quick_ranges(today, date(2021, 6, 1), date(2024, 3, 30)))
    assert picks["Past Month"] == (date(2024, 2, 29), date(2024, 3, 30))  # ends at max_value
    assert picks["Past 2 Years"] == (date(2022, 3, 31), date(2024, 3, 30))
    assert quick_ranges(today, date(2022, 4, 1), date(2030, 1, 1)) == []  # min under 2 years back
