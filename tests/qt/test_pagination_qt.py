"""st.pagination in a real window: page buttons, arrows, and keys on one Tab stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
page = st.pagination(20, key="page")
st.write(f"{page}")
"""


def test_clicks_and_keys_change_the_page(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    bar = pilot.widget(key="page")
    assert sorted(bar.buttons) == [1, 2, 3, 4, 5, 6, 20] and not bar.prev.isEnabled()
    qtbot.mouseClick(bar.buttons[20], Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.texts("markdown") == ["20"] and not bar.next.isEnabled()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    pilot.settle()
    assert pilot.texts("markdown") == ["19"]
    qtbot.keyClick(bar, Qt.Key.Key_Home)
    pilot.settle()
    assert pilot.window.session.state["page"] == 1
    pilot.set_value(3, key="page")
    assert pilot.texts("markdown") == ["3"]


def test_page_buttons_are_compact_and_fit_their_number(rerunqt_pilot, write_script) -> None:
    """Not Qt's 80 px push buttons: about square, as Streamlit's, and the number fits."""
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.pagination(2000, key='page')"))
    bar = pilot.widget(key="page")
    for button in [bar.prev, bar.next, *bar.buttons.values()]:
        assert 32 <= button.width() <= 56, (button.text(), button.width())
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    assert bar.width() < 11 * 56
