"""``--icon FILE``: a file the bundle can really use as its icon, checked by its bytes."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ICON_KINDS", "IconError", "check_icon"]

ICON_KINDS = {".png": (b"\x89PNG\r\n\x1a\n",), ".ico": (b"\x00\x00\x01\x00",),
              ".icns": (b"icns",), ".svg": (b"<svg", b"<?xml")}


class IconError(Exception):
    """The icon cannot be used; the message names it and says what works."""


def check_icon(path: Path) -> Path:
    """The icon's resolved path, if it exists and its content matches its kind."""
    kinds = ", ".join(ICON_KINDS)
    suffix = path.suffix.lower()
    if suffix not in ICON_KINDS:
        raise IconError(f"--icon {str(path)!r}: not an icon file; use one of {kinds}")
    try:
        head = path.read_bytes()[:512]
    except FileNotFoundError:
        raise IconError(f"--icon {str(path)!r}: no such file") from None
    except OSError as exc:
        raise IconError(f"--icon {str(path)!r}: cannot read it ({exc.strerror or exc})") from None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not any(text.startswith(magic) for magic in ICON_KINDS[suffix]) or (
            suffix == ".svg" and b"<svg" not in head and len(head) < 512):
        raise IconError(f"--icon {str(path)!r}: the file is not a valid {suffix[1:]} image")
    return path.resolve()
