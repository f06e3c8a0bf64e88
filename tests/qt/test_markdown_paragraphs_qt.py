"""Paragraphs, hard breaks and runs of spaces in a Markdown label, laid out as a browser
lays out Streamlit's Markdown (st.markdown's docstring example shows all three).

Streamlit's paragraphs are 1rem apart (``p { margin: 0 0 1rem }``, the gap between two
elements); a hard break starts a line with no gap; a run of spaces shows as one space.
Qt's own Markdown reader put 6 px around every block, hard breaks included, and kept
every space.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from rerunqt.qt.markdown_html import PARAGRAPH_GAP

pytestmark = pytest.mark.qt


def label(text: str):  # type: ignore[no-untyped-def]
    from rerunqt.qt.adapters.elide import ElidingLabel

    widget = ElidingLabel(markdown=True)
    widget.resize(500, 100)
    widget.set_text(text)
    return widget


def shown(widget) -> str:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    if widget.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(widget.text())
    else:
        document.setMarkdown(widget.text())
    return document.toPlainText()


def test_paragraphs_are_the_page_gap_apart(qapp) -> None:
    one = label("first").height()
    two = label("first\n\nsecond").height()
    three = label("first\n\nsecond\n\nthird").height()
    assert three - two == two - one  # each paragraph adds a line and one gap
    assert two - 2 * one == PARAGRAPH_GAP


def test_a_hard_break_is_a_new_line_without_a_gap(qapp) -> None:
    one = label("first").height()
    for text in ("If you end a line with two spaces,  \na soft return is used.",
                 "a line ending in a backslash\\\nnext line"):
        broken = label(text)
        assert broken.height() == 2 * one, text
        assert len(shown(broken).splitlines()) == 2, text


def test_bold_ending_in_punctuation_before_a_hard_break_is_bold(qapp) -> None:
    """The chatbot template's role card (``st.write``): ``**Your Role Card:**  `` then the
    text on the next line. Its asterisks showed, the words not bold (Qt's reader does not
    take the line break for white space, so a bold ending in ``:`` was not closed)."""
    document = QTextDocument()
    card = label("**Your Role Card:**  \nThe company  \n**Goal:**  \nThe quality")
    document.setHtml(card.text())
    assert document.toPlainText().split("\n") == [
        "Your Role Card:", "The company", "Goal:", "The quality"]
    bold = []
    it = document.firstBlock().begin()
    while not it.atEnd():
        if it.fragment().charFormat().fontWeight() >= 600:
            bold.append(it.fragment().text())
        it += 1
    assert bold == ["Your Role Card:", "Goal:"]


def test_a_code_block_is_a_paragraph_gap_from_the_text_around_it(qapp) -> None:
    """30 Days of Streamlit's lessons: "Here's how to use st.write:" then a fenced code
    block, then "## Line-by-line explanation". The box touched the line above it and the
    heading under it (Qt drops a paragraph's margin next to the box); Streamlit's Markdown
    keeps 1rem between them (``p`` and the code block each have a 1rem bottom margin), and
    none above a code block that starts the text."""
    def tall(text: str) -> int:
        return label(text).heightForWidth(500)

    para, code, heading = tall("para"), tall("```\nx = 1\n```"), tall("## Head")
    assert tall("para\n\n```\nx = 1\n```") == para + PARAGRAPH_GAP + code
    assert tall("```\nx = 1\n```\n\npara") == code + PARAGRAPH_GAP + para
    assert tall("```\nx = 1\n```\n\n## Head") == code + PARAGRAPH_GAP + heading


@pytest.mark.parametrize(("text", "expected"), [
    ("Here's the code:  \n```python\nx = 1\n```\n\nDone.", "Here's the code:\nx = 1\n\nDone."),
    ("Steps:  \n- first\n- second", "Steps:\nfirst\nsecond"),
    ("Intro  \n# Heading\nafter", "Intro\nHeading\nafter"),
    ("said  \n> a quote", "said\na quote"),
])
def test_two_spaces_before_a_block_end_the_paragraph(qapp, text: str, expected: str) -> None:
    """A chatbot's answer "Here's the code:  " (two trailing spaces) then a fenced code
    block: the fence was pulled into the paragraph as a line break, so the code showed as
    the text "```python x = 1" and the blocks after it were off. In Markdown a fence,
    list, heading or quote ends the paragraph above it (no break)."""
    assert shown(label(text)).strip("\n") == expected


def test_a_run_of_spaces_shows_as_one(qapp) -> None:
    assert shown(label("Here's a bouquet &mdash;            X")) == "Here's a bouquet \u2014 X"
    assert shown(label("a  **b**   c")) == "a b c"


def test_code_keeps_its_spaces_and_its_trailing_spaces(qapp) -> None:
    code = label("```\nx  = 1  \ny\n```\n\nafter")
    assert shown(code).splitlines()[:3] == ["", "x  = 1  ", "y"]


def test_paragraphs_in_a_window_are_as_far_apart_as_two_elements(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("first\\n\\nsecond\\n\\nthird")\n'
        'st.markdown("one line")\n'))
    texts = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    gap = texts[1].y() - texts[0].geometry().bottom() - 1
    assert texts[0].height() == 3 * texts[1].height() + 2 * gap


def ink_rows(widget) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The bands of rows holding text (dark pixels, a quote's dimmed ones too), top to bottom."""
    from PySide6.QtGui import QColor

    widget.setStyleSheet("background: white; color: black;")
    image = widget.grab().toImage()
    bands, start = [], None
    for y in range(image.height() + 1):
        ink = y < image.height() and any(
            QColor(image.pixel(x, y)).lightness() < 180 for x in range(0, min(200, image.width())))
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            bands.append((start, y))
            start = None
    return bands


def test_a_block_quote_is_a_paragraph_gap_from_its_neighbours(qapp) -> None:
    """Streamlit: ``blockquote { margin: 1em 0 }``, as far from the paragraphs around it as
    they are from each other; its paragraphs 1rem apart too."""
    plain = label("ABC\n\nABC\n\nABC")
    quoted = label("ABC\n\n> ABC\n\nABC")
    assert quoted.height() == plain.height()
    lines, quote_lines = ink_rows(plain), ink_rows(quoted)
    gaps = [b[0] - a[1] for a, b in zip(lines, lines[1:])]
    assert len(quote_lines) == 3
    assert [b[0] - a[1] for a, b in zip(quote_lines, quote_lines[1:])] == gaps
    long = label("ABC\n\n> ABC\n>\n> ABC\n\nABC")  # two paragraphs in the quote
    assert long.height() == label("ABC\n\nABC\n\nABC\n\nABC").height()
    assert label("ABC\n\n> ABC").height() == label("ABC\n\nABC").height()  # none after the last
    assert label("> ABC\n\nABC").height() == label("ABC\n\nABC").height() + PARAGRAPH_GAP  # 1em above


def darkest(widget) -> int:  # type: ignore[no-untyped-def]
    """The lightness of the darkest pixel of ``widget`` (its text's colour)."""
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    return min(QColor(image.pixel(x, y)).lightness()
               for y in range(image.height()) for x in range(image.width()))


@pytest.mark.parametrize("dark", [False, True])
def test_a_block_quote_s_words_are_dimmed(qapp, dark: bool) -> None:
    """Streamlit draws ``blockquote`` at its secondary opacity (0.6): the quote's words,
    coloured ones too, are fainter than the paragraph's (rerunqt drew them alike)."""
    from PySide6.QtGui import QColor

    from rerunqt.qt.app import apply_theme

    apply_theme(qapp, "dark" if dark else "light", force=True)
    try:
        plain, quoted = label("Some words"), label("> Some words")
        back = QColor("#0e1117" if dark else "#ffffff").lightness()
        for widget in (plain, quoted):
            widget.setStyleSheet(f"background: {'#0e1117' if dark else '#ffffff'};")
        ink, dim = darkest(plain), darkest(quoted)
        if dark:  # light words on a dark page: the brightest pixel is the ink (past the bar)
            images = [w.grab().toImage() for w in (plain, quoted)]
            ink, dim = (max(QColor(image.pixel(x, y)).lightness()
                            for y in range(image.height()) for x in range(20, image.width()))
                        for image in images)
        # about 60 % of the way from the background to the words' colour
        assert abs(dim - back) < 0.75 * abs(ink - back) and abs(dim - back) > 0.4 * abs(ink - back)
        red = label("> :red[Red] words").grab().toImage()
        assert QColor("#c62828" if not dark else "#ff6c6c").rgb() not in {
            red.pixel(x, y) for y in range(red.height()) for x in range(red.width())}
    finally:
        apply_theme(qapp, "light", force=True)


def test_a_horizontal_rule_is_drawn_like_st_divider(rerunqt_pilot, write_script) -> None:
    """`---` in Markdown (st.write("---"), a common divider) is Streamlit's light grey
    line, the same as st.divider(); Qt drew it in the text colour, a black bar."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.markdown("above\\n\\n---\\n\\nbelow")
        st.divider()
    """))
    pilot.window.resize(600, 400)
    pilot.settle()
    shot = pilot.window.grab().toImage()

    def line_colours(widget) -> set[str]:  # type: ignore[no-untyped-def]
        x = widget.mapTo(pilot.window, widget.rect().topRight()).x() - 20  # right of any word
        top = widget.mapTo(pilot.window, widget.rect().topLeft()).y()
        colours = {shot.pixelColor(x, y).name() for y in range(top, top + widget.height())}
        return colours - {shot.pixelColor(5, top).name()}  # not the page's background

    markdown = pilot.window.renderer.find(kind="markdown")[0].widget
    divider = pilot.window.renderer.find(kind="divider")[0].widget
    assert line_colours(divider)
    assert line_colours(markdown) == line_colours(divider)


def test_a_heading_is_one_line_even_with_two_spaces_after_it(qapp) -> None:
    """``# Heading  `` then a line of text: the text was pulled into the heading (one
    block, in heading type); a heading is a single line, the text a paragraph under it."""
    document = QTextDocument()
    document.setHtml(label("# Heading  \nthe text under it").text())
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block.text())
        block = block.next()
    assert [text for text in blocks if text] == ["Heading", "the text under it"]
