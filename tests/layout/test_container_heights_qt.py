"""A pixel ``height`` on st.container in a real window, as Streamlit 1.67 sizes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea


@pytest.mark.qt
def test_a_bordered_box_lower_than_its_padding_shows_no_scroll_bar(rerunqt_pilot, write_script,
                                                                   qtbot) -> None:
    """Streamlit's st_layouts_container_alignment draws st.container(border=True, height=25):
    its padding makes the box a little taller (box-sizing: border-box) and, empty, nothing
    scrolls; here its padding overflowed the 25 px and a scroll bar filled the box."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.container(horizontal=True, border=True):
    st.container(border=True, height=70)
    st.container(border=True, height=25, key="low")
"""))
    pilot.window.resize(900, 600)
    pilot.settle()
    low = pilot.record(key="low").widget
    scroller = low.findChild(QScrollArea)
    qtbot.waitUntil(lambda: low.height() >= 32 and scroller.viewport().height() >= 32)
    assert not scroller.verticalScrollBar().isVisible()
