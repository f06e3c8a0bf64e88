"""[[theme.fontFaces]] from a Streamlit config.toml: the app's font files on real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontInfo

pytestmark = pytest.mark.qt

SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
CONFIG = """
[server]
enableStaticServing = true

[[theme.fontFaces]]
family = "tutorial-face"
url = "app/static/TutorialFace.ttf"
style = "normal"
weight = 400

[theme]
font = "tutorial-face"
"""


@pytest.fixture
def plain_theme_after(qapp: Any) -> Any:
    from rerunqt.qt.app import apply_theme

    yield
    apply_theme(qapp, "light", force=True, options={})  # the next test's window is plain


@pytest.mark.skipif(not SERIF.is_file(), reason="needs the Liberation Serif font file")
def test_a_declared_font_face_is_loaded_and_named_by_theme_font(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    script = Path(write_script('import rerunqt as st\nst.markdown("Normal ABCabc123")\n'))
    (script.parent / "static").mkdir()
    shutil.copy(SERIF, script.parent / "static" / "TutorialFace.ttf")
    config = script.parent / ".streamlit" / "config.toml"
    config.parent.mkdir()
    config.write_text(CONFIG)
    pilot = rerunqt_pilot(script)
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    # the declared name reaches the file's family ("tutorial-face" was an unknown family,
    # so the default sans-serif showed)
    assert QFontInfo(label.font()).family() == "Liberation Serif"
