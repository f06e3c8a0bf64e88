"""The name of a packaged app: its window title and its app-data folders.

``rerunqt package`` builds a bundle whose launcher calls ``set_app_name`` before the
app starts; ``RERUNQT_APP_NAME`` does the same from outside. Unnamed (``rerunqt
app.py``), the folders are rerunqt's own and the title is the script's file name.
A bundle's app is a shipped one (``is_packaged``): its sources do not change, so live
reload is off; the variable alone only names the app.
"""

from __future__ import annotations

import os
import re

__all__ = ["app_name", "folder_name", "is_packaged", "set_app_name", "window_title"]

_name: str | None = None
_UNSAFE = re.compile(r"[^\w .+-]")


def set_app_name(name: str | None) -> None:
    """Name this process's app (the bundle's launcher does this first thing)."""
    global _name
    _name = name or None


def is_packaged() -> bool:
    """True inside a bundle built by ``rerunqt package`` (its launcher named the app)."""
    return _name is not None


def app_name() -> str | None:
    """The packaged app's name, or None when running a script with ``rerunqt``."""
    return _name or os.environ.get("RERUNQT_APP_NAME") or None


def folder_name() -> str:
    """The app-data folder name: the app's name made safe for a path, else 'rerunqt'."""
    name = app_name()
    if not name:
        return "rerunqt"
    safe = _UNSAFE.sub("_", name).strip(" .")
    return safe or "rerunqt"


def window_title(page_title: str | None, script_name: str) -> str:
    """The window's title: the page's, then the app's name when packaged ("Page · App")."""
    name = app_name()
    if not name:
        return page_title or script_name
    return f"{page_title} · {name}" if page_title and page_title != name else name
