"""Streamlit Markdown's HTML switch, typographic symbols and emoji short codes, Qt-free."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def allow_html(script: str) -> list[tuple[str, bool]]:
    at = AppTest.from_string("import rerunqt as st\n" + script).run()
    assert not at.exception, at.exception
    return [(view.type, view.allow_html) for view in at.main.children.values()]


def test_markdown_and_caption_props_carry_whether_html_is_allowed() -> None:
    assert allow_html("st.markdown('<b>x</b>')\n"
                      "st.markdown('<b>x</b>', unsafe_allow_html=True)\n"
                      "st.markdown('<b>x</b>', True, text_alignment='center')\n"
                      "st.caption('a<br>b')\n"
                      "st.caption('a<br>b', unsafe_allow_html=True)\n") == [
        ("markdown", False), ("markdown", True), ("markdown", True),
        ("caption", False), ("caption", True)]


def test_write_passes_unsafe_allow_html_on() -> None:
    assert allow_html("st.write('a<br>b', 3)\nst.write('a<br>b', unsafe_allow_html=True)\n") == [
        ("markdown", False), ("markdown", True)]


def test_the_allow_html_prop_is_in_the_element_s_props() -> None:
    from rerunqt.core.element import walk

    at = AppTest.from_string("import rerunqt as st\nst.markdown('x', unsafe_allow_html=True)\n"
                             "st.info('<b>x</b>')\n").run()
    markdown, info = (e for e in walk(at.tree) if e.kind in ("markdown", "info"))
    assert markdown.prop("unsafe_allow_html") is True
    assert info.prop("unsafe_allow_html") is None  # alerts: never HTML, as in Streamlit


@pytest.mark.parametrize(("source", "shown"), [
    ("a -> b", "a \u2192 b"), ("a <- b", "a \u2190 b"), ("a <-> b", "a \u2194 b"),
    ("a -- b", "a \u2014 b"), ("a >= b", "a \u2265 b"), ("a <= b", "a \u2264 b"),
    ("a ~= b", "a \u2248 b"), ("-> start", "\u2192 start"), ("end ->", "end \u2192"),
    ("a->b -> c", "a->b \u2192 c"), ("x --flag -- y", "x --flag \u2014 y"),
    ("a ---> b <= c", "a ---> b \u2264 c"),
    ("a \ue000\ue100-> b\ue001", "a \ue000\ue100\u2192 b\ue001"),  # a directive's range starts a text
])
def test_typographic_symbols_replace_words_between_spaces(source: str, shown: str) -> None:
    from rerunqt.core.md_directives import typographic

    assert typographic(source) == shown


NOT_EMOJI = [":space:", ":bullet:", ":latin_small_letter_a:", "12:30:45", ":euro_sign:",
             ":not_an_emoji_at_all:", ":thumbsup:", ":robot_face:"]  # not in Streamlit's list


@pytest.mark.parametrize(("code", "symbol"), [
    ("tulip", "\U0001F337"), ("cherry_blossom", "\U0001F338"), ("rose", "\U0001F339"),
    ("hibiscus", "\U0001F33A"), ("sunflower", "\U0001F33B"), ("blossom", "\U0001F33C"),
    ("crossed_swords", "\u2694"), ("sleepy", "\U0001F62A"), ("traffic_light", "\U0001F6A5"),
    ("nail_care", "\U0001F485"), ("a", "\U0001F170\ufe0f"), ("+1", "\U0001F44D"), ("cow", "\U0001F42E"),
])
def test_emoji_short_codes_are_streamlits(code: str, symbol: str) -> None:
    """Every short code of Streamlit 1.67's Markdown (its front end's list, 1570 names:
    ``:traffic_light:`` showed as written), and only those."""
    from rerunqt.core.md_directives import parse

    assert parse(f"a :{code}: b")[0] == f"a {symbol} b"
    for text in NOT_EMOJI:  # names that are not emoji stay as written
        assert parse(f"{text} :{code}:")[0] == f"{text} {symbol}"


def test_short_codes_in_code_spans_stay_as_written() -> None:
    from rerunqt.core.md_directives import parse

    assert parse("`:tulip:` :tulip:")[0] == "`:tulip:` \U0001F337"


def test_the_emoji_fallback_loads_its_names_only_when_asked() -> None:
    import subprocess
    import sys

    loaded = "'rerunqt.core.emoji_names' in sys.modules"
    code = ("import sys, rerunqt.core.md_directives as md\n"
            f"print({loaded}, md.parse(':smile:')[0] == '\\U0001F604', "
            f"{loaded}, md.parse(':tulip:')[0] == '\\U0001F337')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "False", "True"]


def test_hidden_tags_skip_autolinks_entities_and_escapes() -> None:
    from rerunqt.core.md_html import TAG_BASE, hide_tags

    text, tags = hide_tags("a<br>b <https://x.org> <me@x.org> &lt;i&gt; \\<u> "
                           "<!-- note --> <style>\n\np {}\n</style> [l](<a b>) <img src='x.png'/>")
    assert tags == ["<br>", "<!-- note -->", "<style>\n\np {}\n</style>", "<img src='x.png'/>"]
    assert text == (f"a<{chr(TAG_BASE)}>b <https://x.org> <me@x.org> &lt;i&gt; \\<u> "
                    f"<{chr(TAG_BASE + 1)}> <{chr(TAG_BASE + 2)}> [l](<a b>) <{chr(TAG_BASE + 3)}>")


def test_an_end_not_found_is_not_looked_for_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand unclosed "<!--" or "<script>" cost one search for their end, not one
    search of the rest of the text each (which took seconds on a page of them)."""
    from rerunqt.core import md_html

    class Counted(str):
        finds = 0

        def find(self, *args: object) -> int:  # type: ignore[override]
            Counted.finds += 1
            return super().find(*args)  # type: ignore[arg-type]

    _, tags = md_html.hide_tags(Counted("<!--" * 1000 + "<?" * 1000 + "<b>"))
    assert Counted.finds == 2 and tags == ["<b>"]

    searches = []
    ending = md_html._CONTENT_ENDS["script"]

    class CountedPattern:
        def search(self, text: str, pos: int) -> object:
            searches.append(pos)
            return ending.search(text, pos)

    monkeypatch.setitem(md_html._CONTENT_ENDS, "script", CountedPattern())
    _, tags = md_html.hide_tags("<script>" * 1000)
    assert len(tags) == 1000 and len(searches) == 1


