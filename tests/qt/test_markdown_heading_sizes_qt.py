"""Headings inside st.markdown in Streamlit's sizes: ``#`` to ``###`` as st.title,
st.header and st.subheader, ``####`` and ``#####`` larger than the body text and ``######``
its size (Streamlit's 1.5, 1.25 and 1rem). Qt's own reader drew ``####`` at the body size
and ``#####``/``######`` smaller than the text under them (a tutorial's "#### st.markdown()"
section title looked like a bold line of text)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

pytestmark = pytest.mark.qt


def label(text: str):  # type: ignore[no-untyped-def]
    from rerunqt.qt.adapters.elide import ElidingLabel

    widget = ElidingLabel(markdown=True)
    widget.setStyleSheet("font-size: 14px;")
    widget.resize(500, 100)
    widget.set_text(text)
    return widget


def test_each_heading_level_is_at_least_the_body_size_and_smaller_than_the_one_above(
        qapp) -> None:
    body = label("Heading").sizeHint().height()
    heights = [label("#" * level + " Heading").sizeHint().height() for level in range(1, 7)]
    assert heights[4] > body  # ##### above the body text (it was smaller)
    assert heights[5] >= body  # ###### the body size (it was smaller)
    assert heights[3] > heights[4] or heights[3] > body
    assert heights[0] > heights[1] > heights[2] > body


def test_a_heading_in_a_longer_text_keeps_its_size_and_words(qapp) -> None:
    widget = label("intro line\n\n##### Small heading\n\nthe text under it")
    document = QTextDocument()
    document.setHtml(widget.text())
    document.setDefaultFont(widget.font())
    document.setTextWidth(500)
    layout = document.documentLayout()
    blocks, block = [], document.begin()
    while block.isValid():
        if block.text():
            blocks.append((block.text(), layout.blockBoundingRect(block).height()))
        block = block.next()
    assert [text for text, _ in blocks] == ["intro line", "Small heading", "the text under it"]
    line = widget.fontMetrics().height()
    heading = blocks[1][1]
    assert heading > line  # its own type, larger than the text, and a gap above/below


def test_a_heading_with_bold_words_keeps_them_bold_in_the_heading_size(qapp) -> None:
    # "# Bold **header1**" (Streamlit's st_markdown e2e app) crashed the window: sizing
    # the runs merged them under a live fragment iterator
    plain = label("# Bold header1").sizeHint().height()
    widget = label("# Bold **header1**")
    assert widget.sizeHint().height() == pytest.approx(plain, abs=2)
    document = QTextDocument()
    document.setHtml(widget.text())
    block = document.begin()
    runs, it = [], block.begin()
    while not it.atEnd():
        part = it.fragment()
        runs.append((part.text(), part.charFormat().font().bold(),
                     part.charFormat().font().pixelSize()))
        it += 1
    assert "".join(text for text, _, _ in runs) == "Bold header1"
    assert runs[-1][1] is True  # the bold word stays bold
    assert {size for _, _, size in runs} == {round(14 * 30 / 14)}  # both at the h1 size


def test_configured_heading_sizes_reach_markdown_headings(qapp) -> None:
    """[theme] headingFontSizes: a Markdown "#" grows as st.title does (both are h1)."""
    from rerunqt.qt import theme_state
    from rerunqt.theme_custom import CustomTheme

    before = (theme_state.base(), theme_state.custom(), theme_state.zoom())
    plain = label("# Heading").sizeHint().height()
    try:
        theme_state.set_current("light", CustomTheme.from_options(
            {"theme.headingFontSizes": "5.5rem"}, "light"))
        assert label("# Heading").sizeHint().height() > plain * 1.5
    finally:
        theme_state.set_current(*before)


def test_configured_code_font_size_reaches_markdown_code_blocks(qapp) -> None:
    """[theme] codeFontSize: a fenced block in Markdown grows as st.code does."""
    from rerunqt.qt import theme_state
    from rerunqt.theme_custom import CustomTheme

    before = (theme_state.base(), theme_state.custom(), theme_state.zoom())
    plain = label("```\ncode\n```").sizeHint().height()
    try:
        theme_state.set_current("light", CustomTheme.from_options(
            {"theme.codeFontSize": "2rem"}, "light"))
        assert label("```\ncode\n```").sizeHint().height() > plain * 1.4
    finally:
        theme_state.set_current(*before)
