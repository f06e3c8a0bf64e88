"""What a Markdown label shows of raw HTML, typographic symbols and emoji short codes.

Streamlit 1.67 escapes HTML unless ``unsafe_allow_html=True`` (then it renders, here in
Qt's rich-text subset); Qt's own Markdown reader instead dropped the text after any
tag-like word (``List<String>``, ``<br>``). Checked on the real labels: what their
document shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

pytestmark = pytest.mark.qt


def shown(label) -> str:  # type: ignore[no-untyped-def]
    """The text a QLabel shows: its text read the way the label reads it."""
    document = QTextDocument()
    if label.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(label.text())
    elif label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(label.text())  # as QLabel does: Qt's default dialect
    else:
        document.setPlainText(label.text())
    return document.toPlainText()


def label(text: str, allow_html: bool = False):  # type: ignore[no-untyped-def]
    from rerunqt.qt.adapters.elide import ElidingLabel

    widget = ElidingLabel(markdown=True)
    widget.allow_html = allow_html
    widget.set_text(text)
    return widget


@pytest.mark.parametrize("text", [
    "In Java use List<String> for strings", "first line<br>second line", "a<br>b",
    "Use <details> to hide a section", "x <table> y", "<link> z", "<b>unclosed and more",
    "a <span title='1 > 0'>b</span> c", "tail after <hr> rule",
])
def test_no_text_after_a_tag_like_word_is_lost(qapp, text: str) -> None:
    assert shown(label(text)) == text  # HTML not allowed: shown as written


@pytest.mark.parametrize(("text", "words"), [
    ("In Java use List<String> for strings", "In Java use List for strings"),
    ("first line<br>second line", "first line second line"),
    ("Use <details> to hide a section", "Use to hide a section"),
    ("x <table> y", "x <table> y"),  # Qt's rich text hides what follows: all shown as written
    ("<link> z", "z"), ("<b>unclosed and more", "unclosed and more"),
    ("tail after <hr> rule", "tail after rule"), ("a <img src='nowhere.png'> b", "a b"),
    ("**bold** <i>it</i> <!-- hidden --> end<br>more", "bold it end more"),
    ("<style>\n.stApp { color: red }\n* { margin: 0 }\n</style>\nAfter the style<br>and more",
     "After the style and more"),
])
def test_with_html_allowed_every_word_still_shows(qapp, text: str, words: str) -> None:
    assert shown(label(text, allow_html=True)).replace("\ufffc", "").split() == words.split()


def test_br_is_a_line_break_only_when_html_is_allowed(qapp) -> None:
    assert shown(label("first line<br>second line", allow_html=True)) == "first line\nsecond line"
    assert shown(label("first line<br/>second line")) == "first line<br/>second line"


def bold_words(label) -> str:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    document.setHtml(label.text())
    block, bold = document.begin(), []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().fontWeight() >= 600:
                bold.append(it.fragment().text())
            it += 1
        block = block.next()
    return " ".join(bold)


def test_html_tags_are_escaped_by_default_and_rendered_when_allowed(qapp) -> None:
    escaped = label("<b>escaped html</b>")
    assert shown(escaped) == "<b>escaped html</b>" and bold_words(escaped) == ""
    bold = label("<b>bold html</b> and **md**", allow_html=True)
    assert shown(bold) == "bold html and md" and bold_words(bold) == "bold html md"


def test_autolinks_are_links_and_code_keeps_its_tags(qapp) -> None:
    links = label("see <https://example.com> and <me@x.org>")
    assert shown(links) == "see https://example.com and me@x.org"
    assert 'href="https://example.com"' in links.text() and 'href="mailto:me@x.org"' in links.text()
    for allow in (False, True):
        code = label("`<b>x</b>` and\n\n```\n<i>y</i>\n```\n\n    <u>z</u>", allow_html=allow)
        assert shown(code).split("\n")[:3] == ["<b>x</b> and", "<i>y</i>", "<u>z</u>"], allow


def test_a_table_row_with_br_keeps_its_cells(qapp) -> None:
    table = "| a | b |\n|---|---|\n| line1<br>line2 | x |\n| y | z |"
    cells = shown(label(table)).split("\n")
    assert "line1<br>line2" in cells and "x" in cells and "z" in cells
    cells = shown(label(table, allow_html=True)).split("\n")
    assert cells[cells.index("line1") + 1] == "line2" and "x" in cells and "z" in cells


@pytest.mark.parametrize(("text", "expected"), [
    ("a -> b <- c <-> d -- e >= f <= g ~= h",
     "a \u2192 b \u2190 c \u2194 d \u2014 e \u2265 f \u2264 g \u2248 h"),
    ("**->** and _x_ -- y", "\u2192 and x \u2014 y"),
    ("`a -> b` -> c", "a -> b \u2192 c"),
    ("```\nx -> y\n```\n\nafter -> z", "\nx -> y\n\nafter \u2192 z"),  # (code in its box)
    ("| a | b |\n| -- | -- |\n| x -> y | z |", "\na\nb\nx \u2192 y\nz\n"),
    ("Title\n--\n\nbody >= 1", "Title\nbody \u2265 1"),
    ("- -> item\n- b", "\u2192 item\nb"),
    ("a->b, x-->y, --flag -> z", "a->b, x-->y, --flag \u2192 z"),
    ("[a -> b](https://x.org) -> c", "a -> b \u2192 c"),
])
def test_typographic_symbols_as_streamlit_shows_them(qapp, text: str, expected: str) -> None:
    assert shown(label(text)) == expected


def test_a_rule_of_dashes_stays_a_rule(qapp) -> None:
    ruled = label("above\n\n-- -- --\n\nbelow")
    assert shown(ruled) == "above\n\nbelow" and "<hr" in ruled.text()


def test_emoji_short_codes_beyond_the_table(qapp) -> None:
    bouquet = label("Here's a bouquet &mdash; :tulip::cherry_blossom::rose::hibiscus::sunflower::blossom:")
    assert shown(bouquet) == ("Here's a bouquet \u2014 \U0001F337\U0001F338\U0001F339"
                              "\U0001F33A\U0001F33B\U0001F33C")
    assert shown(label(":red[x] :tulip: :no_such_emoji:")) == "x \U0001F337 :no_such_emoji:"


def test_the_elements_honour_their_allow_html_prop(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.write('In Java use List<String> for strings')\n"
        "st.markdown('first line<br>second line', unsafe_allow_html=True)\n"
        "st.markdown('<b>escaped html</b>')\n"
        "st.caption('a<br>b')\n"
        "st.caption('a<br>b', unsafe_allow_html=True)\n"
        "st.info('Use <details> to hide a section')\n"
        "st.write('x<br>y', unsafe_allow_html=True)\n"))
    renderer = pilot.window.renderer
    java, br, escaped, html_write = (shown(r.widget) for r in renderer.find(kind="markdown"))
    assert java == "In Java use List<String> for strings"
    assert br == "first line\nsecond line"
    assert escaped == "<b>escaped html</b>"
    assert html_write == "x\ny"
    assert [shown(r.widget) for r in renderer.find(kind="caption")] == ["a<br>b", "a\nb"]
    assert shown(renderer.find(kind="info")[0].widget.body) == "Use <details> to hide a section"
    first = renderer.find(kind="markdown")[0].widget
    assert first.accessibleName() == "In Java use List<String> for strings"


def test_turning_html_on_in_a_rerun_redraws_the_text(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "on = st.checkbox('HTML')\n"
        "st.markdown('a<br>b', unsafe_allow_html=on)\n"))
    text = pilot.window.renderer.find(kind="markdown")[0].widget
    assert shown(text) == "a<br>b"
    pilot.click(label="HTML")
    pilot.qtbot.waitUntil(lambda: shown(text) == "a\nb")


def test_a_styled_div_is_one_box_around_its_text(qapp) -> None:
    """prakit340/MyStreamlit1's name card: a div with a background, padding and margin
    around a centred heading. Qt's rich text gave the background to each line apart (two
    thin strips, the text in the second) and dropped the padding; it is one padded cell
    now, inset by the margin. ``border-style:'solid'`` (quoted) is no CSS: no border, as in
    a browser; a ``border`` shorthand draws one."""
    from PySide6.QtGui import QTextTable

    card = label('<div style="background-color:#77c900;padding:15px 15px 15px 15px;'
                 "margin:30px 30px 30px 30px;border-radius:15px;border-style:'solid';"
                 'border-color:black">\n<center><h5>Mr.Prakit Junkhum</h5></center>\n</div>',
                 allow_html=True)
    document = QTextDocument()
    document.setHtml(card.text())
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    cell = table.cellAt(0, 0)
    assert (table.rows(), table.columns()) == (1, 1)
    assert cell.format().background().color().name() == "#77c900"
    assert cell.format().toTableCellFormat().topPadding() == 15
    assert table.format().leftMargin() == 30 and table.format().border() == 0
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().strip() == "Mr.Prakit Junkhum"
    framed = label('<div style="border: 2px solid #ccc; padding: 1rem">hi</div>', allow_html=True)
    document.setHtml(framed.text())
    table = document.rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable) and table.format().border() == 2
    assert table.cellAt(0, 0).format().toTableCellFormat().leftPadding() == 16
    plain = label('<div align="center">plain <b>div</b></div>', allow_html=True)
    assert "<table" not in plain.text() and shown(plain).strip() == "plain div"


def test_a_div_closed_by_another_call_is_left_as_it_was(qapp) -> None:
    """``begin_card()`` / ``end_card()`` helpers open a div in one st.markdown and close it
    in another: no box is opened that would never close, and the words all show."""
    opened = label("<div style='border-radius:6px;padding:12px;background:#eee'>\n\n**Fund** A",
                   allow_html=True)
    assert "<table" not in opened.text() and shown(opened).strip() == "Fund A"


def test_a_styled_div_reads_css_box_shorthands_side_by_side(qapp) -> None:
    """``margin: 4px 0`` is 4 px above and below and none at the sides (the box sat 4 px
    right of the text column); ``padding: 12px 30px`` is 12 px above and below, 30 at the
    sides; three values are top, sides, bottom."""
    from PySide6.QtGui import QTextTable

    card = label('<div style="background-color:#e8f5e9; margin:4px 0; padding:12px 30px">'
                 'Ada</div><div style="background:#eee; margin:1px 2px 3px; padding:0 5px 7px">'
                 'Bo</div>', allow_html=True)
    document = QTextDocument()
    document.setHtml(card.text())
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    first, second = (t.format() for t in tables)
    assert (first.topMargin(), first.rightMargin(), first.bottomMargin(), first.leftMargin()) \
        == (4, 0, 4, 0)
    cell = tables[0].cellAt(0, 0).format().toTableCellFormat()
    assert (cell.topPadding(), cell.rightPadding(), cell.bottomPadding(), cell.leftPadding()) \
        == (12, 30, 12, 30)
    assert (second.topMargin(), second.rightMargin(), second.bottomMargin(),
            second.leftMargin()) == (1, 2, 3, 2)
    cell = tables[1].cellAt(0, 0).format().toTableCellFormat()
    assert (cell.topPadding(), cell.rightPadding(), cell.bottomPadding(), cell.leftPadding()) \
        == (0, 5, 7, 5)


def test_a_styled_div_around_markdown_paragraphs_boxes_them(qapp) -> None:
    """A div on lines of its own around Markdown paragraphs: the paragraphs are in the box
    (not an empty box above them), and the text after the div is outside it."""
    from PySide6.QtGui import QTextTable

    card = label('<div style="background:#eee;padding:10px">\n\n**Bold** text\n\nsecond para'
                 '\n\n</div>\n\nafter', allow_html=True)
    document = QTextDocument()
    document.setHtml(card.text())
    table = document.rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable)
    cell = table.cellAt(0, 0)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().replace("\u2029", "\n").split() == ["Bold", "text", "second", "para"]
    assert document.toPlainText().split()[-1] == "after"
    assert document.lastBlock().text() == "after"


def test_a_card_with_an_accent_border_draws_it_and_starts_with_its_title(qapp) -> None:
    """The common accent card: ``border-left: 5px solid`` draws a 5 px line on the left of
    the box only (it was dropped), and the line break after the opening tag is no empty
    first line (the title sat a line low, 50 px under the box's top instead of 20)."""
    from PySide6.QtGui import QTextFrameFormat, QTextTable

    card = label('<div style="background-color:#f0f2f6;padding:20px;border-radius:10px;'
                 'border-left:5px solid #ff4b4b">\n<h3>Card title</h3><p>Text.</p></div>',
                 allow_html=True)
    document = QTextDocument()
    document.setHtml(card.text())
    table = document.rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable)
    cell = table.cellAt(0, 0)
    fmt = cell.format().toTableCellFormat()
    assert fmt.leftBorder() == 5 and fmt.leftBorderBrush().color().name() == "#ff4b4b"
    assert fmt.leftBorderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid
    assert fmt.rightBorder() == 0 and fmt.topBorder() == 0
    assert document.findBlock(cell.firstCursorPosition().position()).text() == "Card title"


