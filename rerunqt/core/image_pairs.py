"""st.image's ``caption`` and ``alt`` paired with its pictures, as Streamlit 1.67 pairs them.

A list (or 1-D array) gives one value per picture and must match their number; any other
value is one value, which fits a single picture only ("Cannot pair 1 captions with 3
images", as Streamlit says). A caption that is not a string is shown as its ``str``. An
``alt`` of ``""`` marks a picture as decorative and is kept; only spaces count as none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rerunqt.errors import RerunQtAPIError


def captions_for(caption: Any, count: int) -> list[str | None]:
    """One caption (or None) per picture."""
    if caption is None:
        return [None] * count
    if isinstance(caption, list) or _is_1d_array(caption):
        captions = [None if c is None else str(c) for c in list(caption)]
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise RerunQtAPIError(f"Cannot pair {len(captions)} captions with {count} images.")
    return captions


def alts_for(alt: Any, count: int) -> list[str | None]:
    """One alt text (or None) per picture."""
    if alt is None:
        return [None] * count
    if isinstance(alt, (str, bytes, bytearray)) or not (
            _is_1d_array(alt) or isinstance(alt, Sequence)):
        if count != 1:
            kind = "string" if isinstance(alt, str) else "value"
            raise RerunQtAPIError(
                f"A single `alt` {kind} can only be used with a single image. You passed "
                f"{count} images; provide a sequence of {count} alt values (use None to skip "
                f"an image).")
        alts = [alt]
    else:
        alts = list(alt)
        if len(alts) != count:
            raise RerunQtAPIError(f"Cannot pair {len(alts)} alt values with {count} images.")
    return [_normal_alt(a) for a in alts]


def _normal_alt(alt: Any) -> str | None:
    if alt is None:
        return None
    text = alt.decode("utf-8", "replace") if isinstance(alt, (bytes, bytearray)) else str(alt)
    return "" if text == "" else (text.strip() or None)


def _is_1d_array(value: Any) -> bool:
    shape = getattr(value, "shape", None)
    return isinstance(shape, tuple) and len(shape) == 1 and hasattr(value, "tolist")
