"""st.datetime_input through AppTest and in a real window."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDateTime, Qt

from rerunqt.testing import AppTest


def test_values_bounds_and_state() -> None:
    at = AppTest.from_string("""
        import datetime as dt
        import rerunqt as st
        a = st.datetime_input("Meeting", dt.datetime(2026, 12, 6, 9, 30, 45), key="m")
        b = st.datetime_input("Day only", dt.date(2026, 1, 2), key="d")
        c = st.datetime_input("Empty", None, key="e")
        st.write(repr(a), repr(b), repr(c))
    """).run()
    assert not at.exception, at.exception
    assert at.session_state["m"] == datetime(2026, 12, 6, 9, 30)  # to the minute
    assert at.session_state["d"] == datetime(2026, 1, 2, 0, 0)
    assert at.session_state["e"] is None
    assert at.datetime_input(key="m").is_range is False  # as Streamlit's AppTest lists it
    at.datetime_input(key="e").set_value(datetime(2030, 5, 1, 18, 5)).run()
    assert at.session_state["e"] == datetime(2030, 5, 1, 18, 5)
    # clamped to min: 00:00 ten years before, as Streamlit's bound (its AppTest gives the
    # default back for a value out of bounds instead)
    at.datetime_input(key="m").set_value(datetime(1900, 1, 1)).run()
    assert at.session_state["m"] == datetime(2016, 12, 6, 0, 0)


def test_errors_are_clear() -> None:
    for call, words in [
        ("st.datetime_input('x', 'tomorrow')", "not an ISO date"),
        ("st.datetime_input('x', format='YY')", "Invalid `format` value. Supported values: "),
        ("st.datetime_input('x', step=5)", "set to 5 seconds, is outside the required range "
                                            "[60 seconds, 23 hours]"),
        ("st.datetime_input('x', min_value='2026-01-02', max_value='2026-01-01')", "after max_value"),
        ("st.datetime_input('x', 3)", "must be a datetime"),
    ]:
        at = AppTest.from_string("import rerunqt as st\n" + call).run()
        assert at.exception and words in at.exception[0].message, (call, at.exception)


@pytest.mark.qt
def test_window_shows_and_steps_the_value(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        v = st.datetime_input("When", dt.datetime(2026, 12, 6, 9, 30), key="w", step=600)
        st.write(str(v))
    """))
    edit = pilot.widget(key="w")
    assert edit.text() == "2026/12/06, 09:30"  # as Streamlit 1.67 writes it
    edit.setFocus()
    edit.setCurrentSection(edit.Section.MinuteSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the minutes move by step (10 minutes)
    pilot.settle()
    assert pilot.window.session.state["w"] == datetime(2026, 12, 6, 9, 40)
    assert pilot.texts("markdown") == ["2026-12-06 09:40:00"]
    edit.setDateTime(QDateTime(date(2027, 1, 1), time(8, 0)))
    pilot.settle()
    assert pilot.window.session.state["w"] == datetime(2027, 1, 1, 8, 0)


@pytest.fixture
def checkout_stylesheet(monkeypatch, qapp):
    """The light stylesheet of this checkout's resources/ on the application (an editable
    install may map ``rerunqt.resources`` to another checkout)."""
    from pathlib import Path

    import rerunqt
    from rerunqt.qt import app

    folder = Path(rerunqt.__file__).resolve().parents[1] / "resources"
    monkeypatch.setattr(app, "resource_path",
                        lambda name: folder / name if (folder / name).exists() else None)
    app.stylesheet.cache_clear()
    before = qapp.styleSheet()
    qapp.setStyleSheet(app.stylesheet("light"))
    yield
    app.stylesheet.cache_clear()
    qapp.setStyleSheet(before)


@pytest.mark.qt
def test_the_field_looks_and_opens_as_the_date_input_s(checkout_stylesheet, rerunqt_pilot,
                                                        write_script, qtbot) -> None:
    """Streamlit's st.datetime_input example: the field is styled as date_input's (it was a
    bare native box, half as tall), and Alt+Down opens its calendar."""
    from PySide6.QtWidgets import QApplication

    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.date_input("Day", dt.date(2025, 11, 19), key="d")
        st.datetime_input("Schedule your event", dt.datetime(2025, 11, 19, 16, 45), key="w")
    """))
    edit, day = pilot.widget(key="w"), pilot.widget(key="d").start
    assert edit.height() == day.height() >= 32
    assert edit.palette().color(edit.backgroundRole()) == day.palette().color(day.backgroundRole())
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit.calendarWidget().isVisible)