def test_an_html_table_in_markdown_is_framed_as_a_pipe_table_is(qapp) -> None:
    """Streamlit's Markdown draws every table's grid and pads its cells; an HTML table came
    out with no lines and its columns run together ("A B / 1 2"). One that sets its own
    border keeps it."""
    from PySide6.QtGui import QTextTable

    def table_format(markdown: str):
        document = QTextDocument()
        document.setHtml(label(markdown, allow_html=True).text())
        tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        assert len(tables) == 1
        return tables[0].format()

    plain = table_format("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")
    assert plain.border() == 1 and plain.cellPadding() == 4 and plain.borderCollapse()
    styled = table_format('<table style="width:50%" cellpadding="9"><tr><td>1</td></tr></table>')
    assert styled.border() == 1 and styled.cellPadding() == 9 and styled.borderCollapse()
    assert table_format('<table border="0"><tr><td>1</td></tr></table>').border() == 0


_KEPT: list = []  # the documents of _tables' answers (their tables live in them)


def _tables(markdown: str) -> list:
    from PySide6.QtGui import QTextTable

    document = QTextDocument()
    document.setHtml(label(markdown, allow_html=True).text())
    found: list = []

    def walk(frame) -> None:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            walk(child)
    walk(document.rootFrame())
    _KEPT[:] = [document]
    return found


