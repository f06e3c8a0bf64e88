"""Window memory: a script's window reopens where and as large as it was closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from rerunqt.config import Config
from rerunqt.qt import window_memory

pytestmark = pytest.mark.qt

SCRIPT = "import rerunqt as st\nst.text('hi')\n"


def test_settings_go_to_the_folder_the_tests_chose(isolated_settings: Path) -> None:
    store = window_memory.settings()
    assert Path(store.fileName()).parent == isolated_settings


def test_first_start_uses_the_configured_size(rerunqt_pilot, write_script) -> None:
    window = rerunqt_pilot(write_script(SCRIPT)).window
    assert (window.width(), window.height()) == (900, 700)


def test_size_and_position_come_back_on_the_next_start(rerunqt_pilot, write_script,
                                                       isolated_settings: Path) -> None:
    script = write_script(SCRIPT)
    first = rerunqt_pilot(script).window
    first.resize(640, 480)
    first.move(40, 30)
    first.close()  # a real close event saves
    assert list(isolated_settings.iterdir())
    second = rerunqt_pilot(script).window
    assert (second.width(), second.height()) == (640, 480)
    assert (second.pos().x(), second.pos().y()) == (40, 30)


def test_another_script_keeps_its_own_geometry(rerunqt_pilot, write_script, tmp_path) -> None:
    first = rerunqt_pilot(write_script(SCRIPT)).window
    first.resize(500, 400)
    first.close()
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "app.py"
    other.write_text(SCRIPT)
    window = rerunqt_pilot(other).window
    assert (window.width(), window.height()) == (900, 700)


def test_an_off_screen_position_is_clamped_to_a_screen(rerunqt_pilot, write_script) -> None:
    script = write_script(SCRIPT)
    first = rerunqt_pilot(script).window
    first.resize(600, 400)
    first.move(50_000, -9_000)  # a monitor that is gone
    first.close()
    window = rerunqt_pilot(script).window
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(QRect(window.pos(), window.size()))
    assert (window.width(), window.height()) == (600, 400)


def test_a_huge_remembered_size_is_shrunk_to_the_screen() -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    rect = window_memory.clamped(QRect(-100, -100, area.width() + 500, area.height() + 500))
    assert area.contains(rect) and rect.size() == area.size()


def test_an_explicit_size_wins_over_the_remembered_one(rerunqt_pilot, write_script) -> None:
    script = write_script(SCRIPT)
    first = rerunqt_pilot(script).window
    first.resize(640, 480)
    first.move(40, 30)
    first.close()
    window = rerunqt_pilot(script, options=dict(Config({"window.width": 700}))).window
    assert window.width() == 700  # the option, not the remembered 640
    assert (window.pos().x(), window.pos().y()) == (40, 30)  # the position still comes back


def test_explicit_means_set_anywhere_but_the_defaults() -> None:
    assert not window_memory.size_is_explicit(Config())
    assert window_memory.size_is_explicit(Config({"window.height": 700}))  # even at the default
    assert not window_memory.size_is_explicit({"window.width": 900})
    assert window_memory.size_is_explicit({"window.width": 1000})


def test_open_window_asks_the_config_whether_the_size_was_given(
        rerunqt_pilot, write_script) -> None:
    script = write_script(SCRIPT)
    first = rerunqt_pilot(script).window
    first.resize(640, 480)
    first.close()
    # a Config (as the CLI passes) with the default size set explicitly: it wins, though a
    # plain dict with those values could not tell it from the default
    window = rerunqt_pilot(script, options=Config({"window.width": 900, "window.height": 700})).window
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert (window.width(), window.height()) == (min(900, area.width()), min(700, area.height()))
    window.resize(700, 500)
    window.close()
    again = rerunqt_pilot(script, options=Config()).window  # nothing given: remembered wins
    assert (again.width(), again.height()) == (700, 500)

