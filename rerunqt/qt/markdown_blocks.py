"""Block layout and faces of a Markdown document as a browser draws Streamlit's: gaps after
paragraphs and lists, hard line breaks, inline code chips and link faces (markdown_html.py
reads the Markdown and calls these on the document)."""

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
    QTextFrame,
    QTextListFormat,
    QTextTable,
)

from rerunqt.qt import page_headings, theme_state
from rerunqt.qt.code_style import code_background, code_families
from rerunqt.theme_rules import code_scale, heading_scale

CODE_BLOCK = (QTextFormat.Property.BlockCodeFence, QTextFormat.Property.BlockCodeLanguage)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HARD_BREAK = re.compile(r"(?<=\S)(?: {2,}|\\)$")
PARAGRAPH_GAP = 12  # Streamlit's 1rem: the page's gap between elements (layout.PAGE_SPACING)


LINK_HINT = re.compile(r"\]\(|\]\[|://|\bwww\.|<a\b|@", re.IGNORECASE)  # a link may follow


def link_face(dark: bool) -> QTextCharFormat:
    """How a Markdown link looks: the theme's link colour (``linkColor``, else Streamlit's
    blue), underlined unless ``[theme] linkUnderline = false``, as Streamlit draws them.
    Qt's Markdown reader leaves links in the palette's link colour without a line, and
    its HTML reader underlines them: set here, both paths look alike."""
    from rerunqt.qt import theme_state

    face = QTextCharFormat()
    face.setForeground(QColor(theme_state.custom().colour("link", "dark" if dark else "light")))
    face.setFontUnderline(theme_state.options().get("theme.linkUnderline") is not False)
    return face


def link_faces(block: QTextBlock, face: QTextCharFormat | None) -> None:
    """The block's links (anchor runs) in ``face``."""
    if face is None:
        return
    spans = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().isAnchor():
            spans.append((fragment.position(), fragment.length()))
        it += 1
    cursor = QTextCursor(block)
    for position, length in spans:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(face)


# a line that starts a block, which ends the paragraph above it (a break there is none):
# a fence, heading, quote, bullet, list from 1, rule or table row
_BLOCK_START = re.compile(r" {0,3}(?:`{3}|~{3}|#{1,6}(?:\s|$)|>|[-+*][ \t]|1[.)][ \t]"
                          r"|(?:[-*_][ \t]*){3,}$|\|)")
_HEADING = re.compile(r" {0,3}#{1,6}(?:\s|$)")
BREAK = " \u2028 "  # a hard break until ``tight_breaks``: spaced, so ``**Goal:**`` closes


def hard_breaks(markdown: str) -> str:
    """``markdown`` with each hard line break (two spaces or a backslash at a line's end) as
    a line separator: Qt would end the paragraph there, and the gap after it would show.
    The separator goes in with a space each side (``tight_breaks`` takes them out): Qt's
    reader does not count it as white space, so ``**Goal:**`` right before it (a bold
    ending in punctuation) was not closed and showed its asterisks. A heading's line, or
    a line before a fence, list, heading... is no break: the paragraph ends there (joined,
    ``Here's how:  `` swallowed the code fence under it)."""
    lines = markdown.split("\n")
    out: list[str] = []
    fence = ""
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if opening and (not fence or opening.group(1).startswith(fence)):
            fence = "" if fence else opening.group(1)
        elif (not fence and i + 1 < len(lines) and lines[i + 1].strip()
              and _HARD_BREAK.search(line) and not line.startswith(("    ", "\t"))
              and not _BLOCK_START.match(lines[i + 1]) and not _HEADING.match(line)):
            out.append(_HARD_BREAK.sub(BREAK, line) + lines[i + 1].lstrip())
            lines[i + 1] = out.pop()  # the joined line may end in a break too
            continue
        out.append(line)
    return "\n".join(out)


def tight_breaks(document: QTextDocument) -> None:
    """Take out the spaces ``hard_breaks`` put around each line separator."""
    cursor = document.find(BREAK)
    while not cursor.isNull():
        cursor.insertText("\u2028")
        cursor = document.find(BREAK, cursor)