def test_a_flex_row_of_cards_stands_side_by_side(qapp) -> None:
    """``display:flex`` around card divs (a KPI row): the cards were stacked one under the
    other; they are one row now, growing cards in equal shares, each card its own box."""
    tables = _tables('<div style="display:flex;gap:16px">\n'
                     '<div style="flex:1;background:#e8f4ea;padding:12px"><b>Sales</b><br>$1,200</div>\n'
                     '<div style="flex:1;background:#fde8e8;padding:12px"><b>Costs</b><br>$800</div>\n'
                     '</div>')
    row = tables[0]
    assert (row.rows(), row.columns()) == (1, 2)
    assert row.format().width().rawValue() == 100
    first = row.cellAt(0, 0)
    assert first.format().toTableCellFormat().rightPadding() == 16
    cards = tables[1:]
    assert [card.cellAt(0, 0).format().background().color().name() for card in cards] \
        == ["#e8f4ea", "#fde8e8"]
    text = first.firstCursorPosition()
    text.setPosition(first.lastCursorPosition().position(), text.MoveMode.KeepAnchor)
    words = text.selectedText().translate({0xFDD0: " ", 0xFDD1: " ", 0x2028: " ", 0x2029: " "})
    assert words.split() == ["Sales", "$1,200"]  # (U+FDD0/1 mark the card's own table)


