"""Media bytes as local files for Qt's player, and the Qt add-on modules loaded with a clear error.

QMediaPlayer reads files best (its FFmpeg backend seeks in them); bytes from a script
are written once per content to a private temporary folder, named by fingerprint, so
a rerun with the same bytes reuses the file. The folder is removed at exit.
"""

from __future__ import annotations

import atexit
import importlib
import shutil
import tempfile
from pathlib import Path
from types import ModuleType

from rerunqt.core.media_source import MediaSource

_folder: Path | None = None


def _temp_folder() -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="rerunqt-media-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def local_path(source: MediaSource) -> str:
    """A file path with ``source``'s content: its own path, or a temporary copy of its bytes."""
    if source.path is not None:
        return source.path
    path = _temp_folder() / f"{source.fingerprint}{source.suffix}"
    if not path.exists():
        partial = path.with_suffix(".part")
        partial.write_bytes(source.data or b"")
        partial.replace(path)
    return str(path)


def load_qt(module: str, call: str) -> ModuleType:
    """``PySide6.<module>``, or an error that names what is missing and how to install it.

    Qt Multimedia is in PySide6-Addons and also needs the system's PulseAudio client
    library (libpulse0 on Debian/Ubuntu), which minimal systems lack.
    """
    try:
        return importlib.import_module(f"PySide6.{module}")
    except ModuleNotFoundError:
        raise RuntimeError(
            f"st.{call} needs Qt's {module[2:]} module (PySide6.{module}), which is in "
            f"PySide6-Addons: pip install 'rerunqt[media]'.") from None
    except ImportError as exc:
        raise RuntimeError(
            f"st.{call}: Qt's {module[2:]} module is installed but could not load ({exc}). "
            f"It needs system libraries: on Debian/Ubuntu `apt install libpulse0`.") from None
