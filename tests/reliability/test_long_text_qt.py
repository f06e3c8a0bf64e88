"""A text_area holding one very long line opens at once (issue 16, section 3, item 4).

Laying out a line of 1M characters without a space at word boundaries took about a
minute; such text is now wrapped anywhere, which is linear. Timing is measured in
``benchmarks/long_text.py``; these tests check the mechanism, never the wall clock.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

pytestmark = pytest.mark.qt

WRAP_ANYWHERE = QTextOption.WrapMode.WrapAnywhere
WRAP_WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_long_line_without_spaces_is_wrapped_anywhere_and_held_exactly(rerunqt_pilot,
                                                                          write_script) -> None:
    script = write_script("""
        import rerunqt as st
        long = st.toggle("Long", key="long")
        if st.session_state.get("fill"):
            st.session_state.a = "x" * 20_000 + " tail" if long else "a few words"
        st.text_area("A", value="", key="a")
        st.button("Fill", key="fill")
        st.button("Elsewhere")
    """)
    pilot = rerunqt_pilot(script)
    area = pilot.widget(key="a")
    assert area.wordWrapMode() == WRAP_WORDS
    pilot.set_value(True, key="long")
    pilot.click(label="Fill")
    assert area.wordWrapMode() == WRAP_ANYWHERE
    assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert area.toPlainText() == "x" * 20_000 + " tail"
    area.setFocus()
    pilot.qtbot.waitUntil(area.hasFocus)
    pilot.click(label="Elsewhere")
    assert pilot.value(key="a") == "x" * 20_000 + " tail"
    pilot.set_value(False, key="long")
    pilot.click(label="Fill")
    assert area.wordWrapMode() == WRAP_WORDS
    assert area.toPlainText() == "a few words"


def test_a_very_long_text_keeps_its_scroll_bar_and_its_undo(rerunqt_pilot, write_script) -> None:
    script = write_script("""
        import rerunqt as st
        st.text_area("A", value="y" * 150_000, key="a")
    """)
    pilot = rerunqt_pilot(script)
    area = pilot.widget(key="a")
    assert area.wordWrapMode() == WRAP_ANYWHERE
    assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    assert area.isUndoRedoEnabled()