def test_a_block_tag_is_read_as_a_browser_reads_it() -> None:
    """A line that starts with a block tag is an HTML block in CommonMark, handed to the
    browser as it is: a heading styled with quotes inside its quotes (a real word game's
    ``font-family: 'EB Garamond'``) is a heading in Streamlit. It was shown as text, tag
    and all. Inline, such a tag stays text, as CommonMark reads it; so does a block tag
    whose ``>`` never comes before a blank line."""
    from rerunqt.core.md_html import hide_tags

    h1 = "<h1 style='text-align: center; font-family: 'EB Garamond', serif; font-size: 24px;'>"
    _, tags = hide_tags(h1 + "Anti-Wordle</h1>\n\nsee <b x='1'y>here</b>\n  <div a=\"x>y\">z</div>")
    assert tags == [h1, "</h1>", "</b>", '<div a="x>y">', "</div>"]
    assert hide_tags("<h1 style='a\n\n>b")[1] == []


def test_a_block_tag_is_read_to_its_end_only() -> None:
    """Each block tag's end is found within the tag: a page of ``<tr>`` lines with no blank
    line made every tag look ahead for one, through the rest of the text."""
    from rerunqt.core import md_html

    class Counted(str):
        finds = 0

        def find(self, *args: object) -> int:  # type: ignore[override]
            Counted.finds += 1
            return super().find(*args)  # type: ignore[arg-type]

    _, tags = md_html.hide_tags(Counted("<table>\n" + "<tr><td>1</td></tr>\n" * 500 + "</table>"))
    assert len(tags) == 2 + 4 * 500 and Counted.finds == 0


def test_tight_blocks_drops_only_the_spaces_between_two_block_tags() -> None:
    from rerunqt.core.md_html import hide_tags, tight_blocks

    hidden, tags = hide_tags('<div class="card">\n    <div>Q</div>\n\n</div> <b>x</b> <i>y</i>')
    assert tight_blocks(hidden, tags) == (
        "<\ue800><\ue801>Q<\ue802><\ue803> <\ue804>x<\ue805> <\ue806>y<\ue807>")
