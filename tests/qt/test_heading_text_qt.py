"""A heading's first line is the heading's text, as Streamlit draws it ("## <line>"):
``st.header("2. Example of object notation")`` was an indented list item whose "2."
Qt drew as a list marker, and "- Notes" a bullet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

pytestmark = pytest.mark.qt


def shown(label) -> str:
    """The words the label draws, read the way the label reads its text."""
    document = QTextDocument()
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(label.text())
    elif label.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(label.text())
    else:
        return label.text()
    return document.toPlainText().strip()


def is_list(label) -> bool:
    document = QTextDocument()
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(label.text())
    else:
        document.setHtml(label.text())
    return document.firstBlock().textList() is not None


def test_numbered_and_dashed_headings_are_text_not_lists(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.title('1. Intro')\n"
        "st.header('2. Example of object notation')\n"
        "st.subheader('- Notes')\n"
        "st.header('***Bold*** words')\n"))
    pilot.settle()
    headers = [record.widget for record in pilot.window.renderer.find(kind="header")]
    title, subheader = pilot.record(kind="title").widget, pilot.record(kind="subheader").widget
    header, bold = headers
    assert shown(title) == "1. Intro"
    assert shown(header) == "2. Example of object notation"
    assert shown(subheader) == "- Notes"
    assert shown(bold) == "Bold words"  # inline markup still renders
    assert not any(is_list(label) for label in (title, header, subheader))
