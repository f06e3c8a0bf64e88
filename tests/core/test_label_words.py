"""A button-like label's Markdown as the words and face a Qt button shows (no Qt here)."""

from __future__ import annotations

import pytest

from rerunqt.core.label_words import BOLD, CODE, ITALIC, STRIKE, face_names, label_words


@pytest.mark.parametrize("label", ["Save", "A & B", "R&D", "Total 5", "a\u00a0 b", ""])
def test_a_plain_label_comes_back_as_it_is(label: str) -> None:
    words, face = label_words(label)
    assert (words, face) == (label, 0)
    assert words is label  # the common path builds nothing


@pytest.mark.parametrize(("label", "words"), [
    ("  A   ·   194", "A · 194"), (" spaced ", "spaced"), ("two\nlines", "two lines"),
    ("tab\there", "tab here"), ("**a**   b", "a b"), ("`a   b`", "a   b"),
])
def test_spaces_are_shown_as_a_browser_shows_the_label(label: str, words: str) -> None:
    """Streamlit's labels are HTML: a quiz's "  A   ·   194" option reads "A · 194"."""
    assert label_words(label)[0] == words


@pytest.mark.parametrize(("label", "words", "face"), [
    ("**Bold**", "Bold", BOLD),
    ("__Bold__", "Bold", BOLD),
    ("*terms*", "terms", ITALIC),
    ("_terms_", "terms", ITALIC),
    ("***both***", "both", BOLD | ITALIC),
    ("~~old~~", "old", STRIKE),
    ("`code`", "code", CODE),
    ("**`x`**", "x", BOLD | CODE),
    (":red[**x**]", "x", BOLD),
    ("*a**b**c*", "abc", ITALIC),
])
def test_an_emphasis_around_the_whole_label_is_its_face(label: str, words: str, face: int) -> None:
    assert label_words(label) == (words, face)


@pytest.mark.parametrize(("label", "words"), [
    ("**Bold** `code` :red[x]", "Bold code x"),
    ("**a** and **b**", "a and b"),
    ("Click *here* ~~now~~", "Click here now"),
    ("2*3*4", "234"),  # CommonMark: asterisks emphasise inside a word
    ("snake_case_name", "snake_case_name"),  # underscores do not
    ("[docs](https://example.com) here", "docs here"),
    ("![logo](logo.png) Company", "Company"),  # an image is drawn like an icon: none here
    ("![logo](logo.png)", "logo"),  # alone, its alt text rather than nothing
    (":blue-background[bg] y", "bg y"),
    (":small[s] :green-badge[ok]", "s ok"),
    (":unknown[x]", ":unknown[x]"),
    ("1\\. Not a list", "1. Not a list"),
    ("\\*literal\\*", "*literal*"),
    ("`**kept**`", "**kept**"),
    ("a ` b", "a ` b"),
    ("Time: 10:30", "Time: 10:30"),
    (":tada: Party", "\U0001F389 Party"),
    ("Home :material/home:", "Home \u2302"),
])
def test_markup_is_never_shown_raw(label: str, words: str) -> None:
    assert label_words(label)[0] == words


def test_a_leading_material_icon_is_set_apart_as_icon_shows_it() -> None:
    assert label_words(":material/add: Add") == ("+  Add", 0)
    assert label_words(":material/home:") == ("\u2302", 0)
    assert label_words(":material/open_in_new: Open *docs*") == ("\u2197  Open docs", 0)
    assert label_words(":material/save: **Save**") == ("\U0001F4BE  Save", BOLD)
    # an unknown icon shows nothing, as icon= does; alone, its name rather than nothing
    assert label_words(":material/no_such_icon: Go") == ("Go", 0)
    assert label_words(":material/no_such_icon:") == ("no such icon", 0)


def test_face_names_are_what_the_stylesheet_selects_on() -> None:
    assert face_names(0) == ""
    assert face_names(BOLD | ITALIC) == "bold italic"
    assert face_names(STRIKE | CODE) == "strike code"


@pytest.mark.parametrize(("label", "words", "face"), [
    ("# Tickets ", "Tickets", 0), ("### **Total**", "Total", BOLD), ("- item", "item", 0),
    ("> quote", "quote", 0), ("1. Step one", "Step one", 0), ("> - nested", "nested", 0),
    ("## Title ##", "Title", 0), ("---", "", 0), ("+ 5%", "5%", 0),
    ("\\# of items", "# of items", 0), ("#1 Priority", "#1 Priority", 0), ("-5%", "-5%", 0),
    ("**a** - b", "a - b", 0), ("2024 results", "2024 results", 0),
])
def test_block_markdown_is_unwrapped_to_its_text(label: str, words: str, face: int) -> None:
    """Streamlit's labels allow no headings, lists, quotes or rules: only their text shows
    (a dashboard's ``st.metric("# Tickets", ...)`` reads "Tickets", in the label's font)."""
    assert label_words(label) == (words, face)
