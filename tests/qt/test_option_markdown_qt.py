"""Markdown in option labels, where Streamlit 1.67 renders it: st.radio, st.pills,
st.segmented_control and st.select_slider show ``:rainbow[...]``, ``:red[...]`` and
partial emphasis (rerunqt kept only the words: the colours were lost)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from screen_pixels import hues

pytestmark = pytest.mark.qt

OPTIONS = '[":rainbow[Comedy]", ":red[Red] text", "**Bold** part", "Plain"]'



def drawn(widget: QWidget) -> str | None:
    """The Markdown a widget draws in place of its plain words (None: its words)."""
    return widget.property("rqMarkdown")


def open_app(rerunqt_pilot, write_script, body: str):
    pilot = rerunqt_pilot(write_script(f"import rerunqt as st\nopts = {OPTIONS}\n{body}"))
    pilot.window.resize(900, 900)
    pilot.settle()
    return pilot


def test_radio_options_show_their_colours(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, 'st.radio("Genre", opts, index=None)')
    rainbow, red, bold, plain = pilot.record(kind="radio").widget.field.buttons
    assert [b.text() for b in (rainbow, red, bold, plain)] == [
        "Comedy", "Red text", "Bold part", "Plain"]  # the words: size, lookups, reading
    assert len(hues(rainbow)) >= 4  # red, orange, yellow, green, blue, violet letters
    assert hues(red) == {0} or hues(red) <= {0, 11}  # the red word (the rest is text colour)
    assert drawn(bold) == "**Bold** part"  # "Bold" alone in bold: its Markdown drawn
    assert hues(plain) == set() and drawn(plain) is None
    assert rainbow.accessibleName() == ":rainbow[Comedy]"


@pytest.mark.parametrize("kind", ["pills", "segmented_control"])
def test_pill_and_segment_options_show_their_colours(rerunqt_pilot, write_script,
                                                     kind: str) -> None:
    pilot = open_app(rerunqt_pilot, write_script, f'st.{kind}("Genre", opts)')
    rainbow, red, _bold, plain = pilot.record(kind=kind).widget.field.buttons
    assert rainbow.text() == "Comedy" and len(hues(rainbow)) >= 4
    assert hues(red) and hues(red) <= {0, 11}
    assert hues(plain) == set()
    assert rainbow.width() >= rainbow.fontMetrics().horizontalAdvance("Comedy")


def test_select_slider_value_and_ends_show_the_options_markdown(rerunqt_pilot,
                                                                write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     'st.select_slider("One", opts, key="one")\n'
                     'st.select_slider("Two", opts, value=(opts[0], opts[1]), key="two")')
    one, two = pilot.record(key="one").widget, pilot.record(key="two").widget
    assert one.min_caption.text() == "Comedy"  # not ":rainbow[Comedy]" as written
    assert len(hues(one.min_caption)) >= 4 and hues(one.max_caption) == set()  # "Plain"
    value = one.body.value_label
    assert isinstance(value, QLabel) and value.text() == "Comedy" and len(hues(value)) >= 4
    assert len(hues(two.body)) >= 4  # the range's own texts: the rainbow option
    pilot.set_value("Plain", key="one")
    assert value.text() == "Plain" and drawn(value) is None


def test_selectbox_and_multiselect_show_options_as_written(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 reads no Markdown in these options (their docstrings promise none)."""
    pilot = open_app(rerunqt_pilot, write_script,
                     'st.selectbox("Pick", opts, key="s")\n'
                     'st.multiselect("Many", opts, default=opts[:1], key="m")')
    assert pilot.widget(key="s").currentText() == ":rainbow[Comedy]"


def test_option_and_button_labels_show_spaces_as_a_browser_does(rerunqt_pilot, write_script) -> None:
    """A quiz's ``format_func=lambda k: f"  {k}   ·   {text}"``: Streamlit's HTML shows
    "A · 194"; the radio showed every space, the words far apart."""
    pilot = rerunqt_pilot(write_script(
        'import rerunqt as st\n'
        'st.radio("Pick", ["A", "B"], format_func=lambda k: f"  {k}   ·   19{ord(k)}")\n'
        'st.button("  Submit   answer ")\n'))
    pilot.settle()
    buttons = pilot.record(kind="radio").widget.field.buttons
    assert [b.text() for b in buttons] == ["A · 1965", "B · 1966"]
    assert pilot.record(kind="button").widget.text() == "Submit answer"
