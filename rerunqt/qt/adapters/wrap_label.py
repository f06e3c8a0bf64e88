"""WrapLabel: the word-wrapped label of text elements and widget labels, sized once per
text or width, and the test that sends Markdown through markdown_html's document."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from rerunqt.core.page_css_inline import ClassRule


NO_LIMIT = 16777215  # QWIDGETSIZE_MAX
SIZES_KEPT = 8  # measures remembered per label: a value that flips between a few texts

_MARKUP = re.compile(r"[*_`\[~<&\\#|]|^\s*([-+>]|\d+\.)\s")  # what Markdown could change
# What Qt's own Markdown label gets wrong (shown through markdown_html's document instead):
# underscores (emphasis, not underline), code (monospace on grey), fenced or indented code,
# quotes, HTML (a "<" before a letter, "/", "!" or "?" may start a tag: Qt's reading of tags
# loses text, and Streamlit shows them as written unless allowed; "x < 5" is no tag) and
# Streamlit's typographic symbols (a word ->, <-, <->, --, >=, <=, ~=: the same test as
# core.md_directives.TYPOGRAPHY_HINT, here so that plain text imports nothing), links
# (Qt's reader draws them without Streamlit's underline and link colour), and what a
# browser lays out differently: paragraphs (a blank line between text: a 1rem gap, not
# Qt's 6 px), hard breaks (a new line, no gap) and runs of spaces between words (one
# space in HTML, all of them in Qt), and bullets other than a top-level "-" (Qt takes the
# bullet from the marker; a browser from the nesting level).
_NEEDS_DOCUMENT = re.compile(r"[_`]|<[A-Za-z/!?]|^ {0,3}(?:```|~~~|>)|^(?:    |\t)\S"
                             r"|(?<!\w)(?:<->|->|<-|--|[<>~]=)(?!\w)"
                             r"|\]\(|://|\bwww\."
                             r"|\S {2,}(?=\S)|\S[ \t]*\n[ \t]*\n\s*\S|\S(?: {2,}|\\)\n[ \t]*\S"
                             r"|^[ \t]*[*+][ \t]|^[ \t]{2,}-[ \t]|^ {0,3}#{1,6}[ \t]",
                             re.MULTILINE | re.IGNORECASE)


_UNSEEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<(?:link|meta|base)\b[^>]*>"
                     r"|</[A-Za-z][^>]*>|<(?:div|span|p|section|center|font|a|b|i|em|strong)\b"
                     r"(?![^>]*\bstyle\s*=)[^>]*>",
                     re.IGNORECASE | re.DOTALL)  # what a browser never draws: an empty box has no height
_LONG_WORD = re.compile(r"\w{30,}")  # wider than most columns: a browser breaks it, Qt cannot
_TAG = re.compile(r"(<[^>]*>)")
ZWSP = "\u200b"


def breakable(text: str, rich: bool) -> str:
    """``text`` with a zero-width space between the letters of each very long word.

    Streamlit's Markdown breaks a word too long for its line (``overflow-wrap:
    break-word``); Qt's word wrap never does, so one such word ("A" + 100 * "H", a
    hash) made the label as wide as the word and the whole page scroll sideways.
    In HTML only the text between tags changes (never a tag's attributes)."""
    if _LONG_WORD.search(text) is None:
        return text
    def spaced(match: re.Match[str]) -> str:
        return ZWSP.join(match.group())
    if not rich:
        return _LONG_WORD.sub(spaced, text)
    return "".join(part if part.startswith("<") else _LONG_WORD.sub(spaced, part)
                   for part in _TAG.split(text))


def shows_nothing(markdown: str, allow_html: bool) -> bool:
    """Whether ``markdown`` draws nothing: blank, or (HTML on) only <style>, <script>,
    <link>, comments, closing tags and unstyled boxes with no words in them
    (``st.markdown("<style>...</style>", unsafe_allow_html=True)``, ``'<div class="row">'``)."""
    return not (_UNSEEN.sub("", markdown) if allow_html else markdown).strip()


def needs_document(markdown: str) -> bool:
    """Whether ``markdown`` must be shown through ``markdown_html.document_html`` (emphasis
    with underscores, code, tags, quotes, typographic symbols), not Qt's Markdown reader."""
    return _NEEDS_DOCUMENT.search(markdown) is not None


class WrapLabel(QLabel):
    """A word-wrapped label that takes a fixed height for its current width.

    A plain wrapped QLabel asks its layout for height-for-width, which makes every
    relayout of the page measure every label again (55 ms for 1000 markdown labels
    when one text changes). This one measures itself only when its text or its width
    changes, so a rerun that changes one label costs about 1 ms on the same page.
    """

    broken = False  # a long word was given break points (breakable): copies leave them out
    allow_html = False  # Markdown's HTML renders (unsafe_allow_html=True), else shows as written
    icon_images = False  # a widget label's images are icons: no taller than a line (Streamlit)
    label_blocks = False  # a widget label: headings, lists and quotes unwrapped (Streamlit)
    padded = False  # a box whose stylesheet padding is its own (code): no HTML margin moves it
    _led = False  # the top margin is an HTML block's margin-top (``_lead``), not the stylesheet's
    collapses = False  # an element's text that draws nothing has no height (Streamlit's 0 px)
    clips = False  # a heading: a word wider than its column is cut at the edge, as a page's
    # box lets it overflow; its minimum width no longer widened the column (the sidebar)
    page_classes: tuple[ClassRule, ...] = ()  # the page's .class / #id rules (qt/page_css.py)

    def __init__(self, markdown: bool = False, plain_unless_marked: bool = False,
                 natural: bool = False) -> None:
        """``plain_unless_marked``: Markdown only when the text has a Markdown character
        (a widget label: most are plain words, and plain text lays out faster).
        ``natural``: hint the text's one-line width (a widget's label or caption), so a
        widget as wide as its content wraps it only when the page is narrower."""
        super().__init__()
        self.natural = natural
        self._natural: tuple[Any, int] = (None, 0)  # (text, format, font) -> width
        self.markdown = markdown
        self.plain_unless_marked = plain_unless_marked
        self.source = ""  # the text as given (Markdown with Streamlit's directives)
        self.styled = False  # shown as HTML with colours worked out for the theme
        self._sizes: dict[tuple[Any, ...], Any] = {}  # see _measured
        self._texts = 0  # texts shown: a label whose text never changes remembers nothing
        if markdown:
            self.setTextFormat(Qt.TextFormat.MarkdownText)
        # A stylesheet padding gives a QLabel a "frame", and then Qt indents its text by
        # half an 'x' (9 px for a title): headings sat right of every other element.
        self.setIndent(0)
        self.setWordWrap(True)
        self.set_text("")

    def set_text(self, text: str) -> None:
        if text != self.source:
            self._texts += 1
        self.source = text
        if self.padded:
            pass  # st.code's <pre style="margin:0"> set the top padding to 0: text at the top
        elif "margin" in text and (self.allow_html if self.markdown  # HTML that renders
                                   else self.textFormat() == Qt.TextFormat.RichText):
            self._lead(text)  # an opening block's margin-top, which Qt's rich text drops
        elif self._led and self.contentsMargins().top():  # only a gap an HTML margin made:
            self._lead("")  # a heading's stylesheet padding stays when its text changes
        if self.label_blocks:
            from rerunqt.core.label_blocks import unwrap_blocks

            text = unwrap_blocks(text)
        if self.markdown:
            html = False
            if self.allow_html and self.page_classes:  # the app's own HTML, styled by class
                from rerunqt.core.page_css_inline import inline_classes

                text = inline_classes(text, self.page_classes)
            if ":" in text or "$" in text:  # :red[...], :emoji:, $math$ (Streamlit's Markdown)
                from rerunqt.qt.markdown_html import label_text  # with the first such text

                font = self.font()
                points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
                text, html = label_text(text, self._dark(), points, self.allow_html)
            if not html and "`" in text:  # words and `code` only (st.write of a value): fast
                from rerunqt.qt.code_style import code_spans_html

                fast = code_spans_html(text, self._dark())
                if fast is not None:
                    text, html = fast, True
            if not html and ("_" in text or "`" in text or "\n" in text or "<" in text
                             or "-" in text or "=" in text or "  " in text
                             or text.lstrip()[:1] in (">", "~", "*", "+", "#")
                             or "](" in text or "://" in text or "www." in text) \
                    and _NEEDS_DOCUMENT.search(text) is not None:  # as Streamlit shows them
                from rerunqt.qt.markdown_html import document_html

                px = self.font().pixelSize()  # the style sheet's (View > Zoom), for headings
                size = px if px > 0 else 14
                if self.page_classes:  # the page's ``h2 {...}`` (loaded with the first CSS)
                    from rerunqt.qt.page_headings import heading_rules, styles

                    with styles(heading_rules(self.page_classes)):
                        text = document_html(text, self._dark(), self.allow_html, size)
                else:
                    text = document_html(text, self._dark(), self.allow_html, size)
                html = True
            if html and self.icon_images and "<img " in text:
                text = text.replace("<img ", f'<img height="{self.fontMetrics().height()}" ')
            self.styled = html
            shown = Qt.TextFormat.RichText if html else Qt.TextFormat.MarkdownText
            # a line break is Markdown's too: a space, as the browser shows Streamlit's label
            if not html and self.plain_unless_marked and "\n" not in text \
                    and _MARKUP.search(text) is None:
                shown = Qt.TextFormat.PlainText
            if shown != self.textFormat():
                self.setTextFormat(shown)
        if self.wordWrap():
            text = breakable(text, self.textFormat() == Qt.TextFormat.RichText)
        self.broken = ZWSP in text
        self.setText(text)
        policy = self.sizePolicy()
        if policy.hasHeightForWidth():  # QLabel turns it back on with every setText
            policy.setHeightForWidth(False)
            self.setSizePolicy(policy)
        self._fit()

    def _lead(self, text: str) -> None:
        from rerunqt.core.html_lead import leading_margin

        margins, lead = self.contentsMargins(), leading_margin(text)
        self._led = lead > 0
        if margins.top() != lead:
            self.setContentsMargins(margins.left(), lead, margins.right(), margins.bottom())

    def keyPressEvent(self, event: Any) -> None:
        with _copies_clean(self):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        with _copies_clean(self):  # the menu's "Copy" runs while it is open
            super().contextMenuEvent(event)

    def _dark(self) -> bool:
        """On a dark page: the colours worked out for Markdown are the dark theme's."""
        return self.palette().window().color().lightness() < 128

    def _measure_key(self) -> tuple[Any, ...]:
        """Everything QLabel's size measures read: the same key, the same sizes."""
        margins, least = self.contentsMargins(), self.minimumSize()
        return (self.text(), self.textFormat(), self.font().key(), self.wordWrap(),
                margins.left(), margins.top(), margins.right(), margins.bottom(),
                least.width(), least.height(), self.maximumWidth(), self.indent(),
                self.margin(), self.alignment())

    def _measured(self, key: tuple[Any, ...], measure: Any) -> Any:
        """``measure()``, or what it gave for ``key`` among this label's last few texts.

        Laying out rich text is the dear part of a text update (QLabel measures its
        height, its size hint and its minimum size: three document layouts, about
        0.3 ms for one short line), and a label redrawn on every rerun often flips
        between a few texts ("Toggle is True" / "False", a status word). Nothing is kept
        before the style sheet's first polish (a size hint polishes: a new font), nor for
        a label whose text has not changed yet (most never do: the key costs ~5 µs)."""
        if self._texts < 2 or not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return measure()  # (its first text: nothing to flip back to yet)
        sizes = self._sizes
        found = sizes.get(key)
        if found is None:
            found = measure()
            if len(sizes) >= SIZES_KEPT:
                del sizes[next(iter(sizes))]
            sizes[key] = found
        return QSize(found) if isinstance(found, QSize) else found

    def sizeHint(self) -> QSize:
        hint = self._measured(("hint",) + self._measure_key(), super().sizeHint)
        if not self.natural:
            return hint
        key = (self.text(), self.textFormat(), self.font().key())
        if self._natural[0] != key:
            from rerunqt.qt.adapters.natural_width import natural_width

            self._natural = (key, natural_width(self))
        margins = self.contentsMargins()
        wide = self._natural[1] + margins.left() + margins.right()
        return QSize(max(hint.width(), wide), hint.height())

    def minimumSizeHint(self) -> QSize:
        """A picture in the text (a $$ formula) never sets the page's width: Streamlit's
        KaTeX block overflows inside its element; Qt's minimum is the picture's width,
        so one long formula stopped every paragraph of the page from wrapping."""
        hint = self._measured(("least",) + self._measure_key(), super().minimumSizeHint)
        if self.wordWrap() and (self.clips or "<img" in self.text()):
            return QSize(0, hint.height())
        return hint

    def hasHeightForWidth(self) -> bool:
        """No: the fixed height set in ``_fit`` already fits the width.

        QLabel answers True whenever it wraps, whatever its size policy says, and then
        every layout pass of the page (QScrollArea re-measures on each LayoutRequest)
        lays out the text of every label again: 16 ms per rerun of a 1000-element page.
        """
        return False

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.styled and event.type() == QEvent.Type.PaletteChange:
            self.set_text(self.source)  # the theme changed: colours for the other theme
        elif event.type() == QEvent.Type.ContentsRectChange:
            self._fit()  # room for a help icon (help_icon.py), or stylesheet padding

    def _fit(self) -> None:
        if self.collapses and shows_nothing(self.source, self.allow_html):
            self.setFixedHeight(0)  # CSS for a web page: only the gap to the next element
            return
        if not self.wordWrap():  # one line per line of text: the size hint is right
            if self.maximumHeight() != NO_LIMIT:
                self.setMinimumHeight(0)
                self.setMaximumHeight(NO_LIMIT)
            return
        floor = self.minimumHeight()
        if floor:  # QLabel's measure never goes below the minimum: the last fixed height
            self.setMinimumHeight(0)
        width = max(self.width(), 1)
        height = self._measured((width,) + self._measure_key(),
                                lambda: super(WrapLabel, self).heightForWidth(width))
        if height > 0 and height != self.maximumHeight():
            self.setFixedHeight(height)  # taller, or shorter (a shorter text, a wider page)
        elif floor:
            self.setMinimumHeight(floor)  # the same height: as it was


@contextmanager
def _copies_clean(label: WrapLabel) -> Iterator[None]:
    """Text copied from ``label`` meanwhile loses the break points ``breakable`` added."""
    if not label.broken:
        yield
        return
    clipboard = QGuiApplication.clipboard()

    def clean() -> None:
        copied = clipboard.text()
        if ZWSP in copied:
            clipboard.setText(copied.replace(ZWSP, ""))

    clipboard.dataChanged.connect(clean)
    try:
        yield
    finally:
        clipboard.dataChanged.disconnect(clean)
