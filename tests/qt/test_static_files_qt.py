"""Static file serving (Streamlit's "Static file serving" page): Markdown that shows
``app/static/cat.png`` shows the ``static/cat.png`` beside the script (no server here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from rerunqt.qt import static_files

pytestmark = pytest.mark.qt


def picture(folder: Path) -> Path:
    (folder / "static").mkdir()
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e90ff"))
    path = folder / "static" / "cat.png"
    image.save(str(path))
    return path


def test_markdown_image_from_the_static_folder_is_drawn(rerunqt_pilot, write_script, tmp_path) -> None:
    cat = picture(tmp_path)
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.title("CAT")
        st.markdown("[![Click me](app/static/cat.png)](https://streamlit.io)")
        st.markdown('<img src="./app/static/cat.png" width="60">', unsafe_allow_html=True)
    """))
    labels = [w for w in pilot.window.findChildren(QLabel) if cat.as_uri() in w.text()]
    assert len(labels) == 2
    shot = labels[0].grab().toImage()
    blue = [shot.pixelColor(x, y).name() for x in range(0, shot.width(), 4)
            for y in range(0, shot.height(), 4)].count("#1e90ff")
    assert blue > 100  # the picture, not a broken-image icon


def test_only_existing_files_inside_the_static_folder(tmp_path) -> None:
    picture(tmp_path)
    (tmp_path / "secret.png").write_bytes(b"x")
    static_files.set_script(tmp_path / "app.py")
    cat = (tmp_path / "static" / "cat.png").resolve().as_uri()
    assert static_files.local_references("![a](app/static/cat.png)") == f"![a]({cat})"
    assert static_files.local_references("![a](/app/static/cat.png)") == f"![a]({cat})"
    for kept in ("![a](app/static/dog.png)", "![a](app/static/../secret.png)",
                 "see app/static/cat.png", "![a](myapp/static/cat.png)"):
        assert static_files.local_references(kept) == kept  # text, missing, outside: as written
