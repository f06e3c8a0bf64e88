"""Emphasis around inline code, as a browser shows ``*`code`*`` (italic) and ``**`x`**``.

Qt's Markdown reader gives a code span a fresh fixed-pitch format, so the emphasis around
it is lost; in Streamlit's HTML the ``<code>`` inherits it from its ``<em>``/``<strong>``.
The Markdown is read once more with each code span replaced by a plain word, and the
faces those words get are put on the code spans, in order (nothing is changed when the
two readings do not pair up, or when fenced code blocks are in the text).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_EMPHASIS = re.compile(r"[*_~]")
_WORD = "rqcodespan{}z"


def needs_faces(markdown: str) -> bool:
    """Code spans and emphasis markers both in a text without fenced code."""
    return ("`" in markdown and _EMPHASIS.search(markdown) is not None
            and "```" not in markdown and "~~~" not in markdown)


def emphasise_code(document: QTextDocument, markdown: str,
                   features: QTextDocument.MarkdownFeature) -> None:
    """Put the emphasis each code span stands in on its run of fixed-pitch text."""
    spans = list(_SPAN.finditer(markdown))
    if not spans:
        return
    words = iter(range(len(spans)))
    plain = _SPAN.sub(lambda _: _WORD.format(next(words)), markdown)
    scratch = QTextDocument()
    scratch.setMarkdown(plain, features)
    faces = []
    for i in range(len(spans)):
        found = scratch.find(_WORD.format(i))
        if found.isNull():
            return
        faces.append(found.charFormat())
    runs = _code_runs(document)
    if len(runs) != len(faces):
        return
    cursor = QTextCursor(document)
    for (start, end), face in zip(runs, faces, strict=True):
        if not (face.fontItalic() or face.fontWeight() > QFont.Weight.Normal
                or face.fontStrikeOut()):
            continue
        emphasis = QTextCharFormat()
        emphasis.setFontItalic(face.fontItalic())
        emphasis.setFontWeight(face.fontWeight())
        emphasis.setFontStrikeOut(face.fontStrikeOut())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(emphasis)


def _code_runs(document: QTextDocument) -> list[tuple[int, int]]:
    """(start, end) of each run of fixed-pitch fragments, in document order."""
    runs: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().fontFixedPitch():
                start, end = fragment.position(), fragment.position() + fragment.length()
                if runs and runs[-1][1] == start:
                    runs[-1] = (runs[-1][0], end)
                else:
                    runs.append((start, end))
            it += 1
        block = block.next()
    return runs
