"""A word longer than its line breaks onto the next, as Streamlit's Markdown does
(``overflow-wrap: break-word``): Qt's word wrap kept it whole, so one such word made its
label, and the page with it, wider than the window (st.error("A" + 100 * "H") in
Streamlit's alert test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea

pytestmark = pytest.mark.qt

LONG = "A" + 100 * "H"


@pytest.mark.parametrize("call", [f"st.error('{LONG}')", f"st.write('{LONG}')",
                                  f"st.markdown('**{LONG}** `code`')", f"st.caption('{LONG}')"])
def test_a_long_word_wraps_inside_the_window(rerunqt_pilot, write_script, call: str) -> None:
    pilot = rerunqt_pilot(write_script(f"import rerunqt as st\n{call}\nst.text('after')\n"))
    pilot.window.resize(600, 500)
    pilot.settle()
    area = pilot.window.findChild(QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0  # the page is no wider than the window


def test_a_broken_word_copies_without_its_break_points(qapp) -> None:
    from rerunqt.qt.adapters.wrap_label import WrapLabel

    label = WrapLabel(markdown=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.resize(200, 50)
    label.set_text(LONG)
    assert label.height() > 2 * label.fontMetrics().height()  # broken over lines
    label.setSelection(0, len(label.text()))
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    QTest.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == LONG


SIDEBAR = """
import rerunqt as st
with st.sidebar:
    st.title("🗓️ #30DaysOfStreamlitAndMore")
    st.write("Build a draggable and resizable dashboard with Streamlit Elements.")
    st.text_input("Media URL", value="https://www.youtube.com/watch?v=vIQQR_yq-8I", key="url")
st.write("page")
"""


def test_a_heading_s_long_word_never_widens_the_sidebar(rerunqt_pilot, write_script) -> None:
    """A heading's word wider than its column is cut at the column's edge, as a page's box
    lets it overflow; its minimum width made the sidebar's whole column wider than the
    panel, so every element in it was cut (30 Days of Streamlit, day 27)."""
    pilot = rerunqt_pilot(write_script(SIDEBAR))
    panel = pilot.window.sidebar
    pilot.qtbot.waitUntil(panel.isVisible)
    viewport = panel.viewport().width()
    assert panel.widget().width() <= viewport
    field = pilot.widget(key="url")
    assert field.mapTo(panel.viewport(), field.rect().topRight()).x() <= viewport


def test_a_value_too_long_for_its_field_shows_from_its_start(rerunqt_pilot, write_script) -> None:
    """A browser shows a text input's long value from its start; Qt showed its end."""
    pilot = rerunqt_pilot(write_script(SIDEBAR))
    field = pilot.widget(key="url")
    assert not field.hasFocus()
    assert field.cursorPosition() == 0
