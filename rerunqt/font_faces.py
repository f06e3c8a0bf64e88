"""``[[theme.fontFaces]]``: an app's own font files, as Streamlit 1.67 declares them.

Each entry names a ``family`` (the name ``font``, ``headingFont`` or ``codeFont`` then
uses) and a ``url``. Streamlit serves the app's ``static/`` folder at ``app/static/``, so
``"app/static/Brand.ttf"`` is the file ``static/Brand.ttf`` beside the script; fonts on
the web are not fetched. Qt-free: rerunqt/qt/fonts.py loads the files and records here
the font's own family for each name, which the theme's stylesheet then writes (Qt finds no
substitute for a name inside a list of families).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def face_files(faces: object, script_folder: Path) -> list[tuple[str, Path]]:
    """(family, local font file) of each entry whose file exists, in order."""
    found: list[tuple[str, Path]] = []
    for face in faces if isinstance(faces, list) else ():
        if not isinstance(face, Mapping):
            continue
        family, url = face.get("family"), face.get("url")
        if not isinstance(family, str) or not isinstance(url, str) or "://" in url:
            continue
        path = url.strip().removeprefix("./").lstrip("/")
        if path.startswith("app/static/"):
            path = "static/" + path[len("app/static/"):]
        file = (script_folder / path).resolve()
        if file.is_relative_to(script_folder.resolve()) and file.is_file():  # no "../" out
            found.append((family.strip().strip("'\""), file))
    return found


_real: dict[str, str] = {}  # the theme's family name -> the loaded font's own family


def record(family: str, real: str) -> None:
    _real[family.lower()] = real


def resolve(family: str) -> str:
    """The family a loaded ``[[theme.fontFaces]]`` file gives ``family``, else ``family``."""
    return _real.get(family.strip().strip("'\"").lower(), family)