def test_a_centred_flex_row_of_fixed_size_tiles_keeps_their_size(qapp) -> None:
    """Letter tiles in a centred flex row (a real word game's guesses): each tile's
    ``width``/``height`` is its size, margins around it, the letter centred, the row in
    the middle of the page; they were narrow strips at the page's left."""
    from PySide6.QtGui import QTextLength

    tile = ("<div style='width: 60px; height: 60px; background-color: gray; color: white; "
            "display: flex; justify-content: center; align-items: center; margin: 5px; "
            "font-size: 32px;'>{}</div>")
    tables = _tables("<div style='display: flex; justify-content: center;'>"
                     + "".join(tile.format(letter) for letter in "AB") + "</div>")
    row, first = tables[0], tables[1]
    assert row.format().alignment() & Qt.AlignmentFlag.AlignHCenter
    assert row.columns() == 2
    widths = row.format().columnWidthConstraints()  # 60 px and 5 px margins each side
    assert [(w.type(), w.rawValue()) for w in widths] == [(QTextLength.Type.FixedLength, 70)] * 2
    padded = first.cellAt(0, 0).format().toTableCellFormat()
    assert padded.topPadding() == padded.bottomPadding() == (60 - round(32 * 1.3)) // 2
    letter = first.cellAt(0, 0).firstCursorPosition().blockFormat()
    assert letter.alignment() & Qt.AlignmentFlag.AlignHCenter


