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


def test_theme_font_takes_a_comma_separated_list_of_fallbacks(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    # Streamlit 1.67: font = "cool-font, fallback-cool-font, sans-serif"; the list was read
    # as one family name that nothing has, so the default font showed
    script = Path(write_script('import rerunqt as st\nst.markdown("Normal ABCabc123")\n'))
    config = script.parent / ".streamlit" / "config.toml"
    config.parent.mkdir()
    config.write_text('[theme]\nfont = "no-such-font, serif"\n')
    pilot = rerunqt_pilot(script)
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    assert QFontInfo(label.font()).family() in ("Source Serif Pro", "Georgia", "DejaVu Serif",
                                                "Times New Roman")


def test_a_family_list_keeps_names_generic_stacks_and_drops_font_urls() -> None:
    from rerunqt.theme_fonts import css_family as _family

    assert _family("tuffy") == '"tuffy"'
    assert _family('cool-font, "Noto Sans"').split(", ") == ['"cool-font"', '"Noto Sans"']
    google = "Roboto:https://fonts.googleapis.com/css2?family=Roboto:ital,wght@0,400;1,700, serif"
    assert _family(google).startswith('"Roboto", "Source Serif Pro"')
    assert _family("sans serif") == _family("sans-serif")


def _code_family(label: Any, word: str) -> str:
    """The font family of ``word``'s first letter in a Markdown label's document."""
    from PySide6.QtGui import QFont, QTextDocument

    document = label.findChild(QTextDocument) if hasattr(label, "findChild") else None
    if document is None:
        document = QTextDocument()
        document.setHtml(label.text())
    cursor = document.find(word)
    assert not cursor.isNull(), word
    families = cursor.charFormat().fontFamilies()
    return QFontInfo(QFont(families)).family() if families else ""


@pytest.mark.skipif(not SERIF.is_file(), reason="needs the Liberation fonts")
def test_inline_code_takes_theme_code_font(rerunqt_pilot: Any, write_script: Any,
                                           plain_theme_after: Any) -> None:
    # Streamlit 1.67 sets inline code in codeFont too; only code blocks took it
    script = Path(write_script('import rerunqt as st\nst.write("`plain code`")\n'
                               'st.markdown("**Bold** and `marked code`")\n'))
    config = script.parent / ".streamlit" / "config.toml"
    config.parent.mkdir()
    config.write_text('[theme]\ncodeFont = "Liberation Mono"\n')
    pilot = rerunqt_pilot(script)
    labels = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    assert _code_family(labels[0], "plain") == "Liberation Mono"
    assert _code_family(labels[1], "marked") == "Liberation Mono"
