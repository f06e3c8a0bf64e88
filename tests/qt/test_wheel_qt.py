"""The mouse wheel scrolls the page over any field without keyboard focus (issue 8, point 1).

A focused field may take the wheel, as native forms do; an unfocused one must not change
(no value change, no rerun) and the page must scroll instead.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from rerunqt.testing.pilot_gestures import focus

pytestmark = pytest.mark.qt

SCRIPT = """
import datetime as dt
import rerunqt as st
for i in range(20):
    st.text(f'above {i}')
st.number_input('Number', 0, 100, 50, key='number')
st.number_input('Float', value=0.5, step=0.1, key='float')
st.date_input('Date', dt.date(2024, 5, 17), key='date')
st.date_input('Range', (dt.date(2024, 5, 1), dt.date(2024, 5, 9)), key='range')
st.time_input('Time', dt.time(12, 0), key='time')
st.slider('Slider', 0, 100, 40, key='slider')
st.slider('Span', 0, 100, (20, 60), key='span')
st.select_slider('Colour', ['red', 'green', 'blue'], value='green', key='colour')
st.selectbox('Pick', ['a', 'b', 'c'], index=1, key='pick')
st.multiselect('Many', ['x', 'y', 'z'], default=['y'], key='many')
st.radio('Radio', ['p', 'q', 'r'], index=1, key='radio')
st.toggle('Toggle', key='toggle')
st.checkbox('Check', key='check')
for i in range(40):
    st.text(f'below {i}')
"""

KEYS = ["number", "float", "date", "range", "time", "slider", "span", "colour", "pick", "many",
        "radio", "toggle", "check"]


def _should_focus(widget: QWidget) -> bool:
    """QApplicationPrivate::shouldSetFocus for the wheel: WheelFocus on it and its proxy."""
    wheel_focus = Qt.FocusPolicy.WheelFocus.value
    proxy = widget
    while proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return all(w.focusPolicy().value & wheel_focus == wheel_focus for w in (widget, proxy))


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One real mouse-wheel turn over ``widget``'s centre (negative: towards the user).

    Qt has no test helper for the wheel, and a QWheelEvent sent by hand is not spontaneous,
    so Qt would neither focus by policy nor propagate it. This does what
    QApplication::notify does for a real one: the deepest widget under the point, focus
    for a WheelFocus widget, then the event to that widget and on to each parent until
    one accepts it.
    """
    centre = widget.rect().center()
    receiver = widget.childAt(centre) or widget
    point = QPointF(receiver.mapFrom(widget, centre))
    global_point = QPointF(widget.mapToGlobal(centre))
    target: QWidget | None = receiver
    local = QPointF(point)
    while target is not None:
        if (target.isEnabled() and target.rect().contains(local.toPoint())
                and _should_focus(target)):
            target.setFocus(Qt.FocusReason.MouseFocusReason)
            break
        if target.isWindow():
            break
        local += QPointF(target.pos())
        target = target.parentWidget()
    target, local = receiver, QPointF(point)
    while target is not None:
        event = QWheelEvent(local, global_point, QPoint(), QPoint(0, 120 * notches),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        event.setAccepted(True)
        handled = QApplication.sendEvent(target, event)
        if handled and event.isAccepted():
            break
        if target.isWindow():
            break
        local += QPointF(target.pos())
        target = target.parentWidget()
    QApplication.processEvents()


@pytest.fixture
def pilot(rerunqt_pilot: Any, write_script: Any) -> Any:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(600, 500)
    pilot.settle()
    return pilot


def _field(pilot: Any, key: str) -> QWidget:
    """The input a user points at (a date range's first date rather than the pair)."""
    widget = pilot.widget(key)
    return getattr(widget, "start", widget)


def _centre_on(pilot: Any, widget: QWidget) -> int:
    """Scroll so ``widget`` is in the middle of the page; the scroll bar's value."""
    scroll = pilot.window.page_scroll
    bar = scroll.verticalScrollBar()
    middle = widget.mapTo(scroll.widget(), widget.rect().center()).y()
    bar.setValue(middle - scroll.viewport().height() // 2)
    QApplication.processEvents()
    assert 0 < bar.value() < bar.maximum()
    return int(bar.value())


@pytest.mark.parametrize("key", KEYS)
def test_wheel_over_an_unfocused_field_scrolls_the_page(pilot: Any, key: str) -> None:
    widget = _field(pilot, key)
    pilot.window.setFocus()  # nothing on the page has focus
    before_value, before_runs = pilot.value(key), pilot.window.session.run_count
    top = _centre_on(pilot, widget)
    wheel(widget)
    pilot.settle()
    assert pilot.value(key) == before_value
    assert pilot.window.session.run_count == before_runs
    assert pilot.window.page_scroll.verticalScrollBar().value() > top
    assert not widget.hasFocus()


@pytest.mark.parametrize("key", KEYS)
def test_wheel_up_over_an_unfocused_field_scrolls_the_page_up(pilot: Any, key: str) -> None:
    widget = _field(pilot, key)
    top = _centre_on(pilot, widget)
    before_value = pilot.value(key)
    wheel(widget, notches=1)
    pilot.settle()
    assert pilot.value(key) == before_value
    assert pilot.window.page_scroll.verticalScrollBar().value() < top


@pytest.mark.parametrize(("key", "changed"), [
    ("number", 49), ("float", pytest.approx(0.4)), ("time", None), ("pick", "c"),
])
def test_a_focused_field_takes_the_wheel(pilot: Any, key: str, changed: Any) -> None:
    widget = pilot.widget(key)
    before = pilot.value(key)
    top = _centre_on(pilot, widget)
    focus(pilot, widget)
    wheel(widget)
    pilot.settle()
    after = pilot.value(key)
    assert after != before
    if changed is not None:
        assert after == changed
    assert pilot.window.page_scroll.verticalScrollBar().value() == top
