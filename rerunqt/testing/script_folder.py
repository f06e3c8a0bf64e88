"""Where AppTest.from_string writes its scripts: a private folder per process.

A fixed shared folder in /tmp let another user plant or swap the script files (and two
users' runs collide); ``mkdtemp`` makes a fresh one, mode 0700, removed at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from pathlib import Path

_folder_lock = threading.Lock()
_folder: tuple[int, Path] | None = None  # (pid that made it, path)


def script_folder() -> Path:
    """This process's private folder for ``from_string`` scripts, removed at exit."""
    global _folder
    with _folder_lock:
        if _folder is None or _folder[0] != os.getpid():  # a forked child makes its own
            path = Path(tempfile.mkdtemp(prefix="rerunqt-apptest-"))
            atexit.register(_remove_folder, os.getpid(), path)
            _folder = (os.getpid(), path)
        return _folder[1]


def _remove_folder(pid: int, path: Path) -> None:
    if os.getpid() == pid:
        shutil.rmtree(path, ignore_errors=True)
