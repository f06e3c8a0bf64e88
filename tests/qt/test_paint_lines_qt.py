"""Checkbox, radio and button labels: a wrapped label is painted on its lines, and a
one-line label is painted by Qt alone (no Python paintEvent, which needs the GIL the
script thread holds while it runs: the click's repaint used to wait for the run)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton

LONG = "Clear the whole data log and start again from the very beginning"

SCRIPT = f"""
import rerunqt as st
with st.sidebar:
    st.checkbox({LONG!r}, key="long")
    st.button({LONG!r}, key="go")
    st.radio("Pick", [{LONG!r}, "B"], key="pick")
st.checkbox("Short", key="short")
"""

QT_PAINT = {QCheckBox: QCheckBox.paintEvent, QPushButton: QPushButton.paintEvent,
            QRadioButton: QRadioButton.paintEvent}


def _qt_paints(widget) -> bool:  # type: ignore[no-untyped-def]
    """Whether Qt's own paintEvent paints ``widget`` (no Python override in its class)."""
    return any(isinstance(widget, base) and type(widget).paintEvent is paint
               for base, paint in QT_PAINT.items())


def _text_bands(widget) -> int:  # type: ignore[no-untyped-def]
    """How many separate bands of rows hold dark text pixels, right of the indicator."""
    image = widget.grab().toImage()
    left = min(40, image.width() // 3)
    rows = []
    for y in range(image.height()):
        rows.append(any(QColor(image.pixel(x, y)).lightness() < 110
                        for x in range(left, image.width() - 4, 2)))
    return sum(1 for y, inked in enumerate(rows) if inked and (y == 0 or not rows[y - 1]))


@pytest.mark.qt
def test_wrapped_labels_paint_lines_and_one_line_labels_paint_in_qt(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(1100, 500)
    pilot.settle()
    check = pilot.record(key="long").widget
    option = pilot.record(key="pick").widget.findChildren(QRadioButton)[0]
    short = pilot.record(key="short").widget
    for widget in (check, option):
        qtbot.waitUntil(lambda w=widget: w.wrapped)
        assert not _qt_paints(widget)  # its lines are drawn by rerunqt
        assert isinstance(widget, QCheckBox | QRadioButton)
        assert _text_bands(widget) >= 2  # text on two lines or more, not one cut line
    button = pilot.record(key="go").widget
    qtbot.waitUntil(lambda: button.wrapped)
    for widget in (check, option, button):  # Qt re-polishes a widget whose class changed:
        widget.ensurePolished()  # the style sheet's min-height once undid a wrapped height
    qtbot.wait(50)
    for widget in (check, option, button):
        assert widget.height() > widget.one_line_height()  # room for its lines
    assert not _qt_paints(button) and _text_bands(button) >= 2
    assert _qt_paints(short) and not short.wrapped
    assert short.metaObject().className() == check.metaObject().className()  # one style

    pilot.click(key="short")  # still the same widget, still painted by Qt
    assert pilot.record(key="short").widget is short and short.isChecked() and _qt_paints(short)

    pilot.window.sidebar.setFixedWidth(900)  # room for the whole label: one line again
    pilot.window.resize(1800, 500)
    qtbot.waitUntil(lambda: not check.wrapped)
    assert _qt_paints(check) and _text_bands(check) == 1


@pytest.mark.qt
def test_a_label_that_starts_to_wrap_keeps_its_height_through_qts_polish(
        rerunqt_pilot, write_script, qtbot) -> None:
    """The class change that gives a wrapped label its painter makes Qt polish the widget
    again, and the style sheet's min-height then undid the height for the lines."""
    pilot = rerunqt_pilot(write_script(f"import rerunqt as st\nst.button({LONG!r}, key='go')\n"))
    pilot.window.resize(1800, 500)
    pilot.settle()
    button = pilot.record(key="go").widget
    assert not button.wrapped and _qt_paints(button)
    button.resize(220, button.height())  # narrower than its label: it wraps now
    assert button.wrapped and not _qt_paints(button)
    button.ensurePolished()
    assert button.minimumHeight() > button.one_line_height()  # room for more lines
