"""Tab and Shift+Tab in a real window: every widget once, in page order, wrapping (issue 8).

Pressed with real key events on the focused widget, over the widget gallery: headings
and captions are not stops, a date or time field is one stop (arrows move inside it),
and after the last widget Tab wraps to the first; Shift+Tab walks the same way back.
The focused widget is scrolled into view.
"""

from __future__ import annotations

import pytest
from conftest import DEMOS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.qt


def stop_of(pilot, widget: QWidget | None):  # type: ignore[no-untyped-def]
    """The element (kind, key) whose widget holds ``widget``."""
    for record in pilot.window.renderer.find():
        if widget is not None and (record.widget is widget or record.widget.isAncestorOf(widget)):
            owner = record
    return (owner.element.kind, owner.element.key) if widget is not None else None


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_tab_visits_every_widget_once_in_page_order_and_wraps(rerunqt_pilot, qtbot) -> None:
    pilot = rerunqt_pilot(DEMOS / "widgets.py")
    chain = pilot.window.renderer.tab_chain
    assert len(chain) > 20
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    start = QApplication.focusWidget()
    cycle = [start]
    for _ in range(len(chain) + 1):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget is start:
            break
        cycle.append(widget)
    else:
        pytest.fail("Tab never came back to the first widget")
    # a range slider keeps the focus for its second handle (a stop per handle, as in a browser)
    widgets = [w for i, w in enumerate(cycle) if i == 0 or w is not cycle[i - 1]]
    assert len(set(widgets)) == len(widgets)  # each stop once, then it wraps to the first
    stops = [stop_of(pilot, w) for w in widgets]
    order = [pilot.window.renderer.find(key=key)[0] for _, key in stops]
    page = pilot.window.renderer.find()
    positions = [page.index(record) for record in order]
    assert positions == sorted(positions)  # in page order
    kinds = {kind for kind, _ in stops}
    assert not {"title", "header", "subheader", "caption", "markdown"} & kinds
    assert {"button", "checkbox", "slider", "date_input", "time_input", "data_editor"} <= kinds
    assert stops.count(("date_input", "birthday")) == 1  # one stop, not one per section
    assert stops.count(("time_input", "alarm")) == 1
    back = [start]
    for _ in range(len(cycle)):
        back.append(press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier))
    assert back == [start, *reversed(cycle[1:]), start]


def test_the_focused_widget_is_scrolled_into_view(rerunqt_pilot, qtbot) -> None:
    pilot = rerunqt_pilot(DEMOS / "widgets.py")
    window = pilot.window
    window.resize(800, 400)
    last = window.renderer.tab_chain[-1]
    window.renderer.tab_chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # wraps to the last
    assert QApplication.focusWidget() is last or last.isAncestorOf(QApplication.focusWidget())
    viewport = window.page_scroll.viewport()
    top = last.mapTo(viewport, last.rect().topLeft()).y()
    qtbot.waitUntil(lambda: 0 <= last.mapTo(viewport, last.rect().topLeft()).y() < viewport.height())
    assert top is not None



def test_a_button_disabled_by_its_own_click_lets_the_focus_go(rerunqt_pilot, write_script,
                                                              qtbot) -> None:
    """A browser blurs a focused button that becomes disabled (a game board's played cell):
    no other widget takes the focus and its focus colours. Qt gave it to the next widget."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Reset")
        played = st.session_state.setdefault("played", [])
        for cell in ("a", "b"):
            if st.button(cell, key=cell, disabled=cell in played):
                played.append(cell)
                st.rerun()
    """))
    cell = pilot.record(key="a").widget
    cell.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    pilot.click(key="a")
    qtbot.waitUntil(lambda: not pilot.record(key="a").widget.isEnabled())
    assert QApplication.focusWidget() is None