def test_a_column_that_centres_its_items_centres_its_flex_rows(qapp) -> None:
    """The same game's keyboard: rows of key tiles in ``display:flex; flex-direction:column;
    align-items:center``; each row sat at the page's left, a browser centres it."""
    key = "<div style='width: 40px; height: 40px; background-color: green; margin: 5px;'>{}</div>"
    rows = "".join("<div style='display: flex;'>" + "".join(key.format(k) for k in row) + "</div>"
                   for row in ("QW", "AS"))
    tables = _tables("<div style='display: flex; flex-direction: column; align-items: center;'>"
                     + rows + "</div>")
    centred = [t for t in tables if t.columns() == 2]
    assert len(centred) == 2
    assert all(t.format().alignment() & Qt.AlignmentFlag.AlignHCenter for t in centred)


def test_flex_rows_keep_what_is_not_a_row_of_divs(qapp) -> None:
    """A column, or a flex div with text of its own between its divs, stays stacked as it
    was; children that do not grow keep their content width (no 100% table)."""
    assert not _tables('<div style="display:flex; flex-direction:column"><div>Top</div>'
                       '<div>Bottom</div></div>')
    assert not _tables('<div style="display:flex">words <div>A</div><div>B</div></div>')
    narrow = _tables('<div style="display:flex"><div>A</div><div>B</div></div>')
    assert narrow[0].columns() == 2 and narrow[0].format().width().rawValue() == 0


def test_pandas_to_html_is_one_grid_of_single_lines_from_the_element_top(qapp) -> None:
    """``st.markdown(df.to_html(escape=False), unsafe_allow_html=True)`` (tables with
    links): pandas writes ``border="1"``, which Qt drew as doubled lines; it is one grid of
    single lines now. And no empty line above it: the table (like a div's box) was inside
    a paragraph and its indented tags made a line of their own, so it sat a line low."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"name": ["Ada"], "link": ['<a href="https://x.org">x</a>']})
    for markdown, inset in ((frame.to_html(escape=False), 0), ('<div style="padding:8px">x</div>', 8)):
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setHtml(label(markdown, allow_html=True).text())
        document.setTextWidth(400)
        table = document.rootFrame().childFrames()[0]
        assert table.format().borderCollapse()
        top = document.documentLayout().frameBoundingRect(table).top()
        assert top < inset + 10, top  # an empty line above added 14 px or more


def _bullets(widget) -> list:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    if widget.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(widget.text())
    else:
        document.setMarkdown(widget.text())
    styles = []
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            styles.append((block.text(), block.textList().format().style().name))
        block = block.next()
    return styles


@pytest.mark.parametrize(("markdown", "expected"), [
    ("* a\n* b", [("a", "ListDisc"), ("b", "ListDisc")]),
    ("+ a", [("a", "ListDisc")]),
    ("- a\n    - b\n        - c", [("a", "ListDisc"), ("b", "ListCircle"), ("c", "ListSquare")]),
    ("* a\n    * b", [("a", "ListDisc"), ("b", "ListCircle")]),
])
def test_bullets_follow_the_nesting_level_as_in_a_browser(qapp, markdown: str, expected: list) -> None:
    """Streamlit's lists show a filled disc at the top level whatever the marker (``*`` is
    the most common), a circle one level in, a square below; Qt's reader drew ``*`` items
    as hollow circles and ``+`` as squares, and a nested ``-`` list as discs."""
    assert _bullets(label(markdown)) == expected


def test_an_inline_div_stays_in_its_line_as_a_tinted_pill(qapp) -> None:
    """streamlit/roadmap's stage pill: ``#### 🚀 Title <div style="background-color:
    rgba(221, 0, 129, 0.2); display: inline; ...">Planning</div>``. It was a full-width
    black bar on a line of its own under the title (a box, its rgba() read as black); a
    browser keeps an inline div in the heading's line, on its light tint."""
    pill = ('<div style="background-color: rgba(221, 0, 129, 0.2); padding: 1px 6px; '
            'margin: 0 5px; display: inline; vertical-align: middle; border-radius: 3px; '
            'font-size: 0.75rem; font-weight: 400; white-space: nowrap">Planning</div>')
    heading = label(f"#### Faster dataframes {pill}", allow_html=True)
    assert not _tables(f"#### Faster dataframes {pill}")
    document = QTextDocument()
    document.setHtml(heading.text())
    assert document.toPlainText().strip() == "Faster dataframes Planning"
    block = document.firstBlock()
    while "Planning" not in block.text():
        block = block.next()
    tints = {fragment.charFormat().background().color().getRgb(): fragment.text()
             for fragment in _fragments(block)}
    assert tints.get((221, 0, 129, 51)) == "Planning"


