"""Shared steps of the window's st.data_editor tests: open an editor with the keyboard
focus in it, and wait for the one run an edit causes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QTableView


def open_editor(rerunqt_pilot: Any, write_script: Any, qtbot: Any, source: str,
                key: str = "ed") -> tuple[Any, QTableView]:
    pilot = rerunqt_pilot(write_script(source))
    table = pilot.widget(key=key)
    assert isinstance(table, QTableView)
    pilot.window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    return pilot, table


def runs_once(pilot: Any, qtbot: Any, before: int) -> None:
    """Wait for the one run an edit causes (the delegate commits on the next event loop
    turn), and check it was one."""
    session = pilot.window.session
    qtbot.waitUntil(lambda: session.run_count >= before + 1)
    pilot.settle()
    QApplication.processEvents()
    pilot.settle()
    assert session.run_count == before + 1
