"""Markdown in button-like labels, as Streamlit 1.67 draws it: colour directives
(``:red[...]``, ``:blue-background[...]``, ``:rainbow[...]``) and inline code's grey chip on
st.button and its kin, st.checkbox, st.toggle, st.popover, expander headers and tabs
(rerunqt kept only the words, in one colour; code was monospace with no chip)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget
from screen_pixels import hues

from rerunqt.qt.code_style import CODE_BACKGROUND
from rerunqt.qt.markdown_html import BACKGROUND, TEXT

pytestmark = pytest.mark.qt



def count_of(widget: QWidget, colour: str) -> int:
    """How many pixels of ``widget`` show exactly ``colour``."""
    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) == wanted)


def open_app(rerunqt_pilot, write_script, body: str):
    pilot = rerunqt_pilot(write_script(f"import rerunqt as st\n{body}"))
    pilot.window.resize(900, 900)
    pilot.settle()
    return pilot


BUTTONS = {
    "button": 'st.button(":red[Delete] all")',
    "download_button": 'st.download_button(":red[Delete] all", "data")',
    "link_button": 'st.link_button(":red[Delete] all", "https://example.org")',
    "form_submit_button": 'with st.form("f"):\n    st.form_submit_button(":red[Delete] all")',
    "menu_button": 'st.menu_button(":red[Delete] all", ["a", "b"])',
    "page_link": 'st.page_link("https://example.org", label=":red[Delete] all")',
}


@pytest.mark.parametrize("kind", list(BUTTONS))
def test_button_labels_show_their_colours(rerunqt_pilot, write_script, kind: str) -> None:
    pilot = open_app(rerunqt_pilot, write_script, BUTTONS[kind])
    button = pilot.record(kind=kind).widget
    assert "Delete all" in button.text()  # the words: size, lookups, reading
    assert count_of(button, TEXT[False]["red"]) > 10  # the red word
    assert hues(button) <= {0, 11}  # the rest plain


def test_a_button_icon_stays_before_the_coloured_words(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     'st.button(":blue-background[Blue]", icon=":material/home:", key="b")')
    button = pilot.widget(key="b")
    assert button.text().endswith("Blue") and button.text() != "Blue"  # icon, gap, words
    assert button.property("rqMarkdown").endswith(":blue-background[Blue]")
    assert count_of(button, BACKGROUND[False]["blue"]) > 40  # the blue behind the word


def test_checkbox_and_toggle_labels_show_their_colours(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     'st.checkbox(":rainbow[Rainbow check]", key="c")\n'
                     'st.toggle(":green[Green] toggle", key="t")')
    check, toggle = pilot.widget(key="c"), pilot.widget(key="t")
    assert check.text() == "Rainbow check" and len(hues(check)) >= 4
    assert count_of(toggle, TEXT[False]["green"]) > 10  # the green word (the track is grey)
    assert toggle.width() >= toggle.sizeHint().width()


def test_popover_expander_and_tab_labels_show_their_colours(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     'with st.popover(":green[Pop]"):\n    st.write("x")\n'
                     'with st.expander(":green[Open] me"):\n    st.write("y")\n'
                     'a, b = st.tabs(["Plain", ":green[Green] tab"])\n'
                     'a.write("1")\nb.write("2")')
    popover = pilot.record(kind="popover").widget
    expander = pilot.record(kind="expander").widget
    tabs = pilot.record(kind="tabs").widget
    assert isinstance(tabs, QTabWidget)
    green = TEXT[False]["green"]  # the light theme's (a dark one's on a light page was wrong)
    assert count_of(popover, green) > 10 and count_of(expander.header, green) > 10
    assert tabs.tabText(1) == "Green tab" and tabs.currentIndex() == 0
    assert count_of(tabs.tabBar(), green) > 10  # the unselected tab's green word
    assert count_of(tabs.tabBar(), TEXT[False]["red"]) == 0


@pytest.mark.parametrize("body", ['st.button("`code`", key="w")',
                                  'st.button("Run `main.py`", key="w")',
                                  'st.checkbox("`flag`", key="w")',
                                  'st.radio("R", ["`one`", "two"], key="w")'])
def test_inline_code_in_labels_sits_on_its_grey_chip(rerunqt_pilot, write_script,
                                                     body: str) -> None:
    pilot = open_app(rerunqt_pilot, write_script, body)
    widget = pilot.widget(key="w")
    chip = CODE_BACKGROUND[False]
    assert count_of(widget, chip) > 40  # the chip behind the code's letters


def ink(widget: QWidget, rect) -> int:  # type: ignore[no-untyped-def]
    """Pixels of ``widget`` inside ``rect`` darker than the page (its text's strokes)."""
    image = widget.grab().toImage()
    return sum(1 for y in range(rect.top(), rect.bottom()) for x in range(rect.left(), rect.right())
               if QColor(image.pixel(x, y)).lightness() < 200)


def test_a_whole_tab_label_in_bold_or_struck_through_shows_it(rerunqt_pilot, write_script) -> None:
    """st.tabs(["**Bold Text**", "~Strikethough~"]) (Streamlit's st_tabs app): the tab bar
    has one font, so a label's face was lost and the words showed plain."""
    pilot = open_app(rerunqt_pilot, write_script,
                     'st.tabs(["x", "Same words", "Struck"])\n'
                     'st.tabs(["x", "**Same words**", "~Struck~"])\n')
    plain, marked = [r.widget for r in pilot.window.renderer.find(kind="tabs")]
    assert plain.tabText(1) == marked.tabText(1) == "Same words"
    for index in (1, 2):  # bold: thicker strokes; struck: a line through the words
        rect = plain.tabBar().tabRect(index)
        assert ink(marked.tabBar(), rect) > 1.15 * ink(plain.tabBar(), rect)


def test_a_long_expander_label_with_markdown_wraps_and_keeps_its_colours(
        rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's summary wraps a long label; one with Markdown was cut short in the middle
    by Qt and drawn as bare words (no colour, no bold)."""
    words = "and a good many more words " * 4
    pilot = open_app(rerunqt_pilot, write_script,
                     f'with st.expander(":green[Open] **me** {words}"):\n    st.write("y")\n'
                     'with st.expander("Short"):\n    st.write("z")\n')
    pilot.window.resize(520, 700)
    long, short = (pilot.record(label=label).widget.header
                   for label in (f":green[Open] **me** {words}", "Short"))
    lines = long.fontMetrics().height()
    qtbot.waitUntil(lambda: long.height() > short.height() + lines // 2)
    assert count_of(long, TEXT[False]["green"]) > 10
