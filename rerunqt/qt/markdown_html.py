"""Streamlit Markdown on a Qt label: Qt reads the Markdown, then directive ranges get colour.

``core.md_directives`` marks ``:red[...]``-style ranges with private-use characters; Qt's
own Markdown reader turns the rest (emphasis, links, lists, headings) into a document;
here each marked range gets its colour, background or size, the markers are removed,
and the label shows the document as rich text. Text with no directive never comes here.

Qt reads with HTML off: Streamlit shows tags as written unless ``unsafe_allow_html=True``,
and Qt's own HTML reading lost all text after a tag it could not close (``<br>``,
``List<String>``). With HTML allowed, the tags are hidden from the reader
(``core.md_html``) and put back into the rich text. Streamlit's typographic symbols
(``->`` as an arrow) are set in the document's text, never in code or links.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from rerunqt.core.html_id_styles import inline_id_styles
from rerunqt.core.md_directives import (
    CLOSE,
    OPEN,
    STYLE_BASE,
    TYPOGRAPHY_HINT,
    Style,
    has_directives,
    parse,
    typographic,
)
from rerunqt.core.md_html import PLACEHOLDER, hide_tags, tag_of, tight_blocks
from rerunqt.qt import quote_colours
from rerunqt.qt.code_emphasis import emphasise_code, needs_faces
from rerunqt.qt.code_style import code_background
from rerunqt.qt.directive_colours import BACKGROUND, TEXT
from rerunqt.qt.html_boxes import BODY_PX, box_divs, font_sizes
from rerunqt.qt.html_rules import html_rules
from rerunqt.qt.html_tables import framed_tables, pipe_tables, tight_tables, unwrapped_tables
from rerunqt.qt.markdown_blocks import (
    BREAK,
    CODE_BLOCK,
    LINK_HINT,
    PARAGRAPH_GAP,
    bullets_by_level,
    code_blocks,
    code_gaps,
    hard_breaks,
    header_alignment,
    heading_paragraphs,
    heading_sizes,
    inline_code,
    link_face,
    link_faces,
    paragraph_gaps,
    tight_breaks,
)
from rerunqt.qt.markdown_mermaid import drawn_mermaid
from rerunqt.qt.static_files import local_references
from rerunqt.qt.theme_state import markdown_colour
from rerunqt.qt.web_pictures import web_pictures

INK = {False: "#31333f", True: "#fafafa"}  # the page's text colour, for formulas
# a badge (``:blue-badge[...]``, st.badge): Streamlit's 0.875rem type at 1rem text, and a
# quarter-em space at each end on its background for its 0.25rem padding
BADGE_SCALE, BADGE_PADDING = 0.875, "\u2005"
RAINBOW = ("red", "orange", "yellow", "green", "blue", "violet")
QUOTE_BAR = {False: "#d5dae5", True: "#4b4e5a"}
RULE = {False: "#e6e9ef", True: "#31333f"}  # a `---` line: st.divider's colour (rqDivider)
_RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
_CODE_MARK, _QUOTE_MARK = "#010203", "#030201"  # block backgrounds no Markdown gives
# Qt's GitHub dialect without md4c's underline flag (0x4000): Qt reads `_x_` as underline,
# GitHub and Streamlit as emphasis (and `__x__` as strong). And without HTML: tags read as
# text (Qt's HTML in Markdown lost the text after a tag it could not close).
FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value & ~0x4000
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
_MARKER = re.compile(f"[{OPEN}{CLOSE}]")
_BODY_STYLE = re.compile(r"<body style=\"[^\"]*\">")
_BULLET_LIST = re.compile(r"^[ \t]*[-*+][ \t]", re.MULTILINE)
_HIDDEN_TAG = re.compile("&lt;([\ue800-\uf8ff])&gt;")  # a hidden tag in toHtml's output
# Tags whose content a page never shows, or that Qt reads as holding the text after them
# (<link>, <meta>): left out of a label's rich text.
_PRE = re.compile(r"<pre\b.*?</pre\s*>", re.IGNORECASE | re.DOTALL)  # a browser keeps its lines
_UNSHOWN = re.compile(r"</?(script|style|link|meta|base|head|title)\b", re.IGNORECASE)
_SPACES = re.compile(" {2,}")
# Streamlit's 1em above and below a block quote, as its box's margins (the next paragraph's
# own 6 px top margin makes up the rest of the gap below)
QUOTE_GAP = (PARAGRAPH_GAP, PARAGRAPH_GAP - 6)
_NOT_WORDS = re.compile("[\\s\ufffc\ue000-\ue7ff]+|<[\ue800-\uf8ff]>")  # and markers, tags


def label_text(markdown: str, dark: bool, points: float = 11,
               allow_html: bool = False) -> tuple[str, bool]:
    """What a Markdown label shows: (text, is_html). Markdown without directives comes
    back unchanged; with short codes only, as Markdown with the symbols put in.
    ``points``: the label's font size, for formulas."""
    if not has_directives(markdown):
        return markdown, False
    text, styles = parse(markdown)
    if not styles:
        return text, False
    return _styled_html(text, styles, dark, points, allow_html), True


