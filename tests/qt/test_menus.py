"""The menu bar (App, View, Help) and shortcuts, driven by real Qt events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolBar

import rerunqt
from rerunqt.qt.app import apply_theme

pytestmark = pytest.mark.qt

COUNTER = """
import rerunqt as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
st.text_input("Name", key="name")
st.text(f"runs {st.session_state.n}")
"""


@pytest.fixture(autouse=True)
def restore_theme():
    """View > Theme and Zoom restyle the shared QApplication: put the light theme back."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", force=True)


def menu(window, title: str):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r}")


def texts(window, title: str) -> list[str]:
    return [a.text() for a in menu(window, title).actions() if not a.isSeparator()]


def active(pilot, qtbot):
    pilot.window.activateWindow()
    qtbot.waitActive(pilot.window)
    return pilot.window


def test_menu_bar_has_app_view_and_help(rerunqt_pilot, write_script) -> None:
    window = rerunqt_pilot(write_script(COUNTER)).window
    assert texts(window, "App") == ["Rerun", "Stop", "Always rerun", "Clear cache",
                                    "Clear session state", "Quit"]
    assert "Full screen" in texts(window, "View") and "Zoom in" in texts(window, "View")
    assert menu(window, "Help").menuAction().isVisible()  # About is always there
    assert texts(window, "Help") == ["About rerunqt"]
    # the toolbar and the menu share one action
    toolbar = window.findChild(QToolBar, "rqToolbar")
    assert window.rerun_action in toolbar.actions()
    assert window.rerun_action in menu(window, "App").actions()


def test_shortcuts_are_set_and_live_on_the_window(rerunqt_pilot, write_script) -> None:
    window = rerunqt_pilot(write_script(COUNTER)).window
    expected = {window.rerun_action: ["Ctrl+R", "F5"], window.stop_action: ["Ctrl+."],
                window.quit_action: ["Ctrl+Q"], window.menus.zoom_in_action: ["Ctrl+=", "Ctrl++"],
                window.menus.zoom_out_action: ["Ctrl+-"], window.menus.zoom_reset_action: ["Ctrl+0"],
                window.menus.full_screen_action: ["F11"]}
    for action, keys in expected.items():
        assert [s.toString() for s in action.shortcuts()] == keys
        assert action in window.actions(), action.text()


def test_right_click_cannot_hide_the_toolbar(rerunqt_pilot, write_script, qtbot) -> None:
    window = rerunqt_pilot(write_script(COUNTER)).window
    toolbar = window.findChild(QToolBar, "rqToolbar")
    popups: list[object] = []

    def close_popup() -> None:  # a context menu's exec() would block the test
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popups.append(popup)
            popup.close()

    QTimer.singleShot(100, close_popup)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                              toolbar.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(toolbar, event)
    qtbot.wait(150)
    assert popups == []
    assert not toolbar.toggleViewAction().isVisible()
    assert toolbar.isVisible()


def test_ctrl_r_and_f5_rerun_with_the_toolbar_hidden(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(COUNTER))
    window = active(pilot, qtbot)
    window.findChild(QToolBar, "rqToolbar").hide()
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    pilot.settle()
    assert window.session.state["n"] == 2
    QTest.keyClick(window, Qt.Key.Key_F5)
    pilot.settle()
    assert window.session.state["n"] == 3


def test_a_bare_r_reruns_but_types_an_r_in_a_field(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's "R" hotkey: a rerun, except while the focus takes typing."""
    pilot = rerunqt_pilot(write_script(COUNTER))
    window = active(pilot, qtbot)
    QTest.keyClick(window, Qt.Key.Key_R)
    pilot.settle()
    assert window.session.state["n"] == 2
    field = pilot.widget(key="name")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_R)
    pilot.settle()
    assert field.text() == "r" and window.session.state["n"] == 2