def paragraph_gaps(document: QTextDocument) -> None:
    """Streamlit's gap after a paragraph or a list (1rem, the page's gap between elements)
    instead of Qt's 6 px around every block; none after the last. Headings, code, quotes
    and tables keep their own spacing."""
    block = document.begin()
    while block.isValid():
        after = block.next()
        fmt = block.blockFormat()
        listed = block.textList() is not None
        if not (fmt.headingLevel() or fmt.hasProperty(CODE_BLOCK[0])
                or fmt.hasProperty(CODE_BLOCK[1])
                or fmt.hasProperty(QTextFormat.Property.BlockQuoteLevel)
                or QTextCursor(block).currentTable() is not None):
            if not listed:
                fmt.setBottomMargin(PARAGRAPH_GAP if after.isValid() else 0)
                QTextCursor(block).setBlockFormat(fmt)
            elif after.isValid() and after.textList() is None:  # a list's last item
                fmt.setBottomMargin(PARAGRAPH_GAP)
                QTextCursor(block).setBlockFormat(fmt)
        block = after


_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
            QTextListFormat.Style.ListSquare)


def bullets_by_level(document: QTextDocument) -> None:
    """A browser's bullets: a filled disc at the top level, a circle one level in, then a
    square, whatever the Markdown marker; Qt's reader takes the style from the marker
    (``*`` a circle, ``+`` a square, ``-`` a disc at every level)."""
    block = document.begin()
    while block.isValid():
        listed = block.textList()
        if listed is not None and listed.format().style() in _BULLETS:
            fmt = listed.format()
            style = _BULLETS[min(max(fmt.indent(), 1), 3) - 1]
            if fmt.style() != style:
                fmt.setStyle(style)
                listed.setFormat(fmt)
        block = block.next()


def inline_code(block: QTextBlock, dark: bool) -> None:
    """The block's code spans (Markdown's fixed-pitch runs) in the code font, on grey."""
    spans = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().fontFixedPitch():
            spans.append((fragment.position(), fragment.length()))
        it += 1
    if not spans:
        return
    chip = QTextCharFormat()
    chip.setFontFamilies(code_families())
    chip.setBackground(QColor(code_background(dark)))
    cursor = QTextCursor(block)
    for position, length in spans:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(chip)


CODE_PX = 13  # st.code's text size (the .qss files), against the body's 14 px


def code_blocks(document: QTextDocument, body_px: float) -> None:
    """Fenced code as st.code shows it (Streamlit draws both with one highlighter): in
    st.code's size, and a block in a language st.code colours in st.code's colours."""
    block = document.begin()
    while block.isValid():
        if not block.blockFormat().hasProperty(CODE_BLOCK[0]):
            block = block.next()
            continue
        language = str(block.blockFormat().property(CODE_BLOCK[1]) or "").lower()
        first, lines = block, []
        while block.isValid() and block.blockFormat().hasProperty(CODE_BLOCK[0]):
            lines.append(block.text())  # one fence: its lines, one block each
            block = block.next()
            if block.isValid() and str(block.blockFormat().property(CODE_BLOCK[1]) or "").lower() \
                    != language:
                break
        _code_face(document, first.position(), len("\n".join(lines)), lines, language,
                   round(body_px * CODE_PX / 14 * code_scale(theme_state.custom().code_size)))


