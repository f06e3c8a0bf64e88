"""Tracked tabs, expander and popover in a real window: a user's click reaches the script."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

TABS = """
import rerunqt as st
st.session_state.setdefault("calls", 0)
def switched():
    st.session_state.calls += 1
if st.button("Go to B"):
    st.session_state.view = "B"
a, b = st.tabs(["A", "B"], key="view", on_change=switched)
if b.open:
    b.text("only when B is open")
st.text(f"{st.session_state.view} {st.session_state.calls}")
"""


def _open(rerunqt_pilot, write_script, source: str):
    pilot = rerunqt_pilot(write_script(source))
    pilot.window.show()
    return pilot.settle()


def test_clicking_a_tracked_tab_reruns_with_its_label(rerunqt_pilot, write_script) -> None:
    pilot = _open(rerunqt_pilot, write_script, TABS)
    tabs = pilot.window.renderer.find(kind="tabs")[0].widget
    assert isinstance(tabs, QTabWidget)
    assert pilot.texts("text") == ["A 0"]
    pilot.click(label="B")
    pilot.qtbot.waitUntil(lambda: pilot.settle() and pilot.texts("text")[-1] == "B 1")
    assert "only when B is open" in pilot.texts("text")
    assert tabs.currentIndex() == 1
    pilot.click(label="A")
    pilot.qtbot.waitUntil(lambda: pilot.settle() and pilot.texts("text") == ["A 2"])
    assert tabs.currentIndex() == 0
    pilot.click(label="Go to B")  # code switches the tab: the window follows, no callback
    pilot.qtbot.waitUntil(lambda: pilot.settle() and pilot.texts("text")[-1] == "B 2")
    assert tabs.currentIndex() == 1


PANELS = """
import rerunqt as st
box = st.expander("Details", key="details", on_change="rerun")
box.checkbox("Inside", key="inside")
pop = st.popover("Menu", key="menu", on_change="rerun")
pop.text("in the menu")
st.text(f"details={box.open} menu={pop.open}")
"""


def test_opening_a_tracked_expander_and_popover_reruns(rerunqt_pilot, write_script) -> None:
    pilot = _open(rerunqt_pilot, write_script, PANELS)
    assert pilot.texts("text")[-1] == "details=False menu=False"
    pilot.click(label="Details")
    pilot.qtbot.waitUntil(lambda: pilot.settle() and pilot.window.session.state["details"])
    assert pilot.widget(key="inside").isVisible()
    pilot.click(label="Details")
    pilot.qtbot.waitUntil(lambda: pilot.settle() and not pilot.window.session.state["details"])
    assert not pilot.widget(key="inside").isVisible()
    pilot.click(label="Menu")
    pilot.qtbot.waitUntil(lambda: pilot.settle() and pilot.window.session.state["menu"])
    panel = pilot.record(label="Menu").widget.panel
    assert panel.isVisible()
    panel.hide()  # a click outside closes the popup
    pilot.qtbot.waitUntil(lambda: pilot.settle() and not pilot.window.session.state["menu"])