def _fragments(block) -> list:  # type: ignore[no-untyped-def]
    found = []
    it = block.begin()
    while not it.atEnd():
        found.append(it.fragment())
        it += 1
    return found


def test_empty_inline_block_divs_are_swatches_side_by_side_in_one_line(qapp) -> None:
    """A real colour game's guess history: ``<div style="display:inline-block; width:20px;
    height:30px; background-color:#FF0000; margin-right:5px">`` per colour. Each was a box
    across the page on a line of its own; a browser puts them side by side in the line, as
    tinted runs here, about their width, apart by their margin."""
    swatch = ('<div style="display:inline-block; width:20px; height:30px; background-color:{};'
              ' margin-right:5px; border:1px solid white;"></div>')
    markdown = "".join(swatch.format(colour) for colour in ("#FF0000", "#0000FF"))
    assert not _tables(markdown)
    document = QTextDocument()
    document.setHtml(label(markdown, allow_html=True).text())
    block = next(b for b in (document.findBlockByNumber(n) for n in range(document.blockCount()))
                 if b.text())
    tinted = [(f.charFormat().background().color().name(), len(f.text()))
              for f in _fragments(block) if f.charFormat().background().style() != Qt.BrushStyle.NoBrush]
    assert tinted == [("#ff0000", 5), ("#0000ff", 5)]  # 20 px of 4 px spaces each, one line


@pytest.mark.parametrize(("background", "rgba"), [
    ("rgba(0, 120, 223, 0.2)", (0, 120, 223, 51)),
    ("rgb(240, 242, 246)", (240, 242, 246, 255)),
    ("linear-gradient(90deg, #ff4b4b, #ffa421)", (255, 75, 75, 255)),
])
def test_a_box_with_an_rgba_or_gradient_background_is_tinted_not_black(
        qapp, background: str, rgba: tuple) -> None:
    """A card ``<div style="background-color: rgba(0, 120, 223, 0.2); padding: 10px">``: Qt
    reads rgb()/rgba() (and a gradient) in its table's ``bgcolor`` as black, so the text
    sat on a black box; it is the CSS colour now (a gradient's first colour)."""
    tables = _tables(f'<div style="background: {background}; padding: 10px">note</div>')
    shown = tables[0].cellAt(0, 0).format().background()
    if shown.style() == Qt.BrushStyle.NoBrush:  # a translucent box's colour is its table's
        shown = tables[0].format().background()
    assert shown.color().getRgb() == rgba


@pytest.mark.parametrize("accent", ["", "border-left: 5px solid #3b82f6;"])
def test_a_translucent_card_is_one_even_tint_not_darker_behind_its_lines(qapp, accent: str) -> None:
    """A dashboard's status card ``<div style="padding:20px; background:rgba(59,130,246,
    0.12)"><div>7</div><div>Pending</div></div>`` (with or without an accent border):
    Qt painted a cell's translucent colour again behind each line and word inside it,
    three shades of blue; a browser paints the box once. Its colour is the table's, so
    no line or word inside carries it."""
    markdown = (f'<div style="text-align:center; padding:20px; {accent} '
                'background:rgba(59,130,246,0.12);">'
                '<div style="font-size:2.2rem">7</div><div>Pending</div></div>')
    table = _tables(markdown)[0]
    assert table.format().background().color().getRgb() == (59, 130, 246, 31)
    cell = table.cellAt(0, 0)
    assert cell.format().background().style() == Qt.BrushStyle.NoBrush
    block = cell.firstCursorPosition().block()
    tinted = []
    while block.isValid() and block.position() < cell.lastCursorPosition().position():
        if block.blockFormat().background().style() != Qt.BrushStyle.NoBrush:
            tinted.append(block.text())
        tinted += [f.text() for f in _fragments(block)
                   if f.charFormat().background().style() != Qt.BrushStyle.NoBrush]
        block = block.next()
    assert not tinted


