"""Disabled words under a configured [theme] textColor: faded into the page, as the
stylesheets fade them. The palette took textColor in every group, so the toolbar's Stop
looked as live as Rerun while nothing ran (30 Days of Streamlit, day 16's white text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.qt


@pytest.fixture
def plain_theme_after(qapp: Any) -> Any:
    from rerunqt.qt.app import apply_theme

    yield
    apply_theme(qapp, "light", force=True, options={})  # the next test's window is plain


def test_disabled_words_stay_faded_under_a_configured_text_colour(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QToolButton

    script = write_script('import rerunqt as st\nst.write("Hi")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbackgroundColor = "#2e86c1"\ntextColor = "#ffffff"\n')
    pilot = rerunqt_pilot(Path(script))
    stop = next(b for b in pilot.window.findChildren(QToolButton) if b.text() == "Stop")
    assert not stop.isEnabled()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    assert stop.palette().color(group.Active, role.ButtonText).name() == "#ffffff"
    assert stop.palette().color(group.Disabled, role.ButtonText).name() == "#86b9db"
