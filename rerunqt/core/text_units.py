"""Characters versus UTF-16 units, for text fields.

``max_chars`` counts characters (Python code points), as Streamlit does; Qt counts
positions and lengths in UTF-16 units, where an emoji is two. These helpers convert
between the two so an adapter can enforce the limit in characters. Qt-free. Also the
coercions of a text field's value (``value=``, session state).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.errors import PartlyFits, short_repr

# Qt's own maxLength must never cut a value: the largest int it takes.
NO_LIMIT = 2**31 - 1


def utf16_len(text: str) -> int:
    """How many UTF-16 units Qt counts in ``text``."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def index_of(text: str, pos: int) -> int:
    """The character index of Qt position ``pos`` (inside a surrogate pair: before it)."""
    if text.isascii():
        return pos
    return len(text.encode("utf-16-le")[: 2 * pos].decode("utf-16-le", errors="ignore"))


def position_of(text: str, index: int) -> int:
    """The Qt position of character index ``index``."""
    return utf16_len(text[:index])


def excess_span(text: str, cursor: int, limit: int) -> tuple[int, int]:
    """The characters ``[start, end)`` to drop so ``text`` has at most ``limit``.

    The characters just typed or pasted end at ``cursor`` (a character index), so the
    excess is taken from just before it; if there are not that many, from the end.
    An empty span when the text fits.
    """
    excess = len(text) - limit
    if excess <= 0:
        return cursor, cursor
    if cursor >= excess:
        return cursor - excess, cursor
    return limit, len(text)


def drop_excess(text: str, cursor: int, limit: int) -> tuple[str, int]:
    """``text`` cut to ``limit`` characters (see ``excess_span``), and the new cursor index."""
    start, end = excess_span(text, cursor, limit)
    kept = text[:start] + text[end:]
    return kept, cursor if cursor < start else max(start, cursor - (end - start))


def has_long_run(text: str, length: int) -> bool:
    """Whether ``text`` holds ``length`` or more characters in a row without whitespace.

    ``str.split`` is linear, where a regex like ``\\S{10000}`` rescans every long run.
    """
    return len(text) >= length and any(len(word) >= length for word in text.split())


def coerce_text(v: Any) -> str | None:
    if v is None or v.__class__ is str:
        return v
    return str(v)


class StateText:
    """A text field's coercion of session-state values: text (or None) as ``fit`` makes it.

    Any other value is read as its ``str`` when it comes from an earlier run, and is an
    error when code sets it (Streamlit 1.67 fails on it too); ``value=`` is cast to str.
    """

    __slots__ = ("fit",)

    def __init__(self, fit: Callable[[Any], str | None]) -> None:
        self.fit = fit

    def __call__(self, v: Any) -> str | None:
        if v is None or v.__class__ is str or isinstance(v, str):
            return self.fit(v)
        raise PartlyFits(f"expected a str (or None), got {type(v).__name__} {short_repr(v)}",
                         self.fit(v))


class TextLimit:
    """Coerce to str and cut to ``max_chars``."""

    __slots__ = ("max_chars",)

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def __call__(self, v: Any) -> str | None:
        text = coerce_text(v)
        return None if text is None else text[: self.max_chars]


STATE_TEXT = StateText(coerce_text)
