"""A long first page: its top is created at once, the rest in idle slices (issue 14).

Whatever has not been created yet is still found by key, focused, Tabbed to and driven:
each of those creates the rest of the page first, and a rerun does too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rerunqt.qt import staging

pytestmark = pytest.mark.qt

ROWS = 400  # 200 texts and 200 checkboxes: well over staging.THRESHOLD


def long_page(tmp_path: Path, rows: int = ROWS) -> Path:
    script = tmp_path / "long.py"
    script.write_text(
        "import rerunqt as st\n"
        f"for i in range({rows}):\n"
        "    if i % 2:\n"
        "        st.checkbox(f'check {i}', key=f'c{i}')\n"
        "    else:\n"
        "        st.text(f'row {i}')\n")
    return script


def staged(rerunqt_pilot, tmp_path: Path, rows: int = ROWS):  # type: ignore[no-untyped-def]
    """A window whose page was just rendered from empty, as a first run renders it.

    (The run itself may reach the screen in live slices on a busy machine, and then no
    render is a first render: rendering the same tree again from empty is deterministic.)
    """
    window = rerunqt_pilot(long_page(tmp_path, rows)).window
    tree = window.renderer.shown
    window.renderer.reset()
    window.renderer.render(tree)
    return window


def test_the_top_is_created_at_once_and_the_rest_in_idle_slices(rerunqt_pilot, qtbot, tmp_path) -> None:
    window = staged(rerunqt_pilot, tmp_path)
    renderer = window.renderer
    assert 0 < len(renderer.records) < ROWS  # looked at directly: find() would complete it
    assert renderer.pending == ROWS - len(renderer.records)
    qtbot.waitUntil(lambda: renderer.pending == 0, timeout=10000)  # no query: idle slices
    assert len(renderer.records) == ROWS
    keys = [renderer.records[path].element.key for path in renderer.records]
    assert keys[-1] == f"c{ROWS - 1}"


def test_tab_order_is_page_order_once_all_are_created(rerunqt_pilot, qtbot, tmp_path) -> None:
    window = staged(rerunqt_pilot, tmp_path)
    qtbot.waitUntil(lambda: window.renderer.pending == 0, timeout=10000)
    chain = window.renderer.tab_chain
    assert len(chain) == ROWS // 2
    assert [box.text() for box in chain[-2:]] == [f"check {ROWS - 3}", f"check {ROWS - 1}"]
    chain[-2].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chain[-2])
    qtbot.keyClick(chain[-2], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chain[-1]


def test_a_widget_not_created_yet_is_found_focused_and_clicked(rerunqt_pilot, qtbot, tmp_path) -> None:
    window = staged(rerunqt_pilot, tmp_path)
    assert window.renderer.pending > 0
    found = window.renderer.find(key=f"c{ROWS - 1}")  # creates the rest first
    assert window.renderer.pending == 0 and len(found) == 1
    box = found[0].widget
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    with qtbot.waitSignal(window.applied, timeout=10000):
        box.click()
    assert window.session.state[f"c{ROWS - 1}"] is True


def test_a_rerun_during_creation_finishes_the_page_first(rerunqt_pilot, qtbot, tmp_path) -> None:
    window = staged(rerunqt_pilot, tmp_path)
    assert window.renderer.pending > 0
    with qtbot.waitSignal(window.applied, timeout=10000):
        window.request_rerun()
    assert window.renderer.pending == 0
    assert len(window.renderer.records) == ROWS
    assert len(window.renderer.tab_chain) == ROWS // 2


def test_the_pilot_settles_only_once_the_page_is_complete(rerunqt_pilot, tmp_path) -> None:
    pilot = rerunqt_pilot(long_page(tmp_path))
    assert pilot.window.renderer.pending == 0
    pilot.click(key=f"c{ROWS - 1}")
    assert pilot.window.session.state[f"c{ROWS - 1}"] is True


def test_a_short_page_is_created_whole(rerunqt_pilot, qtbot, tmp_path) -> None:
    window = staged(rerunqt_pilot, tmp_path, rows=staging.THRESHOLD)
    assert window.renderer.pending == 0
    assert len(window.renderer.records) == staging.THRESHOLD


def test_closing_the_window_while_its_page_is_built_stops_building(
        rerunqt_pilot, qtbot, tmp_path) -> None:
    window = staged(rerunqt_pilot, tmp_path)
    staging_ = window.renderer.staging
    assert staging_.pending
    window.close()
    assert staging_.pending == []


def test_slices_stop_once_the_page_they_build_into_is_destroyed(qtbot) -> None:
    """A page destroyed without a close (deleteLater): no slice builds into it (each raised
    "Internal C++ object already deleted" at every turn of the event loop)."""
    import shiboken6
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from rerunqt.reconcile import Create

    page = QWidget()
    layout = QVBoxLayout(page)
    built: list[Create] = []

    def build(op: Create) -> None:
        built.append(op)
        if len(built) == staging.SLICE:  # the window goes away after the first slice
            shiboken6.delete(page)

    stage = staging.Staging(build, lambda: None, layout)
    stage.start([Create((), i, None) for i in range(3 * staging.SLICE)])  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not stage.pending)
    assert len(built) == staging.SLICE