def _code_face(document: QTextDocument, start: int, length: int, lines: list[str],
               language: str, px: int) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    size = QTextCharFormat()
    size.setProperty(QTextFormat.Property.FontPixelSize, px)
    cursor.mergeCharFormat(size)
    if not language:
        return
    from rerunqt.qt.adapters.code import code_colours  # with the first fence with a language

    for begin, end, colour in code_colours("\n".join(lines), language) or ():
        ink = QTextCharFormat()
        ink.setForeground(QColor(colour))
        cursor.setPosition(start + begin)
        cursor.setPosition(start + end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(ink)


def code_gaps(found: re.Match[str]) -> str:
    """A code block's margins as in Streamlit's Markdown: the paragraph gap (1rem) above it
    after other text (Qt drops that paragraph's own margin next to the box) and below it
    before more (a paragraph's own 6 px top margin makes up the rest; a heading has none)."""
    text = found.string
    first = text.rfind("<body>", 0, found.start()) != -1 and not text[
        text.rfind("<body>", 0, found.start()) + 6:found.start()].strip()
    rest = text[found.end():].lstrip()
    below = 0 if rest.startswith("</body>") else (
        PARAGRAPH_GAP if rest.startswith(("<h", "<table")) else PARAGRAPH_GAP - 6)
    return f"margin-top:{0 if first else PARAGRAPH_GAP}px; margin-bottom:{below}px"


# A Markdown heading's size to the body text's (#, ## and ### as st.title, st.header and
# st.subheader draw them; #### to ###### on down to the body size, as Streamlit's 1.5, 1.25
# and 1rem) and its gap above (Streamlit's padding, 1.25rem for # down to 0.25rem).
HEADING_SCALE = {1: 30 / 14, 2: 23 / 14, 3: 18 / 14, 4: 16 / 14, 5: 15 / 14, 6: 1.0}
_HEADING_TOP = {1: 15, 2: 12, 3: 9, 4: 6, 5: 4, 6: 3}


def heading_sizes(document: QTextDocument, body_px: float) -> None:
    """Headings in Streamlit's sizes and gaps: Qt's reader made #### the body size and
    ##### and ###### smaller than it, all with no gap around them. Below a heading is
    Streamlit's 1rem, above it (after text) its padding; Qt's layout keeps the larger of
    two margins that meet, as a browser does."""
    levels = theme_state.custom().headings  # [theme] headingFontSizes / headingFontWeights
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            fmt = block.blockFormat()
            above = block.previous().blockFormat()  # a code box keeps its own gap below
            text_above = block.previous().isValid() and not (
                above.hasProperty(CODE_BLOCK[0]) or above.hasProperty(CODE_BLOCK[1]))
            fmt.setTopMargin(_HEADING_TOP.get(level, 3) if text_above else 0)
            fmt.setBottomMargin(PARAGRAPH_GAP if block.next().isValid() else 0)
            css = page_headings.for_level(level)  # the page's ``h2 { ... }`` (page CSS)
            if css:
                page_headings.apply(css, fmt, QTextCharFormat(), body_px / 16)
            cursor = QTextCursor(block)
            cursor.setBlockFormat(fmt)
            px = round(body_px * HEADING_SCALE.get(level, 1.0) * heading_scale(levels, level))
            weight = levels[level - 1][1] if levels and level <= 6 else None
            runs = []  # read first: a format change merges runs under a live iterator
            it = block.begin()
            while not it.atEnd():
                part = it.fragment()
                runs.append((part.position(), part.length(), part.charFormat()))
                it += 1
            for position, length, char in runs:  # each keeps its face (bold, code)
                char.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                char.setProperty(QTextFormat.Property.FontPixelSize, px)
                if weight is not None:  # [theme] headingFontWeights
                    char.setFontWeight(weight)
                if css:
                    page_headings.apply(css, QTextBlockFormat(), char, body_px / 16)
                cursor.setPosition(position)
                cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(char)
        block = block.next()


_HEADING_TAG = re.compile(r"<(/)h[1-6]>|<h[1-6]\b( style=\")?")


def heading_paragraphs(html: str) -> str:
    """``html`` (Qt's, from a document) with its headings as bold paragraphs: Qt's rich text
    sizes an <h1>...<h5> by the tag (relative to the label) over any size its words have."""
    return _HEADING_TAG.sub(lambda found: "</p>" if found.group(1) else
                            '<p style="font-weight:700;' if found.group(2) else
                            '<p style="font-weight:700;"', html)


def header_alignment(frame: QTextFrame) -> None:
    """Qt aligns a pipe table's body cells by the delimiter row's colons (``:---:``) but
    leaves its header cells left; GitHub's Markdown (Streamlit's) aligns the whole column."""
    for child in frame.childFrames():
        if isinstance(child, QTextTable) and child.rows() > 1:
            for column in range(child.columns()):
                below = child.cellAt(1, column).firstCursorPosition().blockFormat()
                head = child.cellAt(0, column).firstCursorPosition()
                fmt = head.blockFormat()
                fmt.setAlignment(below.alignment())
                head.setBlockFormat(fmt)
        header_alignment(child)