def test_ctrl_period_stops_a_slow_run(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import time
import rerunqt as st
st.text("top")
if st.button("slow"):
    for _ in range(500):
        time.sleep(0.01)
        st.session_state.get("x")  # a yield point: Stop lands here
    st.text("after")
"""))
    window = active(pilot, qtbot)
    pilot.widget(label="slow").click()
    qtbot.waitUntil(window.stop_action.isEnabled, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert window.is_stopping
    pilot.settle()
    assert pilot.texts("text") == ["top"]


def test_clear_session_state_forgets_values_and_reruns(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(COUNTER))
    pilot.type("Ada", key="name")
    pilot.settle()
    assert pilot.window.session.state["n"] > 1 and pilot.window.session.state["name"] == "Ada"
    pilot.window.menus.clear_state_action.trigger()
    pilot.settle()
    assert pilot.window.session.state["n"] == 1  # counted from scratch: the run after the clear
    assert pilot.window.session.state["name"] == ""
    assert pilot.widget(key="name").text() == ""


def test_theme_switches_live(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(COUNTER))
    app = QApplication.instance()
    light_window = app.palette().color(app.palette().ColorRole.Window)
    pilot.window.menus.theme_actions["dark"].trigger()
    assert "#0e1117" in app.styleSheet()
    assert app.palette().color(app.palette().ColorRole.Window).name() == "#0e1117"
    pilot.window.menus.theme_actions["light"].trigger()
    assert "#0e1117" not in app.styleSheet()
    assert app.palette().color(app.palette().ColorRole.Window) == light_window
    pilot.window.menus.theme_actions["system"].trigger()
    assert pilot.window.menus.theme_actions["system"].isChecked()
    assert pilot.window.menus.effective_theme() in ("light", "dark")


def test_follows_the_system_colour_scheme_by_default_and_live(rerunqt_pilot, write_script,
                                                             monkeypatch) -> None:
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script(COUNTER))  # no theme.base in the config
    menus, app = pilot.window.menus, QApplication.instance()
    assert menus.theme_actions["system"].isChecked()
    hints = app.styleHints()
    # The offscreen platform cannot switch its scheme: send the signal the OS would.
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.palette().color(app.palette().ColorRole.Window).name() == "#0e1117"
    assert "#0e1117" in app.styleSheet()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert "#0e1117" not in app.styleSheet()
    menus.theme_actions["light"].trigger()  # a chosen theme stays, whatever the OS says
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert "#0e1117" not in app.styleSheet()


def test_theme_base_forces_a_theme(rerunqt_pilot, write_script) -> None:
    from conftest import script_with_config

    path = write_script(COUNTER)
    script_with_config(path.parent, '[theme]\nbase = "dark"\n', COUNTER)
    pilot = rerunqt_pilot(path.parent / "app.py")
    assert pilot.window.menus.theme_actions["dark"].isChecked()


def test_zoom_keys_scale_the_page_font(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(COUNTER))
    window = active(pilot, qtbot)
    label = pilot.record(kind="text").widget
    if not isinstance(label, QLabel):
        label = label.findChild(QLabel) or label
    size = label.font().pixelSize()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.menus.zoom == pytest.approx(1.1)
    assert label.font().pixelSize() > size
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert label.font().pixelSize() < size
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.menus.zoom == 1.0 and label.font().pixelSize() == size


def test_f11_toggles_full_screen(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(COUNTER))
    window = active(pilot, qtbot)
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_about_names_the_version(rerunqt_pilot, write_script) -> None:
    window = rerunqt_pilot(write_script(COUNTER)).window
    window.menus.about_action.trigger()
    box = window.menus.about_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert rerunqt.__version__ in box.text()
    box.close()


def test_ctrl_q_closes_the_window(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(COUNTER))
    window = active(pilot, qtbot)
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_clear_during_a_click_run_waits_for_it_then_clears_on_the_script_thread(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import threading
import time
import rerunqt as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
st.session_state.thread = threading.current_thread().name
if st.button("slow"):
    for _ in range(80):
        time.sleep(0.01)
        st.session_state.get("x")  # like Rerun, Clear does not cut a click's run
"""))
    window = pilot.window
    pilot.widget(label="slow").click()
    qtbot.waitUntil(window.stop_action.isEnabled, timeout=3000)  # the slow run is under way
    window.menus.clear_state_action.trigger()
    assert window.session.running  # nothing was cleared under the running script
    pilot.settle()
    assert window.session.state["n"] == 1
    assert window.session.state["thread"] == "rerunqt-script"


def test_menus_are_in_the_usual_order(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.text('x')\n"))
    titles = [a.text() for a in pilot.window.menuBar().actions() if a.isVisible()]
    assert titles == ["&App", "&View", "&Help"]
