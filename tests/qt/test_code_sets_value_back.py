"""Bug N3: code that sets a widget back to the value the last run showed must be shown.

The user moves a slider to 7; in the same run code puts it back to 3, the value the
previous run showed. The element's value prop is then unchanged versus the previous
element, so an adapter that only pushes a *changed* prop kept showing 7 while state
held 3.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt

CLAMPED = """
import rerunqt as st
def clamp(key, back):
    st.session_state[key] = back
st.slider("N", 0, 10, 3, key="n", on_change=clamp, args=("n", 3))
st.select_slider("C", ["a", "b", "c", "d"], value="b", key="c", on_change=clamp, args=("c", "b"))
st.slider("R", 0, 10, (2, 5), key="r", on_change=clamp, args=("r", (2, 5)))
st.number_input("X", 0, 10, 3, key="x", on_change=clamp, args=("x", 3))
st.text_input("T", "abc", key="t", on_change=clamp, args=("t", "abc"))
st.checkbox("B", key="b", on_change=clamp, args=("b", False))
st.selectbox("S", ["a", "b", "c"], key="s", on_change=clamp, args=("s", "a"))
st.radio("O", ["a", "b", "c"], key="o", on_change=clamp, args=("o", "a"))
st.multiselect("M", ["a", "b", "c"], ["a"], key="m", on_change=clamp, args=("m", ["a"]))
"""


def _shown(pilot, key):
    """What the widget shows, as the script would see it."""
    record = pilot.record(key=key)
    widget = record.adapter.probe(record.widget)
    kind = record.element.kind
    field = record.widget
    if kind in ("slider", "select_slider"):
        scale = field.scale
        body = field.body
        if hasattr(body, "positions"):
            return tuple(scale.value(p) for p in body.positions)
        return scale.value(body.slider.value())
    if kind == "number_input":
        return widget.python_value()
    if kind == "text_input":
        return widget.text()
    if kind == "checkbox":
        return widget.isChecked()
    if kind == "selectbox":
        return widget.currentText()
    if kind == "radio":
        return widget.group.checkedId()
    if kind == "multiselect":
        return tuple(widget.selected)
    raise AssertionError(kind)


@pytest.mark.parametrize("key, moved, back, shown_back", [
    ("n", 7, 3, 3),
    ("c", "d", "b", 1),
    ("r", (4, 9), (2, 5), (2, 5)),
    ("x", 7, 3, 3),
    ("t", "xyz", "abc", "abc"),
    ("b", True, False, False),
    ("s", "c", "a", "a"),
    ("o", "c", "a", 0),
    ("m", ["a", "c"], ["a"], (0,)),
])
def test_a_callback_that_sets_the_previous_value_back_is_shown(
        rerunqt_pilot, write_script, key, moved, back, shown_back) -> None:
    pilot = rerunqt_pilot(write_script(CLAMPED))
    pilot.window.resize(600, 900)
    pilot.settle()
    pilot.set_value(moved, key=key)
    assert pilot.window.session.state[key] == back
    assert _shown(pilot, key) == shown_back


def test_drag_then_a_button_that_resets_in_the_same_run(rerunqt_pilot, write_script, qtbot) -> None:
    """The drag and the click coalesce into one run whose button callback puts 3 back."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def reset():
            st.session_state.n = 3
        st.slider("N", 0, 10, 3, key="n")
        st.button("reset", on_click=reset)
    """))
    slider = pilot.widget(key="n")
    with pilot.window.session.requests.hold():
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_End)  # the user moves it to 10
        pilot.widget(label="reset").click()
        QApplication.processEvents()
    pilot.settle()
    assert pilot.window.session.state["n"] == 3
    assert slider.value() == 3


def test_a_checkbox_its_own_change_disables_shows_the_old_value(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 drops the new value of a widget drawn disabled in the run of its change;
    the window must show the box unchecked again, not the tick the user just made."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.session_state.setdefault("locked", False)
        def lock():
            st.session_state.locked = True
        st.checkbox("Agree", key="agree", disabled=st.session_state.locked, on_change=lock)
    """))
    pilot.settle()
    pilot.set_value(True, key="agree")
    box = pilot.record(key="agree").adapter.probe(pilot.record(key="agree").widget)
    assert pilot.window.session.state["agree"] is False
    assert not box.isChecked() and not box.isEnabled()
