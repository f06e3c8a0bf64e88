"""The benchmarks' scratch folder for the scripts they write, removed when they exit.

A bare ``mkdtemp`` left one folder in /tmp per benchmark run (dozens after a day's work).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path


def scratch_folder() -> Path:
    """A fresh private folder, removed at exit (also after an error or Ctrl+C)."""
    folder = Path(tempfile.mkdtemp(prefix="rerunqt-bench-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder
