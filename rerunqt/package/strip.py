"""Strip the symbol tables off the Python library (Linux): ~17 of its 23 MB.

Only libpython: libraries that wheels vendor (``numpy.libs`` and the like) were
rewritten by auditwheel's patchelf, and ``strip`` breaks them ("ELF load command
address/offset not page-aligned"); Qt's are stripped already. macOS signatures and
Windows DLLs are left alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

__all__ = ["strip_libpython"]

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in bundle, source, kind)


def strip_libpython(entry: Entry, folder: str) -> Entry:
    """The entry, its source replaced by a stripped copy if it is libpython on Linux."""
    name, source, kind = entry
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None or not Path(name).name.startswith("libpython"):
        return entry
    target = Path(folder) / Path(name).name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    done = subprocess.run([tool, "--strip-unneeded", str(target)], capture_output=True, check=False)
    return (name, str(target), kind) if done.returncode == 0 else entry