def read_markdown(document: QTextDocument, markdown: str, dark: bool = False,
                  allow_html: bool = False, body_px: float = BODY_PX) -> list[str]:
    """``markdown`` into ``document`` as Streamlit reads it (``_x_`` is emphasis); fenced
    code and quote blocks get a marker background that ``_boxes`` turns into their box;
    inline code is monospace on st.code's grey; ``->`` and its kin are symbols.

    HTML shows as written; with ``allow_html`` each tag outside code is left in the
    document as a placeholder: the tags are returned, for ``with_tags`` on its HTML."""
    tags: list[str] = []
    if "![" in markdown or "<img" in markdown.lower() or "app/static/" in markdown:  # pictures
        markdown = web_pictures(local_references(markdown), allow_html)
    markdown = drawn_mermaid(markdown, dark) if "mermaid" in markdown else markdown
    if allow_html and "<" in markdown:
        if "<style" in markdown:  # (a Styler's to_html(): its colours by id, into the tags)
            markdown = inline_id_styles(markdown)
        markdown, tags = hide_tags(markdown)
        markdown = tight_blocks(markdown, tags)
    if "\n" in markdown:
        markdown = hard_breaks(markdown)
    document.setMarkdown(markdown, FEATURES)
    if needs_faces(markdown):
        emphasise_code(document, markdown, FEATURES)
    if BREAK in markdown:
        tight_breaks(document)
    paragraph_gaps(document)
    if "|" in markdown and ("-:" in markdown or ":-" in markdown):
        header_alignment(document.rootFrame())
    if "#" in markdown:
        heading_sizes(document, body_px)
    if "```" in markdown or "~~~" in markdown:
        code_blocks(document, body_px)
    if _BULLET_LIST.search(markdown) is not None:
        bullets_by_level(document)
    symbols = TYPOGRAPHY_HINT.search(markdown) is not None or "  " in markdown
    linked = LINK_HINT.search(markdown) is not None
    link = link_face(dark) if linked else None
    edits: list[tuple[int, int, str, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        code = fmt.hasProperty(CODE_BLOCK[0]) or fmt.hasProperty(CODE_BLOCK[1])
        if code:
            _mark(block, fmt, _CODE_MARK)
        else:
            if fmt.hasProperty(_RULE):  # Qt draws it in the text colour, Streamlit light grey
                _mark(block, fmt, RULE[dark])
            if fmt.hasProperty(QTextFormat.Property.BlockQuoteLevel):
                fmt.setLeftMargin(0)
                fmt.setRightMargin(0)
                fmt.setTopMargin(0)  # the gaps around the quote are its box's (_boxes)
                quoted = block.next().isValid() and block.next().blockFormat().hasProperty(
                    QTextFormat.Property.BlockQuoteLevel)
                fmt.setBottomMargin(PARAGRAPH_GAP if quoted else 0)  # between its paragraphs
                _mark(block, fmt, _QUOTE_MARK)
            if "`" in markdown:
                inline_code(block, dark)
        if linked and not code:
            link_faces(block, link)
        if symbols or tags:
            _text_edits(block, code, symbols, tags, edits)
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, text, char in reversed(edits):  # later first: positions hold
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, char)
    return tags


def _text_edits(block: QTextBlock, code: bool, symbols: bool, tags: list[str],
                edits: list[tuple[int, int, str, QTextCharFormat]]) -> None:
    """The block's runs of text with Streamlit's symbols, and its code with the tags hidden
    in it as written (code shows HTML as text), as (position, length, text, format)."""
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        text = fragment.text()
        char = fragment.charFormat()
        if code or char.fontFixedPitch():
            new = PLACEHOLDER.sub(lambda found: tag_of(found.group(1), tags), text) \
                if tags else text
        elif symbols:  # Streamlit leaves a link's words alone; HTML shows one space of a run
            new = _SPACES.sub(" ", text if char.isAnchor() else typographic(text))
        else:
            continue
        if new != text:
            edits.append((fragment.position(), fragment.length(), new, char))


def with_tags(html: str, tags: list[str]) -> str:
    """``html`` (a document's) with the hidden tags put back as HTML; those a browser never
    shows (<script>, <style>: CSS for a web page) left out."""
    return _HIDDEN_TAG.sub(lambda found: _shown(tag_of(found.group(1), tags)), html)


def _shown(tag: str) -> str:
    if _UNSHOWN.match(tag):
        return ""
    if "\n" in tag and "<pre" in tag.lower():  # Qt's own rich text reads a newline as a space
        return _PRE.sub(lambda found: found.group(0).replace("\n", "<br />"), tag)
    return tag


def _mark(block: QTextBlock, fmt: QTextBlockFormat, colour: str) -> None:
    fmt.setBackground(QColor(colour))
    QTextCursor(block).setBlockFormat(fmt)


def _boxes(html: str, dark: bool) -> str:
    """Runs of marked blocks in one box each: code on st.code's grey with padding, a
    quote behind a grey bar on its left, a paragraph's gap above and below it (Qt's rich
    text draws both as a one-cell table, and drops a paragraph's margin next to one)."""
    def code(found: re.Match[str]) -> str:
        inner = found.group(0).replace(f" background-color:{_CODE_MARK};", "")
        return (f'<table width="100%" cellspacing="0" cellpadding="10" style="{code_gaps(found)}">'
                f'<tr><td bgcolor="{code_background(dark)}">{inner}</td></tr></table>')

    def quote(found: re.Match[str]) -> str:
        inner = quote_colours.dimmed(found.group(0).replace(f" background-color:{_QUOTE_MARK};", ""))
        last = found.string.startswith("</body>", found.end())  # the text's end: no gap after
        ink = quote_colours.rgba(quote_colours.theme_text(dark))
        return ('<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse; '
                f'margin-top:{QUOTE_GAP[0]}px; margin-bottom:{0 if last else QUOTE_GAP[1]}px"><tr>'
                f'<td style="color:{ink}; border-left: 3px solid '
                f'{QUOTE_BAR[dark]}; padding-left:14px">{inner}</td></tr></table>')

    if _CODE_MARK in html:
        html = _run_of(_CODE_MARK).sub(code, html)
    if _QUOTE_MARK in html:
        html = _run_of(_QUOTE_MARK).sub(quote, html)
    return html


def _run_of(colour: str) -> re.Pattern[str]:
    line = rf'<(p|pre|h\d)\b[^>]*background-color:{colour};[^>]*>.*?</\1>'
    return re.compile(rf"(?:{line}\n?)+")


def document_html(markdown: str, dark: bool, allow_html: bool = False,
                  body_px: float = BODY_PX) -> str:
    """Rich text for a label showing ``markdown`` (see ``read_markdown``); ``body_px``:
    the label's font size, that headings are sized from."""
    document = QTextDocument()
    tags = read_markdown(document, markdown, dark, allow_html, body_px)
    html = _BODY_STYLE.sub("<body>", document.toHtml(), count=1)  # the label's own font
    if '<table border="1"' in html:
        html = pipe_tables(html, RULE[dark], PARAGRAPH_GAP)
    return _rendered(_boxes(html, dark), tags, document, dark)


def _rendered(html: str, tags: list[str], document: QTextDocument, dark: bool) -> str:
    """``html`` with its tags put back, if Qt's rich text then still shows every word of
    ``document`` (a tag Qt cannot place, such as an unclosed ``<table>``, hides the words
    after it: then all the tags show as written instead)."""
    if "<h" in html:
        html = heading_paragraphs(html)
    if "<a href" in html and not link_face(False).fontUnderline():  # Qt's HTML underlines
        html = html.replace("<a href", '<a style="text-decoration:none" href')
    if not tags:
        return html
    written, joined = (html, tags), "".join(tags).lower()
    if "font-size" in joined:
        tags = font_sizes(tags)
    if "<hr" in joined:  # Qt draws a 1 px rule in the text colour; see html_rules
        tags = html_rules(tags, RULE[dark])
    if "<table" in joined:
        tags = framed_tables(tags)
    if "<div" in joined:
        html, tags = box_divs(html, tags)
    tables = "<table" in "".join(tags).lower()
    if tables:
        html = unwrapped_tables(html, tags)
    rendered = tight_tables(with_tags(html, tags)) if tables else with_tags(html, tags)
    check = QTextDocument()
    check.setHtml(rendered)
    shown = iter(_NOT_WORDS.sub("", check.toPlainText()))
    if all(char in shown for char in _NOT_WORDS.sub("", document.toPlainText())):
        return rendered  # every character, in order (tags may add some: <pre>, <li>...)
    html, tags = written  # the tags as the script wrote them, not as drawn
    return _HIDDEN_TAG.sub(lambda found: _escaped(tag_of(found.group(1), tags)), html)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styled_html(text: str, styles: list[Style], dark: bool, points: float,
                 allow_html: bool = False) -> str:
    document = QTextDocument()
    tags = read_markdown(document, text, dark, allow_html, points * 4 / 3)
    plain = document.toPlainText()
    if _utf16(plain) != document.characterCount() - 1:  # tables, images: positions differ
        return _rendered(_boxes(_strip_markers(document.toHtml()), dark), tags, document, dark)
    if _utf16(plain) != len(plain):  # Qt counts UTF-16 units: an emoji is two
        plain = "".join(c if ord(c) < 0x10000 else c + "\0" for c in plain)
    ranges: list[tuple[int, int, Style]] = []
    stack: list[tuple[int, Style]] = []
    edits: list[tuple[int, int, Style | None]] = []  # (position, marker length, formula)
    for found in _MARKER.finditer(plain):
        at = found.start()
        if found.group() == OPEN and at + 1 < len(plain):
            number = ord(plain[at + 1]) - STYLE_BASE
            if 0 <= number < len(styles):
                stack.append((at + 2, styles[number]))
                edits.append((at, 2, None))
        elif found.group() == CLOSE and stack:
            start, style = stack.pop()
            ranges.append((start, at, style))
            edits.append((at, 1, None))
            if style.source:  # a formula: its placeholder becomes the picture
                edits.append((start, 1, style))
    padded: set[int] = set()  # a badge's markers: its padding, on its background
    for start, end, style in sorted(ranges, key=lambda r: (r[0], -r[1])):  # outer first
        if style.kind == "badge":
            padded |= {start - 1, end}
            start, end = start - 1, end + 1
        if not style.source:
            _apply(document, start, end, style, dark, points)
    cursor = QTextCursor(document)
    for at, length, formula in sorted(edits, key=lambda e: e[0], reverse=True):  # later first
        cursor.setPosition(at)
        cursor.setPosition(at + length, QTextCursor.MoveMode.KeepAnchor)
        if formula is not None:
            from rerunqt.qt.formula import put_formula, put_logo  # hashlib, tempfile: math only

            if formula.kind == "logo":
                put_logo(cursor, points)
            else:
                put_formula(cursor, formula.source, formula.kind == "display_math", INK[dark], points)
        elif at + length - 1 in padded:  # the marker's last character becomes the padding
            cursor.setPosition(at + length - 1)
            cursor.setPosition(at + length, QTextCursor.MoveMode.KeepAnchor)
            char = cursor.charFormat()
            cursor.insertText(BADGE_PADDING, char)
            cursor.setPosition(at)
            cursor.setPosition(at + length - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        else:
            cursor.removeSelectedText()
    return _rendered(_boxes(_BODY_STYLE.sub("<body>", document.toHtml(), count=1), dark), tags,
                     document, dark)


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _apply(document: QTextDocument, start: int, end: int, style: Style, dark: bool,
           points: float = 11) -> None:
    cursor = QTextCursor(document)
    if style.colour == "rainbow":
        for i in range(start, end):
            cursor.setPosition(i)
            cursor.setPosition(i + 1, QTextCursor.MoveMode.KeepAnchor)
            char = QTextCharFormat()
            char.setForeground(QColor(TEXT[dark][RAINBOW[(i - start) % len(RAINBOW)]]))
            cursor.mergeCharFormat(char)
        return
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    char = QTextCharFormat()
    if style.kind == "small":
        char.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    elif style.kind == "custom":  # a colour Streamlit cannot read is left out, as there
        for value, paint in ((style.foreground, char.setForeground),
                             (style.background, char.setBackground)):
            if value and QColor(value.strip()).isValid():
                paint(QColor(value.strip()))
    elif style.colour is not None:
        if style.kind in ("text", "badge"):
            char.setForeground(QColor(markdown_colour(style.colour, "text", dark)
                                      or TEXT[dark][style.colour]))
        if style.kind in ("background", "badge"):
            char.setBackground(QColor(markdown_colour(style.colour, "background", dark)
                                      or BACKGROUND[dark][style.colour]))
        if style.kind == "badge":  # Streamlit's fontSizes.sm: 0.875 of the text's size
            char.setFontPointSize(points * BADGE_SCALE)
    cursor.mergeCharFormat(char)


def _strip_markers(html: str) -> str:
    """A document whose positions cannot be trusted: no colours, and no stray markers."""
    html = re.sub(f"{OPEN}.", "", html)
    return _BODY_STYLE.sub("<body>", html.replace(CLOSE, ""), count=1)
