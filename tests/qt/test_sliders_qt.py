"""st.slider / st.select_slider on real Qt widgets: one run per gesture, keyboard, range handles."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QSlider, QStyle, QStyleOptionSlider

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
def to_nine():
    st.session_state.n = 9
n = st.slider('N', 0, 100, 10, key='n')
f = st.slider('F', 0.0, 1.0, 0.5, key='f')
r = st.slider('R', 0, 100, (20, 60), key='r')
c = st.select_slider('C', ['red', 'orange', 'yellow', 'green', 'blue'], value='yellow', key='c')
st.button('nine', on_click=to_nine)
st.text(repr((n, f, r, c)))
"""


@pytest.fixture
def pilot(rerunqt_pilot, write_script) -> Any:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(600, 700)
    pilot.settle()
    QApplication.processEvents()
    return pilot


def runs(pilot: Any) -> int:
    return pilot.window.session.run_count


def handle_x(slider: QSlider, value: int) -> int:
    """The x of the handle's centre when the slider shows ``value``."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    span = slider.width() - handle.width()
    offset = QStyle.sliderPositionFromValue(slider.minimum(), slider.maximum(), value, span)
    return offset + handle.width() // 2


def drag(qtbot: Any, widget: Any, start: QPoint, end: QPoint, steps: int = 12) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * i // steps
        qtbot.mouseMove(widget, QPoint(x, end.y()))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def focus(qtbot: Any, pilot: Any, widget: Any) -> None:
    pilot.window.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def value_text(pilot: Any, key: str) -> str:
    return pilot.record(key=key).widget.body.value_label.text()


# --------------------------------------------------------------------------------------
# the single slider
# --------------------------------------------------------------------------------------


def test_a_drag_is_one_run_with_the_value_under_the_mouse(pilot, qtbot) -> None:
    slider = pilot.widget(key="n")
    assert isinstance(slider, QSlider)
    before = runs(pilot)
    y = slider.height() // 2
    start, end = QPoint(handle_x(slider, 10), y), QPoint(handle_x(slider, 70), y)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for x in range(start.x(), end.x() + 1, 3):  # pixel by pixel
        qtbot.mouseMove(slider, QPoint(x, y))
    QApplication.processEvents()
    assert runs(pilot) == before  # nothing is sent while dragging...
    assert value_text(pilot, "n") == "70"  # ...but the value above the handle follows
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=end)
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["n"] == 70
    assert pilot.texts("text") == ["(70, 0.5, (20, 60), 'yellow')"]


def test_a_click_on_the_track_jumps_there_in_one_run(pilot, qtbot) -> None:
    slider = pilot.widget(key="n")
    before = runs(pilot)
    point = QPoint(handle_x(slider, 40), slider.height() // 2)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=point)
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["n"] == 40


def test_a_drag_that_starts_on_the_track_is_one_run(pilot, qtbot) -> None:
    slider = pilot.widget(key="n")
    before = runs(pilot)
    y = slider.height() // 2
    drag(qtbot, slider, QPoint(handle_x(slider, 30), y), QPoint(handle_x(slider, 50), y))
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["n"] == 50


def test_a_float_slider_sends_rounded_steps(pilot, qtbot) -> None:
    slider = pilot.widget(key="f")
    y = slider.height() // 2
    drag(qtbot, slider, QPoint(handle_x(slider, 50), y), QPoint(handle_x(slider, 70), y))
    pilot.settle()
    assert pilot.window.session.state["f"] == 0.7
    assert value_text(pilot, "f") == "0.70"


def test_keys_commit_one_step_each(pilot, qtbot) -> None:
    slider = pilot.widget(key="n")
    focus(qtbot, pilot, slider)
    expected = [(Qt.Key.Key_Right, 11), (Qt.Key.Key_Left, 10), (Qt.Key.Key_PageUp, 20),
                (Qt.Key.Key_End, 100), (Qt.Key.Key_Home, 0)]
    for key, value in expected:
        before = runs(pilot)
        qtbot.keyClick(slider, key)
        pilot.settle()
        assert runs(pilot) == before + 1, key
        assert pilot.window.session.state["n"] == value
        assert slider.value() == value and value_text(pilot, "n") == str(value)


def test_the_wheel_does_not_change_a_slider(pilot, qtbot) -> None:
    slider = pilot.widget(key="n")
    before = runs(pilot)
    centre = QPointF(slider.rect().center())
    event = QWheelEvent(centre, slider.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(slider, event)
    pilot.settle()
    assert runs(pilot) == before and slider.value() == 10


def test_a_value_set_by_code_shows_in_place(pilot) -> None:
    field = pilot.record(key="n").widget
    slider = pilot.widget(key="n")
    pilot.click(label="nine")
    assert pilot.window.session.state["n"] == 9
    assert slider.value() == 9 and value_text(pilot, "n") == "9"
    assert pilot.record(key="n").widget is field and pilot.widget(key="n") is slider


def test_a_value_between_steps_shows_as_it_is(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.slider('S', 0, 100, 7, step=5, key='s')"))
    assert value_text(pilot, "s") == "7" and pilot.widget(key="s").value() == 1
    pilot.window.resize(pilot.window.width() + 80, pilot.window.height())
    QApplication.processEvents()
    assert value_text(pilot, "s") == "7"


def test_min_and_max_captions(pilot) -> None:
    field = pilot.record(key="c").widget
    assert (field.min_caption.text(), field.max_caption.text()) == ("red", "blue")
    field = pilot.record(key="f").widget
    assert (field.min_caption.text(), field.max_caption.text()) == ("0.00", "1.00")


def test_long_captions_in_a_narrow_column_are_cut_short_not_overlapped(rerunqt_pilot,
                                                                      write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nimport datetime as dt\na, b, c = st.columns(3)\n"
        "a.slider('When', value=dt.datetime(2024, 1, 1, 9, 30), format='MM/DD/YY - hh:mm', key='w')\n"))
    pilot.window.resize(700, 500)
    pilot.settle()
    QApplication.processEvents()
    field = pilot.record(key="w").widget
    low, high = field.min_caption, field.max_caption
    assert low.geometry().right() < high.geometry().left()  # side by side, never on top
    for caption in (low, high):
        assert caption.fontMetrics().horizontalAdvance(caption.text()) <= caption.width()
        assert caption.text().endswith("\u2026") and caption.toolTip() == caption.full
    pilot.window.resize(1400, 500)  # room again: the whole text, no tooltip
    pilot.settle()
    QApplication.processEvents()
    assert low.text() == low.full == "12/18/23 - 09:30" and low.toolTip() == ""


# --------------------------------------------------------------------------------------
# select_slider
# --------------------------------------------------------------------------------------


def test_select_slider_keys_and_drag(pilot, qtbot) -> None:
    slider = pilot.widget(key="c")
    focus(qtbot, pilot, slider)
    before = runs(pilot)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    pilot.settle()
    assert runs(pilot) == before + 1 and pilot.window.session.state["c"] == "green"
    y = slider.height() // 2
    drag(qtbot, slider, QPoint(handle_x(slider, 3), y), QPoint(handle_x(slider, 0), y))
    pilot.settle()
    assert runs(pilot) == before + 2 and pilot.window.session.state["c"] == "red"
    assert value_text(pilot, "c") == "red"


# --------------------------------------------------------------------------------------
# the range slider
# --------------------------------------------------------------------------------------


def handle_point(rng: Any, position: int) -> QPoint:
    return QPoint(round(rng.x_of(position)), round(rng._track_y()))


def test_range_drag_moves_the_nearest_handle_in_one_run(pilot, qtbot) -> None:
    rng = pilot.widget(key="r")
    before = runs(pilot)
    drag(qtbot, rng, handle_point(rng, 60), handle_point(rng, 80))
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["r"] == (20, 80)
    drag(qtbot, rng, handle_point(rng, 22), handle_point(rng, 5))  # press near the lower one
    pilot.settle()
    assert runs(pilot) == before + 2
    assert pilot.window.session.state["r"] == (5, 80)


def test_range_handles_never_cross(pilot, qtbot) -> None:
    rng = pilot.widget(key="r")
    before = runs(pilot)
    qtbot.mousePress(rng, Qt.MouseButton.LeftButton, pos=handle_point(rng, 20))
    for position in range(20, 101, 5):
        qtbot.mouseMove(rng, handle_point(rng, position))
        assert rng.positions[0] <= rng.positions[1] == 60
    QApplication.processEvents()
    assert runs(pilot) == before  # still dragging: nothing sent
    qtbot.mouseRelease(rng, Qt.MouseButton.LeftButton, pos=handle_point(rng, 100))
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["r"] == (60, 60)


def test_range_keyboard_tab_moves_between_handles(pilot, qtbot) -> None:
    rng = pilot.widget(key="r")
    pilot.window.activateWindow()
    rng.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(rng.hasFocus, timeout=2000)
    assert rng.focused == 0
    steps = [
        (Qt.Key.Key_Right, (21, 60)),
        (Qt.Key.Key_Tab, None),  # to the upper handle, still inside the slider
        (Qt.Key.Key_Left, (21, 59)),
        (Qt.Key.Key_End, (21, 100)),
        (Qt.Key.Key_Backtab, None),
        (Qt.Key.Key_Home, (0, 100)),
        (Qt.Key.Key_PageUp, (10, 100)),
    ]
    for key, expected in steps:
        before = runs(pilot)
        qtbot.keyClick(rng, key)
        pilot.settle()
        assert rng.hasFocus()
        if expected is None:
            assert runs(pilot) == before
        else:
            assert runs(pilot) == before + 1, key
            assert pilot.window.session.state["r"] == expected
    assert rng.focused == 0


def test_range_lower_handle_stops_at_the_upper_one_by_keyboard(pilot, qtbot) -> None:
    rng = pilot.widget(key="r")
    focus(qtbot, pilot, rng)
    rng.focused = 0
    qtbot.keyClick(rng, Qt.Key.Key_End)
    pilot.settle()
    assert pilot.window.session.state["r"] == (60, 60)
    before = runs(pilot)
    qtbot.keyClick(rng, Qt.Key.Key_Right)  # no room: nothing changes, nothing is sent
    pilot.settle()
    assert runs(pilot) == before


def test_switching_a_keyed_slider_between_single_and_range(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        """
        import rerunqt as st
        wide = st.checkbox('range', key='wide')
        v = st.slider('S', 0, 10, (2, 5) if wide else 3, key='s')
        st.text(repr(v))
        """
    ))
    field = pilot.record(key="s").widget
    assert isinstance(pilot.widget(key="s"), QSlider)
    pilot.set_value(True, key="wide")
    assert pilot.texts("text") == ["(2, 5)"]
    assert pilot.record(key="s").widget is field
    assert type(pilot.widget(key="s")).__name__ == "_RangeSlider"
    assert pilot.widget(key="s").positions == [2, 5]


def test_screenshot(pilot) -> None:
    pilot.settle()
    QApplication.processEvents()
    image = pilot.window.grab()
    assert not image.isNull()
    image.save("/tmp/sliders.png")


def test_inside_a_form_a_slider_waits_for_submit(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(
        """
        import rerunqt as st
        with st.form('f'):
            v = st.slider('S', 0, 10, 3, key='s')
            r = st.slider('R', 0, 10, (2, 4), key='r')
            st.form_submit_button('Go')
        st.text(repr((v, r)))
        """
    ))
    slider, rng = pilot.widget(key="s"), pilot.widget(key="r")
    focus(qtbot, pilot, slider)
    before = runs(pilot)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    focus(qtbot, pilot, rng)
    qtbot.keyClick(rng, Qt.Key.Key_Left)
    pilot.settle()
    assert runs(pilot) == before
    pilot.click(label="Go")
    assert runs(pilot) == before + 1
    assert pilot.texts("text") == ["(4, (1, 4))"]


def test_a_one_element_list_slider_sends_a_one_tuple(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.slider('S', 0, 10, [4], key='s')"))
    slider = pilot.widget(key="s")
    assert isinstance(slider, QSlider) and slider.value() == 4
    focus(qtbot, pilot, slider)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    pilot.settle()
    assert pilot.window.session.state["s"] == (5,)
