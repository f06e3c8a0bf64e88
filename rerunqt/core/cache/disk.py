"""persist="disk": cache_data entries in the user's cache folder, signed.

Unpickling a file runs code, so every entry is signed with HMAC-SHA256 under a random
per-user key kept in a 0600 file; an entry whose signature does not match (tampered,
truncated, written with another key) is ignored with a warning and recomputed. A
corrupt or unreadable entry never raises: the caller recomputes.

Folder: $RERUNQT_CACHE_DIR, else $XDG_CACHE_HOME/rerunqt, else ~/.cache/rerunqt (on
macOS ~/Library/Caches/rerunqt, on Windows %LOCALAPPDATA%\\rerunqt\\Cache); inside it
one folder per app (a hash of the main script's path), one per function. A packaged
app (core/app_name.py) uses its own name instead of "rerunqt", and one app folder.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import secrets
import shutil
import sys
from pathlib import Path

from rerunqt.core.app_name import app_name, folder_name
from rerunqt.core.element import Element

log = logging.getLogger("rerunqt.cache")
MAGIC = b"RQTC\x00\x01"
_SIG = 32


def cache_root() -> Path:
    override = os.environ.get("RERUNQT_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / folder_name() / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / folder_name()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / folder_name()


_used: set[Path] = set()  # app folders this process read or wrote: what clear_all empties


def app_folder() -> Path:
    """This app's folder: a hash of the running script's path (or of the process's cwd).

    The script is ``__main__`` while it runs (rerunqt/runner/script.py), which is when
    cached functions read and write; the folders used are remembered for ``clear_all``,
    which the GUI thread calls between runs.
    """
    if app_name():  # a packaged app: its own cache root, wherever the bundle is moved
        folder = cache_root() / "app"
        _used.add(folder)
        return folder
    main = sys.modules.get("__main__")
    script = getattr(main, "__file__", None) or os.getcwd()
    digest = hashlib.sha256(os.path.abspath(script).encode()).hexdigest()[:16]
    folder = cache_root() / digest
    _used.add(folder)
    return folder


def _name(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def entry_path(function_key: str, value_key: str) -> Path:
    return app_folder() / _name(function_key) / f"{value_key}.pickle"


def _private_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


def signing_key() -> bytes:
    """The per-user key (32 random bytes in a 0600 file), created on first use."""
    root = cache_root()
    _private_folder(root)
    path = root / "signing.key"
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
        log.warning("rerunqt cache: %s is not a valid signing key; making a new one", path)
    except FileNotFoundError:
        pass
    key = secrets.token_bytes(32)
    tmp = path.with_name(f".signing.key.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key)
    os.replace(tmp, path)
    return key


def _sign(payload: bytes) -> bytes:
    return hmac.new(signing_key(), payload, hashlib.sha256).digest()


def write(function_key: str, value_key: str, blob: bytes, elements: tuple[Element, ...]) -> None:
    """Store one entry (atomically: a reader sees the old file or the new one)."""
    try:
        payload = pickle.dumps((blob, elements), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # elements with unpicklable props: keep the value only
        payload = pickle.dumps((blob, ()), protocol=pickle.HIGHEST_PROTOCOL)
    path = entry_path(function_key, value_key)
    try:
        _private_folder(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + _sign(payload) + payload)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("rerunqt cache: could not write %s (%s); the entry stays in memory only",
                    path, exc)


def read(function_key: str, value_key: str) -> tuple[bytes, tuple[Element, ...]] | None:
    """The stored entry, or None (missing, tampered or corrupt: the caller recomputes)."""
    path = entry_path(function_key, value_key)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("rerunqt cache: cannot read %s (%s); recomputing", path, exc)
        return None
    head = len(MAGIC)
    signature, payload = data[head:head + _SIG], data[head + _SIG:]
    try:
        expected = _sign(payload)
    except OSError as exc:
        log.warning("rerunqt cache: cannot read the signing key (%s); recomputing", exc)
        return None
    if not data.startswith(MAGIC) or not hmac.compare_digest(signature, expected):
        log.warning("rerunqt cache: %s is not signed by this user's key (tampered, "
                    "truncated or from elsewhere); ignoring it and recomputing", path)
        return None
    try:
        blob, elements = pickle.loads(payload)
        if not isinstance(blob, bytes) or not isinstance(elements, tuple):
            raise TypeError(f"unexpected content {type(blob).__name__}")
        return blob, elements
    except Exception as exc:  # a corrupt entry must never crash the app
        log.warning("rerunqt cache: %s is corrupt (%s); recomputing", path, exc)
        return None


def remove(function_key: str, value_key: str) -> None:
    entry_path(function_key, value_key).unlink(missing_ok=True)


def clear_function(function_key: str) -> None:
    shutil.rmtree(app_folder() / _name(function_key), ignore_errors=True)


def clear_all() -> None:
    """Every persisted entry of this app (st.cache_data.clear(), the Clear cache menu)."""
    for folder in {app_folder(), *_used}:
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
