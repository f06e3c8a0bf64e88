"""A visible focus ring on every kind of Tab stop (issue 8, point 2).

Each Tab stop of the widget gallery is grabbed without and with keyboard focus; with
focus, a clearly visible change must appear on or around it (a ring, a border or a
highlighted handle: dozens of pixels), in both themes, so a keyboard user always sees
where the focus is.
"""

from __future__ import annotations

import pytest
from conftest import DEMOS
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from rerunqt.qt.app import apply_theme

pytestmark = pytest.mark.qt

RING = 40  # a ring round even a 14 px check box changes more pixels than this


def changed_pixels(a: QImage, b: QImage) -> int:
    """Pixels that differ clearly between two grabs of the same place."""
    count = 0
    for y in range(min(a.height(), b.height())):
        for x in range(min(a.width(), b.width())):
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue()) > 60:
                count += 1
    return count


def around(window: QWidget, widget: QWidget) -> QImage:
    """The window's pixels over ``widget`` and a 3 px margin (rings may sit just outside)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRect(top_left.x() - 3, top_left.y() - 3, widget.width() + 6, widget.height() + 6)
    return window.grab(rect).toImage()


def element_widget(window, stop: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """The widget of the innermost element holding ``stop`` (a ring may be drawn on it)."""
    holders = [r.widget for r in window.renderer.find() if r.widget is stop or r.widget.isAncestorOf(stop)]
    return min(holders, key=lambda w: w.width() * w.height())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_tab_stop_shows_a_focus_ring(rerunqt_pilot, qtbot, theme: str) -> None:
    app = QApplication.instance()
    apply_theme(app, theme, force=True)
    try:
        pilot = rerunqt_pilot(DEMOS / "widgets.py")
        window = pilot.window
        window.resize(900, 700)
        missing = []
        for stop in window.renderer.tab_chain:
            if not (stop.isVisibleTo(window) and stop.isEnabled()):
                continue
            window.page_scroll.ensureWidgetVisible(stop, 0, 24)
            QApplication.focusWidget() and QApplication.focusWidget().clearFocus()
            qtbot.wait(1)
            owner = element_widget(window, stop)
            before = around(window, owner)
            stop.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda s=stop: s.hasFocus() or s.isAncestorOf(QApplication.focusWidget()))
            changed = changed_pixels(before, around(window, owner))
            if changed < RING:
                missing.append((type(stop).__name__, stop.objectName(), changed))
        assert not missing, "\n".join(map(str, missing))
    finally:
        apply_theme(app, "light", force=True)


NO_NATIVE_RECT_APP = """
import streamlit as st
st.button("Save", key="btn")
st.checkbox("Remember me", key="chk")
st.radio("Size", ["Small", "Large"], key="rad")
st.download_button("Get", "x", key="dl")
"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_keyboard_focus_draws_no_native_focus_rectangle(rerunqt_pilot, qtbot, tmp_path, theme: str) -> None:
    """Tabbing to a button, check box or radio shows only the red ring: Qt's own focus
    rectangle (a shaded box round the words) is drawn only after a keyboard focus change,
    so the grab with that flag set must match the grab without it."""
    app = QApplication.instance()
    apply_theme(app, theme, force=True)
    try:
        script = tmp_path / "app.py"
        script.write_text(NO_NATIVE_RECT_APP)
        pilot = rerunqt_pilot(script)
        window = pilot.window
        window.resize(700, 500)
        drawn = []
        for key in ("btn", "chk", "rad", "dl"):
            widget = pilot.widget(key=key)
            stop = widget.findChildren(QRadioButton)[0] if key == "rad" else widget  # first option
            stop.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(stop.hasFocus)
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            keyboard = around(window, stop)
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
            mouse = around(window, stop)
            if changed_pixels(keyboard, mouse):
                drawn.append(key)
        assert not drawn
    finally:
        apply_theme(app, "light", force=True)