@pytest.mark.parametrize(("style", "pixels"), [
    ("font-size: 4rem; margin-bottom: -3rem;", 56), ("font-size:1.5em", 21), ("font-size: 200%", 28),
])
def test_a_font_size_in_rem_em_or_percent_is_drawn_at_that_size(qapp, style: str, pixels: int) -> None:
    """Streamlit's blog image generator opens with ``<div style="font-size: 4rem">🎨</div>``:
    Qt's rich text reads only px and pt, so the icon was body-sized. 1rem is the body
    text's size (14 px here, Streamlit's 16 px as rerunqt draws its text)."""
    from PySide6.QtGui import QTextCursor

    from rerunqt.qt.html_boxes import boxed_html

    for html in (label(f'<div style="{style}">Icon</div>', allow_html=True).text(),
                 boxed_html(f'<p style="{style}">Icon</p>')):
        document = QTextDocument()
        document.setHtml(html)
        cursor = QTextCursor(document)
        cursor.setPosition(document.toPlainText().index("Icon") + 1)
        assert cursor.charFormat().font().pixelSize() == pixels


def test_a_pipe_table_has_light_grid_lines_and_a_gap_above_it(qapp) -> None:
    """A chatbot's answer: a list, then a Markdown table. The table touched the list's
    last line and its grid was mid grey; Streamlit draws the grid in a light grey (its
    faded text colour) and keeps the paragraph's 1rem above the table."""
    from PySide6.QtGui import QTextFrameFormat

    from rerunqt.qt.markdown_html import PARAGRAPH_GAP, RULE

    grid = "| Option | Meaning |\n|---|---|\n| sep | delimiter |"
    drawn = _tables(f"1. one\n2. two\n\n{grid}")[0].format()
    assert drawn.borderBrush().color().name() == RULE[False]
    assert drawn.borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid
    assert drawn.topMargin() == PARAGRAPH_GAP
    assert _tables(grid)[0].format().topMargin() == 0


def test_a_pipe_table_s_header_cells_follow_their_column_s_alignment(qapp) -> None:
    """``| :---: | ---: |`` centres or right-aligns the whole column in GitHub's Markdown
    (Streamlit's), header included; Qt aligned the body cells and left the headers left."""
    table = _tables("| Left | Mid | Right |\n| :--- | :---: | ---: |\n| a | b | c |")[0]

    def align(row: int, column: int) -> int:  # left, right or centre (not "absolute")
        flags = table.cellAt(row, column).firstCursorPosition().blockFormat().alignment()
        return int(flags.value) & 0x0F

    centre, right = Qt.AlignmentFlag.AlignHCenter.value, Qt.AlignmentFlag.AlignRight.value
    assert align(0, 1) == align(1, 1) == centre
    assert align(0, 2) == align(1, 2) == right
    assert align(0, 0) == Qt.AlignmentFlag.AlignLeft.value


def test_an_html_rule_is_light_grey_as_a_markdown_rule(qapp) -> None:
    """``st.markdown("<hr>", unsafe_allow_html=True)`` (a common divider) was drawn in the
    text colour; Streamlit draws it as ``---``, a light grey line. ``<hr>`` in code stays
    as written."""
    from PySide6.QtGui import QTextFormat

    from rerunqt.qt.markdown_html import RULE

    document = QTextDocument()
    document.setHtml(label("First<br>Second<hr>After `<hr>`", allow_html=True).text())
    rules = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            rules.append(block.blockFormat().background().color().name())
        block = block.next()
    assert rules == [RULE[False]]
    assert "After <hr>" in document.toPlainText()


def test_an_html_pre_block_keeps_its_lines(qapp) -> None:
    """``st.markdown(f"<pre>{text}</pre>", unsafe_allow_html=True)`` (a regex tester's text
    with its matches highlighted): a browser keeps the lines; Qt's rich text joined them."""
    one = label("<pre>only line</pre>", allow_html=True)
    three = label("<pre>first\nsecond <span style='background-color: yellow;'>hit</span>\n"
                  "third</pre>", allow_html=True)
    line = one.heightForWidth(600)
    assert three.heightForWidth(600) >= 3 * line - 2
    assert shown(three).split("\n") == ["first", "second hit", "third"]
