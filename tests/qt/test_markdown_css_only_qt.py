"""st.markdown("<style>...</style>", unsafe_allow_html=True), the community's way to load
CSS, draws nothing in Streamlit 1.67: the element is 0 px high and only the page's gap
(1rem) shows (streamlit#5926). Here the label was a blank line high, so every app that
loads CSS first had its title pushed down by an extra line."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt


def _tops(pilot) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.widget.mapTo(pilot.window, r.widget.rect().topLeft()).y()
            for r in pilot.window.renderer.find(kind="title")]


@pytest.mark.parametrize("first", [
    'st.markdown("<style>.answer { color: red }</style>", unsafe_allow_html=True)',
    'st.markdown("""\n<style>\n#MainMenu {visibility: hidden;}\n</style>\n<!-- c -->\n""", '
    'unsafe_allow_html=True)',
    'st.markdown("")',
    'st.write("")',
    'st.markdown(\'<div class="button-row">\', unsafe_allow_html=True)',  # a box opened...
    'st.markdown("</div>", unsafe_allow_html=True)',  # ... and closed in another element
    'st.markdown("<style>.g {}</style><div class=\'glow\'></div>", unsafe_allow_html=True)',
])
def test_markdown_that_draws_nothing_leaves_only_the_gap(rerunqt_pilot, write_script, first: str) -> None:
    # two files: one written over the other would show the first window's "Source changed"
    # bar once its watcher looks (under load, before the titles are measured)
    plain = rerunqt_pilot(write_script('import streamlit as st\nst.title("A")\n', "plain.py"))
    styled = rerunqt_pilot(write_script(f'import streamlit as st\n{first}\nst.title("A")\n',
                                        "styled.py"))
    blank = [r.widget for r in styled.window.renderer.find(kind="markdown")]
    assert blank and blank[0].height() == 0
    gap = styled.window.renderer.find(kind="title")[0].widget.y() - blank[0].y()
    assert _tops(styled)[0] - _tops(plain)[0] == gap > 0


def test_css_shown_as_text_when_html_is_off_and_what_draws_keeps_its_height(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>.a {}</style>")\n'
        'st.markdown("<style>.a {}</style>words", unsafe_allow_html=True)\n'
        'st.markdown("a<br>", unsafe_allow_html=True)\n'
        'st.markdown("&nbsp;")\n'
        'st.markdown(\'<div style="height: 30px"></div>\', unsafe_allow_html=True)\n'))
    labels = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    assert len(labels) == 5 and all(label.height() > 10 for label in labels)


def test_a_label_that_gets_text_grows_again(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("x" if st.checkbox("c") else "")\n'))
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    assert label.height() == 0
    pilot.click(label="c")
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    assert label.height() > 10


def test_spaces_between_block_tags_add_no_blank_line(rerunqt_pilot, write_script) -> None:
    """An indented card (``<div class="q-card">`` then its lines, as quiz apps write it) is
    as high as the same HTML on one line: a browser draws nothing between two blocks."""
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "st.markdown('''<div class=\"q-card\">\n"
        "                <div class=\"q-number\">Question 1 of 2</div>\n"
        "                <div class=\"q-text\">How many?</div>\n"
        "            </div>''', unsafe_allow_html=True)\n"
        "st.markdown('<div><div>Question 1 of 2</div><div>How many?</div></div>',"
        " unsafe_allow_html=True)\n"
        "st.markdown('a <b>bold</b> <i>word</i>', unsafe_allow_html=True)\n"))
    card, flat, inline = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    assert card.height() == flat.height() > 0
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(inline.text())
    assert document.toPlainText().strip() == "a bold word"  # spaces between inline tags stay
