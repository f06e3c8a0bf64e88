"""Characters versus UTF-16 units, for text fields.

``max_chars`` counts characters (Python code points), as Streamlit does; Qt counts
positions and lengths in UTF-16 units, where an emoji is two. These helpers convert
between the two so an adapter can enforce the limit in characters. Qt-free.
"""

from __future__ import annotations

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
