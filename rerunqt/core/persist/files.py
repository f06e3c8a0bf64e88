"""The state file of one script: where it lives, atomic writes, tolerant reads.

One file per script path in the app-data folder ($RERUNQT_STATE_DIR, else
$XDG_DATA_HOME/rerunqt/state or ~/.local/share/rerunqt/state; on macOS
~/Library/Application Support/rerunqt/state; on Windows %APPDATA%\\rerunqt\\state).
A write goes to a temporary file in the same folder, is fsynced, then renamed over the
old one: killing the process at any moment leaves the old file or the new one. A file
that cannot be read as ours is moved aside (``.corrupt-<time>``) with a warning.
A packaged app (core/app_name.py) uses its name for "rerunqt" and one file per script
name, so moving the bundle keeps its saved state.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rerunqt.core.app_name import app_name, folder_name

log = logging.getLogger("rerunqt.state")
FORMAT = "rerunqt-session-state"
VERSION = 1


def data_root() -> Path:
    """The app-data folder: rerunqt's, or a packaged app's own (its name)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / folder_name()


def state_root() -> Path:
    override = os.environ.get("RERUNQT_STATE_DIR")
    return Path(override) if override else data_root() / "state"


def state_path(script: Path) -> Path:
    """``<stem>-<hash of the resolved path>.json``: readable, and unique per script path
    (resolved as the runner resolves it, so `rerunqt state` finds the app's file)."""
    absolute = str(Path(script).resolve())
    if app_name():  # a packaged app: the same file wherever the bundle is moved to
        return state_root() / f"{Path(absolute).stem}.json"
    digest = hashlib.sha256(absolute.encode()).hexdigest()[:16]
    return state_root() / f"{Path(absolute).stem}-{digest}.json"


def write_atomic(path: Path, document: dict[str, Any]) -> None:
    """Write ``document`` as JSON: temp file (0600) in the same folder, fsync, rename."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:  # mkstemp makes it 0600
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible or needed on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_document(path: Path) -> dict[str, Any] | None:
    """The stored values' JSON (tags not yet decoded), None if there is no file.

    A file that is not ours (bad JSON, wrong format) is moved aside with a warning.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        move_aside(path, f"cannot be read ({exc})")
        return None
    try:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a rerunqt session-state file")
        if not isinstance(document.get("values"), dict):
            raise ValueError("it has no 'values' object")
    except (ValueError, RecursionError) as exc:
        move_aside(path, f"is corrupt ({type(exc).__name__}: {exc})")
        return None
    return document


def remove_stale_temps(path: Path, older_than: float = 60.0) -> None:
    """Temporary files left by a process killed mid-write (the real file is intact)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if time.time() - tmp.stat().st_mtime > older_than:
                tmp.unlink()
        except OSError:
            pass


def move_aside(path: Path, why: str) -> None:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
        log.warning("rerunqt: the saved session state %s %s; moved it to %s and starting "
                    "fresh", path, why, aside)
    except OSError as exc:
        log.warning("rerunqt: the saved session state %s %s, and it could not be moved "
                    "aside (%s); starting fresh", path, why, exc)


def remove(path: Path) -> bool:
    """Delete the file; True if there was one."""
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
