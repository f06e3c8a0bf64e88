"""Pills and segmented controls in a real window: clicks, and one Tab stop with arrows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.text_input("Before", key="before")
size = st.segmented_control("Size", ["S", "M", "L"], key="size")
tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi", key="tags")
st.write(f"{size} {tags}")
"""


def test_clicks_choose_and_unchoose(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    size = pilot.widget(key="size")
    qtbot.mouseClick(size.buttons[1], Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.state["size"] == "M"
    assert [b.isChecked() for b in size.buttons] == [False, True, False]
    qtbot.mouseClick(size.buttons[1], Qt.MouseButton.LeftButton)  # again: no choice
    pilot.settle()
    assert pilot.window.session.state["size"] is None
    tags = pilot.widget(key="tags")
    for n in (2, 0):
        qtbot.mouseClick(tags.buttons[n], Qt.MouseButton.LeftButton)
        pilot.settle()
    assert pilot.window.session.state["tags"] == ["blue", "red"]
    assert pilot.texts("markdown") == ["None ['blue', 'red']"]


def test_one_tab_stop_arrows_and_space(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    before, size = pilot.widget(key="before"), pilot.widget(key="size")
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert size.hasFocus()
    qtbot.keyClick(size, Qt.Key.Key_Right)
    qtbot.keyClick(size, Qt.Key.Key_Right)
    assert size.buttons[2].property("current") is True  # the ring is on "L"
    qtbot.keyClick(size, Qt.Key.Key_Space)
    pilot.settle()
    assert pilot.window.session.state["size"] == "L"
    qtbot.keyClick(pilot.widget(key="size"), Qt.Key.Key_Tab)  # one stop: on to the pills
    assert pilot.widget(key="tags").hasFocus()


def test_content_width_pills_sit_on_one_line_and_wrap_when_narrow(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.pills("Few", ["a", "b", "c"], key="few")
st.pills("Many", [f"option {n}" for n in range(30)], key="many")
"""))
    pilot.window.show()
    pilot.settle()
    few = pilot.widget(key="few").buttons
    qtbot.waitUntil(lambda: len({b.y() for b in few}) == 1)  # one row, not one pill per line
    assert few[0].x() < few[1].x() < few[2].x()
    many = pilot.widget(key="many")
    qtbot.waitUntil(lambda: len({b.y() for b in many.buttons}) > 1)  # too wide: it wraps
    assert many.width() <= pilot.window.width()


@pytest.mark.parametrize("call", ["pills", "segmented_control"])
def test_a_too_long_option_is_elided_and_does_not_widen_the_page(
        rerunqt_pilot, write_script, qtbot, call: str) -> None:
    """As in Streamlit, an option longer than the row ends with an ellipsis; it used to
    widen the page past the window (a sideways scroll bar, headings cut off)."""
    long = "Very very long text " * 20
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.{call}("Options", ["short", {long!r}], key="opts")
"""))
    pilot.window.resize(700, 500)
    pilot.window.show()
    pilot.settle()
    group = pilot.widget(key="opts")
    qtbot.waitUntil(lambda: group.width() <= pilot.window.width())
    short, longest = group.buttons
    assert longest.geometry().right() <= group.width()
    assert longest.shown.endswith("\u2026") and short.shown == "short"
