"""printf formats on real number fields and sliders: shown as Streamlit shows them, typed
numbers kept as typed, the cursor where the user types, steps in the step's decimals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt

FIELDS = """
import rerunqt as st
st.number_input("pad", value=7, format="%03d", key="pad")
st.number_input("sign", value=2.0, format="%+.2f", key="sign")
st.number_input("space", value=5, format="% d", key="space")
st.number_input("exp", value=1500.0, format="%.3e", key="exp")
st.number_input("bare e", value=0.00012, format="%e", key="bare_e")
st.number_input("E", value=1500.0, format="%E", key="big_e")
st.number_input("g", value=0.1, format="%g", key="g")
st.number_input("int as float", value=5, format="%.2f", key="int_f")
st.number_input("tenths", value=0.1, step=0.1, format="%0.2f", key="tenths")
st.number_input("cents", value=1.234, format="%0.2f", key="cents")
"""


@pytest.fixture
def pilot(rerunqt_pilot, write_script):
    return rerunqt_pilot(write_script(FIELDS))


@pytest.mark.parametrize(("key", "shown"), [
    ("pad", "007"), ("sign", "+2.00"), ("space", "5"), ("exp", "1.500e+3"), ("bare_e", "1.2e-4"),
    ("big_e", "1500"), ("g", "0.1"), ("int_f", "5.00"), ("cents", "1.23"),
])
def test_a_field_shows_its_value_as_streamlit_formats_it(pilot, key: str, shown: str) -> None:
    assert pilot.widget(key=key).text() == shown


def type_into(pilot, key: str, text: str) -> None:
    """Select all, type ``text`` key by key (the cursor must follow every key), press Enter."""
    spin = pilot.widget(key=key)
    spin.setFocus()
    pilot.qtbot.waitUntil(spin.hasFocus)
    spin.lineEdit().selectAll()
    typed = ""
    for char in text:
        pilot.qtbot.keyClicks(spin, char)
        typed += char
        assert spin.lineEdit().text() == typed
        assert spin.lineEdit().cursorPosition() == len(typed)
    pilot.qtbot.keyClick(spin, Qt.Key.Key_Return)


@pytest.mark.parametrize(("key", "typed", "value", "shown"), [
    ("pad", "007", 7, "007"),
    ("pad", "42", 42, "042"),
    ("exp", "-1.5e3", -1500.0, "-1.500e+3"),
    ("sign", "+3.25", 3.25, "+3.25"),
    ("cents", "9.876", 9.876, "9.88"),  # the number typed is kept; only the text rounds
])
def test_a_typed_number_is_the_value_and_then_shows_formatted(pilot, key, typed, value, shown) -> None:
    type_into(pilot, key, typed)
    pilot.qtbot.waitUntil(lambda: pilot.value(key=key) == value)
    assert type(pilot.value(key=key)) is type(value)
    assert pilot.widget(key=key).text() == shown


def test_a_step_adds_in_the_step_s_decimals(pilot) -> None:
    spin = pilot.widget(key="tenths")
    spin.stepBy(1)
    pilot.qtbot.waitUntil(lambda: pilot.value(key="tenths") == 0.2)
    spin.stepBy(1)
    pilot.qtbot.waitUntil(lambda: pilot.value(key="tenths") != 0.2)
    assert pilot.value(key="tenths") == 0.3  # not 0.30000000000000004
    assert spin.text() == "0.30"


def test_a_step_starts_from_the_number_shown(pilot) -> None:
    spin = pilot.widget(key="cents")  # 1.234 shown as 1.23
    spin.stepBy(1)
    pilot.qtbot.waitUntil(lambda: pilot.value(key="cents") != 1.234)
    assert pilot.value(key="cents") == 1.24


def test_a_step_of_zero_or_below_is_taken_as_streamlit_takes_it(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 takes step=0 (the buttons change nothing) and a negative step ("+"
    moves down); rerunqt refused both with an error."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.number_input("still", value=3, step=0, key="still")
st.number_input("down", 0.0, 10.0, 5.0, step=-0.5, key="down")
st.number_input("empty", value=None, min_value=2, step=0, key="empty")
"""))
    assert pilot.value(key="still") == 3 and pilot.value(key="empty") is None
    down = pilot.widget(key="down")
    down.stepBy(1)
    pilot.qtbot.waitUntil(lambda: pilot.value(key="down") == 4.5)
    still = pilot.widget(key="still")
    still.stepBy(1)
    pilot.settle()
    assert pilot.value(key="still") == 3 and still.text() == "3"


SLIDERS = """
import rerunqt as st
st.slider("kg", 0, 200, 75, format="%d kg", key="kg")
st.slider("money", 0.0, 100.0, 12.5, format="$%.2f", key="money")
st.slider("share", 0.0, 1.0, 0.25, format="percent", key="share")
st.slider("big", 0, 5000000, 2500000, format="%,d", key="big")
st.slider("exp", 0.0, 2000.0, 1500.0, format="%.1e", key="exp")
"""


@pytest.mark.parametrize(("key", "value", "low", "high"), [
    ("kg", "75 kg", "0 kg", "200 kg"),
    ("money", "$12.50", "$0.00", "$100.00"),
    ("share", "25%", "0%", "100%"),
    ("big", "2,500,000", "0", "5,000,000"),
    ("exp", "1.5e+3", "0.0e+0", "2.0e+3"),
])
def test_slider_value_and_captions_use_the_format(rerunqt_pilot, write_script, key, value, low, high) -> None:
    pilot = rerunqt_pilot(write_script(SLIDERS))
    field = pilot.record(key=key).widget
    assert field.body.value_label.text() == value
    assert (field.min_caption.full, field.max_caption.full) == (low, high)


def test_enter_leaves_the_cursor_after_the_number_not_the_text_selected(pilot) -> None:
    """A browser's number field keeps the cursor after the number on Enter; Qt's spin box
    selected the whole text, so the next digit typed replaced the number."""
    type_into(pilot, "cents", "9.5")
    pilot.qtbot.waitUntil(lambda: pilot.value(key="cents") == 9.5)
    line = pilot.widget(key="cents").lineEdit()
    assert not line.hasSelectedText()
    assert line.cursorPosition() == len(line.text())
