"""Load an app's ``[[theme.fontFaces]]`` files and give them the family names its theme uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from rerunqt.font_faces import face_files, record

_loaded: dict[Path, list[str]] = {}  # a file is added to the font database once


def load_font_faces(faces: object, script_folder: Path) -> list[str]:
    """Register each face's file and record its own family name for the ``family`` the
    theme uses ("montserrat-sans" is "Montserrat"). Returns the families that got a font."""
    named: list[str] = []
    for family, file in face_files(faces, script_folder):
        if file not in _loaded:
            _loaded[file] = QFontDatabase.applicationFontFamilies(
                QFontDatabase.addApplicationFont(str(file)))
        real = _loaded[file]
        if not real:
            continue  # not a font Qt reads (a .woff2 on some builds)
        record(family, real[0])
        named.append(family)
    return named
