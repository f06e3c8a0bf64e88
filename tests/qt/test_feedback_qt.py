"""st.feedback in a real window: painted icons, clicks, and one Tab stop with arrows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.text_input("Before", key="before")
thumbs = st.feedback(key="thumbs")
stars = st.feedback("stars", key="stars")
st.write(f"{thumbs} {stars}")
"""


def _click(qtbot, bar, place: int) -> None:
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.cell(place).center().toPoint())


def test_clicks_choose_and_clicking_again_clears(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    thumbs = pilot.widget(key="thumbs")
    _click(qtbot, thumbs, 0)  # thumb up is drawn first and is 1
    pilot.settle()
    assert pilot.window.session.state["thumbs"] == 1
    _click(qtbot, thumbs, 0)
    pilot.settle()
    assert pilot.window.session.state["thumbs"] is None
    _click(qtbot, pilot.widget(key="stars"), 3)
    pilot.settle()
    assert pilot.texts("markdown") == ["None 3"]
    assert "4 stars" in pilot.widget(key="stars").accessibleDescription()


def test_one_tab_stop_arrows_and_space(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    before, thumbs = pilot.widget(key="before"), pilot.widget(key="thumbs")
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert thumbs.hasFocus()
    qtbot.keyClick(thumbs, Qt.Key.Key_Right)
    qtbot.keyClick(thumbs, Qt.Key.Key_Space)  # the second icon: thumb down, 0
    pilot.settle()
    assert pilot.window.session.state["thumbs"] == 0
    qtbot.keyClick(thumbs, Qt.Key.Key_Tab)
    assert pilot.widget(key="stars").hasFocus()


def test_set_value_clicks_and_code_updates_the_icons(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.set_value(key="stars", value=4)
    assert pilot.window.session.state["stars"] == 4
    assert pilot.widget(key="stars").value == 4
    pilot.set_value(key="stars", value=None)
    assert pilot.widget(key="stars").value is None


def test_chosen_icons_are_in_the_text_colour_and_a_narrow_width_shows_them_all(
        rerunqt_pilot, write_script) -> None:
    """Streamlit draws a chosen icon in the body text colour (no accent colour), and a
    width narrower than the icons still shows every icon (gh-12068)."""
    from screen_pixels import hues

    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.feedback("stars", default=3, key="stars")
        st.feedback("thumbs", default=1, key="thumbs", width=10)
        st.feedback("stars", default=2, key="narrow", width=10)
    """))
    pilot.settle()
    assert hues(pilot.widget(key="stars")) == set()
    for key in ("thumbs", "narrow"):
        bar = pilot.widget(key=key)
        assert bar.width() >= bar.sizeHint().width()
        assert bar.cell(bar.count - 1).right() <= bar.width()
