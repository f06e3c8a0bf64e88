"""``[[theme.fontFaces]]``: a Streamlit app's own font files, loaded into Qt.

Streamlit 1.67 lets ``config.toml`` declare font families from files (``family="tuffy"``,
``url="app/static/Tuffy-Regular.ttf"``, one table per weight and style) for ``theme.font``,
``headingFont`` and ``codeFont`` to name. A desktop app reads the files from the static
folder beside the script and registers them with Qt; the declared name is made an alias of
the family the file really holds, so ``font="tuffy"`` finds "Tuffy". Web addresses need a
browser's download and are left out, as are files that are missing or not fonts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase

from rerunqt.qt.static_files import _ADDRESS

_loaded: dict[Path, list[str]] = {}  # a file is added to Qt's database once per process


def register(script: Path, faces: Any) -> list[str]:
    """Load each face's file; the declared family names that now name a font."""
    if not isinstance(faces, (list, tuple)):
        return []
    root = (script.absolute().parent / "static").resolve()
    named = []
    for face in faces:
        if not isinstance(face, dict) or not isinstance(face.get("family"), str):
            continue
        found = re.fullmatch(_ADDRESS, str(face.get("url", "")).strip())
        if found is None:
            continue
        path = (root / found.group(1)).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            continue
        if path not in _loaded:
            ident = QFontDatabase.addApplicationFont(str(path))
            _loaded[path] = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
        declared = face["family"].strip().strip("\"'")
        for real in _loaded[path]:
            if real.lower() != declared.lower() and real not in QFont.substitutes(declared):
                QFont.insertSubstitution(declared, real)
        if _loaded[path]:
            named.append(declared)
    return named
