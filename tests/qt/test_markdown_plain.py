"""A markdown label's screen-reader text: the short cut for plain text says what Qt says."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from rerunqt.qt.adapters.text import _plain

pytestmark = pytest.mark.qt

SAMPLES = [
    "Toggle is `True`", "Total: 3 items", "a `b` c", "`x`", "x `1.5`", "a `` b ``", "1. first",
    "- item", "+ item", "# Title", "**bold** text", "a  b", " lead", "trail ", "x = 1 + 2",
    "http://example.com/a", "[link](http://x)", "a & b", "&amp;", "a_b_c", "line\nbreak",
    "` spaced `", "tick ` alone", "Count = 3.5!", "(a) b: c?", "é ü ok", "~~gone~~", "a | b",
]


def qt_plain(markdown: str) -> str:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document.toPlainText()[:200]


@pytest.mark.parametrize("markdown", SAMPLES)
def test_the_screen_reader_text_is_what_the_document_shows(qapp, markdown: str) -> None:
    assert _plain(markdown) == qt_plain(markdown)
