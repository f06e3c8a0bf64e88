"""Date, time and datetime fields made with no default value (``value=None``, ``[]``) have
Streamlit 1.67's clear button while they hold a value: one click empties them, one run."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from rerunqt.qt.adapters.clear_button import ClearButton

pytestmark = pytest.mark.qt

SCRIPT = """
import datetime as dt
import rerunqt as st
if "d" not in st.session_state:
    st.session_state.d = dt.date(1970, 2, 3)
    st.session_state.r = (dt.date(2024, 1, 1), dt.date(2024, 1, 7))
    st.session_state.t = dt.time(8, 50)
    st.session_state.w = dt.datetime(2025, 11, 19, 16, 50)
st.date_input("Value from state", value=None, key="d")
st.date_input("Range from state", value=[], key="r")
st.time_input("Time from state", value=None, key="t")
st.datetime_input("Datetime from state", value=None, key="w")
st.date_input("Has a default", dt.date(2024, 1, 1), key="nd")
st.time_input("Time with a default", dt.time(9, 0), key="nt")
st.date_input("Disabled", dt.date(2024, 1, 1), key="dis", disabled=True)
st.write("runs")
"""


def runs(pilot) -> int:
    return pilot.window.session.run_count


def shown_clear(record) -> list[ClearButton]:
    return [b for b in record.widget.findChildren(ClearButton) if b.isVisible()]


@pytest.mark.parametrize(("key", "empty"), [("d", None), ("r", ()), ("t", None), ("w", None)])
def test_a_click_on_the_clear_button_empties_the_field(rerunqt_pilot, write_script, qtbot,
                                                       key, empty) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    record = pilot.record(key=key)
    buttons = shown_clear(record)
    assert len(buttons) == 1 and buttons[0].focusPolicy() == Qt.FocusPolicy.NoFocus
    button = buttons[0]
    field = button.parentWidget()
    assert field.rect().contains(button.geometry())  # inside the field's box
    before = runs(pilot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.state[key] == empty
    assert runs(pilot) == before + 1
    assert not button.isVisible()  # nothing left to clear


def test_fields_with_a_default_or_disabled_have_none(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    for key in ("nd", "nt", "dis"):
        assert shown_clear(pilot.record(key=key)) == []


def test_the_button_comes_back_with_a_value(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    record = pilot.record(key="t")
    qtbot.mouseClick(shown_clear(record)[0], Qt.MouseButton.LeftButton)
    pilot.settle()
    assert shown_clear(record) == []
    pilot.set_value(time(10, 15), key="t")
    assert len(shown_clear(record)) == 1
    pilot.set_value(date(2024, 3, 3), key="d")
    pilot.set_value(datetime(2024, 3, 3, 10, 0), key="w")
    assert len(shown_clear(pilot.record(key="d"))) == 1


def test_the_pilot_empties_a_field_by_its_clear_button(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    for key in ("d", "t", "w"):
        pilot.set_value(None, key=key)
        assert pilot.window.session.state[key] is None
    with pytest.raises(Exception, match="clear button"):
        pilot.set_value(None, key="nd")
