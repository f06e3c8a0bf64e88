"""[[theme.fontFaces]]: an app's own font files reach the theme's font names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from rerunqt.font_faces import face_files
from rerunqt.theme_custom import CustomTheme

pytestmark = pytest.mark.qt


def test_face_urls_name_the_static_folder_beside_the_script(tmp_path: Path) -> None:
    """Streamlit serves static/ at app/static/; a font on the web is not fetched."""
    (tmp_path / "static").mkdir()
    (tmp_path / "static/Brand.ttf").write_bytes(b"")
    faces = [{"family": "brand", "url": "app/static/Brand.ttf"},
             {"family": "'brand'", "url": "./app/static/Brand.ttf"},
             {"family": "web", "url": "https://fonts.example/x.ttf"},
             {"family": "gone", "url": "app/static/Missing.ttf"}, "not a table"]
    assert face_files(faces, tmp_path) == [("brand", tmp_path / "static/Brand.ttf")] * 2
    assert face_files(None, tmp_path) == []
    outside = tmp_path.parent / f"{tmp_path.name}-outside.ttf"
    outside.write_bytes(b"")
    assert face_files([{"family": "x", "url": f"../{outside.name}"}], tmp_path) == []


def test_a_font_file_gives_its_family_to_the_theme_s_name(qtbot, tmp_path: Path) -> None:
    """A stylesheet naming the face's family ("brand-serif, sans-serif") draws with the
    file's font; the name was unknown to Qt, so the text fell back to the default sans."""
    import matplotlib

    source = Path(matplotlib.get_data_path()) / "fonts/ttf/cmr10.ttf"
    if not source.is_file():
        pytest.skip("no stand-in font file")
    (tmp_path / "static").mkdir()
    shutil.copy(source, tmp_path / "static/Brand.ttf")
    from rerunqt.qt.fonts import load_font_faces

    faces = [{"family": "brand-serif", "url": "app/static/Brand.ttf", "weight": 400}]
    assert load_font_faces(faces, tmp_path) == ["brand-serif"]
    label = QLabel("text")
    qtbot.addWidget(label)
    label.setStyleSheet(CustomTheme(font="brand-serif, sans-serif").apply("", "light"))
    label.ensurePolished()
    assert QFontInfo(label.font()).family() == "cmr10"
