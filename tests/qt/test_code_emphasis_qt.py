"""Inline code keeps the emphasis around it (``*`x`*`` italic, ``**`x`**`` bold), as a
browser draws Streamlit's ``<em><code>``; Qt's Markdown reader dropped it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QTextDocument

pytestmark = pytest.mark.qt


def faces(markdown: str) -> dict[str, tuple[bool, bool, bool]]:
    """Each code span's text: (italic, bold, struck out)."""
    from rerunqt.qt.markdown_html import read_markdown

    document = QTextDocument()
    read_markdown(document, markdown)
    found = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char = it.fragment().charFormat()
            if char.fontFixedPitch():
                found[it.fragment().text()] = (char.fontItalic(),
                                               char.fontWeight() > QFont.Weight.Normal,
                                               char.fontStrikeOut())
            it += 1
        block = block.next()
    return found


def test_code_inside_emphasis_takes_its_face(qapp: Any) -> None:
    assert faces("*`Code italic efg`*") == {"Code italic efg": (True, False, False)}
    assert faces("**`Code bold efg`**") == {"Code bold efg": (False, True, False)}
    assert faces("***`both`***") == {"both": (True, True, False)}
    assert faces("~~`gone`~~") == {"gone": (False, False, True)}
    assert faces("_see `here` now_ and `plain` *b*") == {"here": (True, False, False),
                                                         "plain": (False, False, False)}
    assert faces("`my_var` and `other_var`") == {"my_var": (False, False, False),
                                                 "other_var": (False, False, False)}


def test_a_label_shows_italic_code(rerunqt_pilot: Any, write_script: Any) -> None:
    pilot = rerunqt_pilot(write_script('import rerunqt as st\nst.write("*`Code italic efg`*")\n'))
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    document = QTextDocument()
    document.setHtml(label.text())
    cursor = document.find("Code italic")
    assert cursor.charFormat().fontItalic()
