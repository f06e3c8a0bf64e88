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
from PySide6.QtWidgets import QApplication, QWidget

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
