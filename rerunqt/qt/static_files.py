"""Streamlit's static file serving on a desktop.

A Streamlit app with ``server.enableStaticServing`` serves the ``static`` folder beside
its script at ``app/static/``, and its Markdown and HTML refer to files there
(``![cat](app/static/cat.png)``). A desktop app has no server: such a reference reads the
file from that folder instead (a path outside it, or a missing file, is left as written).
"""

from __future__ import annotations

import re
from pathlib import Path

_root: Path | None = None  # the static folder of the window's script
_REFERENCE = r"""(?<=[("'=])(?:\.?/)?app/static/([^)\s"'<>]+)"""  # a link or src
_ADDRESS = r"(?:\.?/)?app/static/([^?#]+)"  # a whole address (st.iframe's src)


def set_script(script: Path) -> None:
    """The script whose ``static`` folder ``app/static/`` names."""
    global _root
    _root = script.absolute().parent / "static"  # resolved with the first reference


def local_references(text: str) -> str:
    """``text`` with each ``app/static/<file>`` of an existing file as its file URL."""
    if _root is None or "app/static/" not in text:
        return text
    root = _root.resolve()

    def local(found: re.Match[str]) -> str:
        target = (root / found.group(1)).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return found.group(0)
        return target.as_uri()

    return re.sub(_REFERENCE, local, text)  # compiled (and cached by re) with the first use


def served_file(url: str) -> Path | None:
    """The existing file an ``/app/static/<file>`` address names in the static folder (as
    ``st.iframe("/app/static/report.html")`` refers to it), else None."""
    found = re.fullmatch(_ADDRESS, url.strip())
    if _root is None or found is None:
        return None
    root = _root.resolve()
    target = (root / found.group(1)).resolve()
    return target if target.is_relative_to(root) and target.is_file() else None
