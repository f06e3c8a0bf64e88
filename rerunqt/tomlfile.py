"""TOML parsing, with tomllib imported on the first file read: most start-ups read none."""

from __future__ import annotations

import sys
from typing import Any


def loads(text: str) -> dict[str, Any]:
    """The parsed document; a ``ValueError`` (``tomllib.TOMLDecodeError``) on bad syntax."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 only
        import tomli as tomllib
    return tomllib.loads(text)
