"""A long toast is clamped to three lines with "view more", as Streamlit 1.67 shows it."""

from __future__ import annotations

import pytest

from rerunqt.qt.overlay import ToastStack

pytestmark = pytest.mark.qt

LONG = ("Random toast message that is a really really really really really really really long "
        "message, going way past the 3 line limit, and then some more words to be sure")


def test_a_long_toast_shows_three_lines_and_view_more_opens_the_rest(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.toast({LONG!r}, duration='infinite')
st.toast('Short one', duration='infinite')
"""))
    pilot.window.resize(900, 700)
    pilot.settle()
    long_card, short_card = pilot.window.findChild(ToastStack).cards()
    body, view = long_card.body, long_card.view
    qtbot.waitUntil(lambda: body.overflowing)
    three = body.height()
    assert view.isVisible() and view.text() == "view more"
    assert not short_card.view.isVisible()  # one line: nothing to open
    line = body.fontMetrics().height()
    assert 3 * line <= three < 4 * line  # three whole lines, not the fourth
    view.click()
    qtbot.waitUntil(lambda: body.height() >= 4 * line)  # all of it
    assert view.text() == "view less"
    assert long_card.geometry().bottom() < long_card.parentWidget().height()  # the card grew
    view.click()
    qtbot.waitUntil(lambda: body.height() == three)
    assert view.text() == "view more"
