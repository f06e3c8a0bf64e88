"""time_input with a step that is not whole minutes, in a real window: the field shows the
seconds, and the arrows, typing and the returned value keep them (Streamlit 1.67)."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt

SCRIPT = """
import datetime as dt
import rerunqt as st
a = st.time_input("Odd", dt.time(8, 45, 30), step=90, key="a")
b = st.time_input("Even", dt.time(8, 45, 30), step=60, key="b")
c = st.time_input("Iso", "12:30:15", step=15, key="c")
st.write(f"{a} {b} {c}")
"""


def test_seconds_are_shown_stepped_and_returned(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    odd, even, iso = (pilot.widget(key=k) for k in "abc")
    assert odd.text() == "08:45:30" and even.text() == "08:45" and iso.text() == "12:30:15"
    assert pilot.texts("markdown") == ["08:45:30 08:45:00 12:30:15"]
    odd.setFocus()
    qtbot.waitUntil(odd.hasFocus)
    qtbot.keyClick(odd, Qt.Key.Key_Up)
    pilot.settle()
    assert pilot.window.session.state["a"] == time(8, 47) and odd.text() == "08:47:00"
    pilot.set_value(time(9, 1, 5), key="c")  # typed, seconds included
    assert iso.text() == "09:01:05" and pilot.window.session.state["c"] == time(9, 1, 5)
