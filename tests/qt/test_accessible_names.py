"""Every widget is named by its label for screen readers, read through Qt's accessibility
interface (issue 8, point 3)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

pytestmark = pytest.mark.qt

SCRIPT = """
import datetime as dt
import rerunqt as st
st.markdown("Some **bold** and `code`")
st.date_input("Birthday", dt.date(2000, 1, 1), key="day")
st.date_input("Trip", (dt.date(2024, 1, 1), dt.date(2024, 1, 5)), key="trip")
st.multiselect("Toppings", ["a", "b"], key="top")
st.data_editor([{"name": "x", "qty": 1}], key="table")
st.text_input("Name", key="name")
"""


def name_of(widget) -> str:  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name)


def test_widgets_are_named_by_their_labels(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    renderer = pilot.window.renderer
    markdown = renderer.find(kind="markdown")[0].widget
    assert name_of(markdown) == "Some bold and code"  # the text, not its markdown source
    day = renderer.find(key="day")[0].widget.field
    assert name_of(day.start) == "Birthday"
    trip = renderer.find(key="trip")[0].widget.field
    assert name_of(trip.range) == "Trip"  # one box for the range
    assert name_of(pilot.widget(key="top").combo) == "Toppings"
    assert name_of(pilot.widget(key="table")) == "Data editor: name, qty"
    assert name_of(pilot.widget(key="name")) == "Name"
