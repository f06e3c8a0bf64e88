"""Markdown cut off mid-stream, closed so that it shows as it will when complete.

While ``st.write_stream`` types an answer out, Streamlit renders the partial text with
its unclosed syntax completed (``unterminated_parsing``): ``**Hel`` shows a bold "Hel",
an open code fence shows a code block, instead of the raw marks. Only the unambiguous
marks are closed here: fences, inline code, ``**``, ``__`` and ``~~`` (a lone ``*`` or
``_`` may be a product or a word's part).
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$", re.MULTILINE)
_PAIRS = ("**", "__", "~~")


def completed(text: str) -> str:
    """``text`` with its open fence, inline code and emphasis marks closed."""
    fence = _open_fence(text)
    if fence is not None:
        return text + ("" if text.endswith("\n") else "\n") + fence
    tail = text[text.rfind("\n\n") + 1:] if "\n\n" in text else text  # the last paragraph
    closing = ""
    if tail.count("`") % 2:
        return text + "`"  # inside code the other marks are text
    prose = re.sub(r"`[^`]*`", "", tail)
    for mark in _PAIRS:
        if prose.count(mark) % 2 and not prose.rstrip().endswith(mark):
            closing = mark + closing
    return text.rstrip(" ") + closing if closing else text


def _open_fence(text: str) -> str | None:
    """The fence that opens a code block the text has not closed, if any."""
    opened: str | None = None
    for match in _FENCE.finditer(text):
        marks = match.group(1)
        if opened is None:
            opened = marks
        elif marks[0] == opened[0] and len(marks) >= len(opened) and not match.group(2).strip():
            opened = None  # a closing fence: as long, same mark, nothing after it
    return opened
