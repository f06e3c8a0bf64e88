"""st.tabs from the keyboard in a real window: one Tab stop, arrows switch, a focus ring.

Streamlit's tab list is one stop of the page's Tab order; Left and Right then move to
another tab, and Tab goes on into the shown tab's widgets. The bar was no stop at all, so
a keyboard user could never switch tabs.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTabBar

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.text_input("Before", key="before")
one, two = st.tabs(["Tab 1", "Tab 2"])
one.button("In one", key="in_one")
two.button("In two", key="in_two")
st.button("After", key="after")
"""


def test_tab_reaches_the_bar_and_arrows_switch_tabs(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.widget(key="before").setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    bar = QApplication.focusWidget()
    assert isinstance(bar, QTabBar)
    assert bar.currentIndex() == 0
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert bar.currentIndex() == 1
    qtbot.keyClick(bar, Qt.Key.Key_Tab)  # into the shown tab, not the hidden one
    assert QApplication.focusWidget() is pilot.widget(key="in_two")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is bar
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    assert bar.currentIndex() == 0


def test_the_focused_tab_bar_shows_a_ring(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    window = pilot.window
    bar = next(w for w in window.renderer.tab_chain if isinstance(w, QTabBar))
    top_left = bar.mapTo(window, bar.rect().topLeft())
    area = QRect(top_left.x(), top_left.y(), bar.width(), bar.height())
    before = window.grab(area).toImage()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    after = window.grab(area).toImage()
    changed = 0
    for y in range(before.height()):
        for x in range(before.width()):
            p, q = QColor(before.pixel(x, y)), QColor(after.pixel(x, y))
            changed += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue()) > 60
    assert changed >= 40


def test_tabs_scrolled_out_of_view_leave_no_torn_edge(rerunqt_pilot, write_script) -> None:
    # release demo 1.26 (eight status tabs): with the last tab chosen, Qt drew its "torn"
    # edge over the first visible tab's label; Streamlit's tab list only scrolls
    from PySide6.QtWidgets import QStyle, QStyleOptionTab

    names = [f"A rather long tab name {i}" for i in range(8)]
    pilot = rerunqt_pilot(write_script(f"import rerunqt as st\nst.tabs({names!r})\n"))
    pilot.window.resize(700, 500)
    pilot.click(label=names[-1])
    bar = next(b for b in pilot.window.findChildren(QTabBar) if b.count() == 8)
    option = QStyleOptionTab()
    bar.initStyleOption(option, 0)
    for side in (QStyle.SubElement.SE_TabBarTearIndicatorLeft,
                 QStyle.SubElement.SE_TabBarTearIndicatorRight):
        assert bar.style().subElementRect(side, option, bar).width() == 0
