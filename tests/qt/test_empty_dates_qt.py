"""Empty date, time and datetime fields show what Streamlit 1.67's segmented fields show:
each part's placeholder in the field's format ("dd.mm.yyyy"; two en dashes a part of a
time), not a sentence ("Choose a date")."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from rerunqt.qt.adapters.dates import segment_placeholder

pytestmark = pytest.mark.qt

DASHES = "\u2013\u2013:\u2013\u2013"


def test_empty_fields_show_their_parts(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("D", None, key="d")
st.date_input("Dotted", None, key="dot", format="DD.MM.YYYY")
st.time_input("T", None, key="t")
st.time_input("T12", None, key="t12", format="12h")
st.datetime_input("DT", None, key="dt", format="MM-DD-YYYY")
st.datetime_input("Full", dt.datetime(2025, 11, 19, 16, 45), key="full")
"""))
    assert pilot.widget(key="d").start.text() == "yyyy/mm/dd"
    assert pilot.widget(key="dot").start.text() == "dd.mm.yyyy"
    assert pilot.widget(key="t").text() == DASHES
    assert pilot.widget(key="t12").text() == DASHES + " AM"
    assert pilot.widget(key="dt").text() == "mm-dd-yyyy, " + DASHES
    assert pilot.widget(key="full").text() == "2025/11/19, 16:45"


def test_a_filled_field_emptied_by_code_shows_the_placeholder_again(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
def clear():
    st.session_state.d = None
st.date_input("D", dt.date(2024, 1, 2), key="d", format="MM/DD/YYYY")
st.button("Clear", on_click=clear)
"""))
    edit = pilot.widget(key="d").start
    assert edit.text() == "01/02/2024"
    pilot.click(label="Clear")
    assert edit.text() == "mm/dd/yyyy"
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # a step fills it again
    pilot.settle()
    assert pilot.window.session.state["d"] is not None


@pytest.mark.parametrize(("qt_format", "shown"), [
    ("yyyy/MM/dd", "yyyy/mm/dd"),
    ("dd.MM.yyyy, HH:mm", "dd.mm.yyyy, " + DASHES),
    ("HH:mm:ss", DASHES + ":\u2013\u2013"),
    ("h:mm AP", DASHES + " AM"),
])
def test_segment_placeholder(qt_format, shown) -> None:
    assert segment_placeholder(qt_format) == shown


def test_digits_typed_into_an_empty_field_fill_it(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's e2e app types 2025 01 02 into the empty "Empty value" field: the digits
    go into its parts and Enter commits them, one run each. They were appended to the
    placeholder and refused, so an empty field took no typing at all."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.time_input("T", None, key="t")
st.date_input("Empty value", value=None, key="d")
st.datetime_input("W", None, key="w")
"""))
    typed = {"t": ("0930", time(9, 30)), "d": ("20250102", date(2025, 1, 2)),
             "w": ("202501020930", datetime(2025, 1, 2, 9, 30))}
    for key, (digits, value) in typed.items():
        widget = pilot.widget(key=key)
        edit = widget.start if key == "d" else widget
        pilot.window.activateWindow()
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        before = pilot.window.session.run_count
        qtbot.keyClicks(edit, digits)
        assert pilot.window.session.run_count == before  # nothing until Enter
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        pilot.settle()
        assert pilot.window.session.state[key] == value
        assert pilot.window.session.run_count == before + 1


def test_typing_today_into_an_empty_date_commits_it(rerunqt_pilot, write_script, qtbot) -> None:
    """The stand-in an empty field takes when typing starts is today: typing today's date
    changes nothing in the field, and Enter still commits it."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.date_input("D", None, key="d")
"""))
    edit = pilot.widget(key="d").start
    pilot.window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    today = date.today()
    qtbot.keyClicks(edit, today.strftime("%Y%m%d"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["d"] == today


def test_a_narrow_empty_field_shows_the_start_of_its_placeholder(rerunqt_pilot, write_script) -> None:
    """Streamlit's e2e "Narrow clearable bounded" (width=110): "yyyy/mm/..." clipped at its
    end, as Streamlit's; Qt scrolled the placeholder to its end ("yy/mm/dd")."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("Narrow", value=None, min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31),
              width=110, key="n")
st.datetime_input("Narrow moment", value=None, width=120, key="w")
"""))
    for edit in (pilot.widget(key="n").start, pilot.widget(key="w")):
        assert edit.lineEdit().cursorPosition() == 0
