"""Streamlit's Markdown in an option's or a label's text: ``:rainbow[Comedy]``, ``:red[x]``,
``**a** b``, ``run `x```.

The options of st.radio, st.pills, st.segmented_control and st.select_slider, and the
labels of buttons and their kin (st.button, st.checkbox, st.toggle, st.popover, st.page_link,
expander headers, tabs, top-bar sections) may hold GitHub-flavoured Markdown with
Streamlit's directives (st.selectbox and st.multiselect show theirs as written, as
Streamlit does). A radio button, a push button or a label shows one font and one colour,
so ``label_words`` reduces a label to its words and a face; that keeps a wholly **bold**
option, but drops colours, inline code's grey chip and partial emphasis.

A text that needs more keeps its words as the widget's text (its size, accessible name
and lookups stay as they were) and gets a proxy style whose ``drawItemText`` draws the
Markdown as a small document instead. The style sheet still decides the colour of the
plain words for each state (checked, hover, disabled): it is the colour Qt hands to
``drawItemText``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QProxyStyle,
    QStyleFactory,
    QWidget,
)

from rerunqt.qt.adapters.inline_markdown import has_markup, inline_document
from rerunqt.qt.adapters.label_face import label_words, mnemonic_safe, qt_shown, set_face

_COLOUR = re.compile(r":[a-z]+(-background|-badge)?\[")
_FORMULA = re.compile(r"\$[^$\s][^$]*\$")
_EMPHASIS = re.compile(r"[*_~`]|\[[^\]]*\]\(")
_CODE = re.compile(r"`[^`]+`")


def needs_document(text: str) -> bool:
    """More than words and one face: a colour, a formula, inline code (Streamlit's grey
    chip, which no font gives), or emphasis on part of it."""
    if not has_markup(text):
        return False
    if ":" in text and _COLOUR.search(text) is not None:
        return True
    if "$" in text and _FORMULA.search(text) is not None:
        return True
    if "`" in text and _CODE.search(text) is not None:
        return True
    return _EMPHASIS.search(text) is not None and label_words(text)[1] == 0


class MarkdownText(QProxyStyle):
    """One widget's style: each text of ``sources`` (its words as Qt shows them) drawn as
    its Markdown source; a button has one, a tab bar one per tab."""

    def __init__(self, widget: QWidget, sources: dict[str, str]) -> None:
        app = QApplication.instance()
        name = app.style().name() if isinstance(app, QApplication) else "fusion"
        super().__init__(QStyleFactory.create(name or "fusion"))
        self.setParent(widget)  # goes with the widget
        self.widget = widget
        self.sources = sources

    def drawItemText(self, painter: QPainter, rect: QRect, flags: int,
                     pal: QPalette | Qt.GlobalColor | QColor, enabled: bool, text: str,
                     textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole) -> None:
        # text other than the words: cut short with an ellipsis, shown as it is
        source = self.sources.get(text) or self.sources.get(qt_shown(text))
        if not isinstance(pal, QPalette) or source is None:
            super().drawItemText(painter, rect, flags, pal, enabled, text, textRole)
            return
        role = textRole if textRole != QPalette.ColorRole.NoRole else QPalette.ColorRole.WindowText
        dark = is_dark(self.widget)
        size = document_width(source, dark, painter.font())
        x = float(rect.left())
        if flags & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - size) / 2
        elif flags & Qt.AlignmentFlag.AlignRight:
            x += rect.width() - size
        draw_markdown(painter, QPointF(x, rect.top()), rect.height(), source,
                      pal.color(role), dark)


def is_dark(widget: QWidget) -> bool:
    """Whether ``widget`` sits on a dark background: the first opaque window colour up
    its parents (a style sheet's transparent background leaves a tool button's black)."""
    parent: QWidget | None = widget
    while parent is not None:
        colour = parent.palette().color(QPalette.ColorRole.Window)
        if colour.alpha() == 255:
            return colour.lightness() < 128
        parent = parent.parentWidget()
    return False


def document_width(source: str, dark: bool, font: QFont) -> float:
    return float(inline_document(source, dark, font).size().width())


def draw_markdown(painter: QPainter, at: QPointF, height: float, source: str, colour: QColor,
                  dark: bool) -> None:
    """``source`` read as Markdown, from ``at`` and centred in ``height``; words with no
    colour of their own in ``colour``."""
    document = inline_document(source, dark, painter.font())
    size = document.size()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, colour)
    context.clip = QRectF(0, 0, size.width(), size.height())
    painter.save()
    painter.translate(at.x(), at.y() + (height - size.height()) / 2)
    document.documentLayout().draw(painter, context)
    painter.restore()


def show_option_text(widget: QAbstractButton | QLabel, text: str) -> None:
    """Show the option ``text`` on ``widget``: its words as the widget's text, in the
    label's face, or with its Markdown drawn when it needs more than a face."""
    words, face = label_words(text)
    widget.setText(mnemonic_safe(words) if isinstance(widget, QAbstractButton) else words)
    show_label_markdown(widget, text, words, text, face)


def show_label_markdown(widget: QWidget, label: str, shown: str, source: str, face: int,
                        fit: bool = True) -> None:
    """After ``widget`` got the text ``shown`` (the words of ``label``, maybe with an icon):
    draw ``source`` (``label`` with that icon) in its place when ``label`` needs more than
    a face, else show the words in the label's ``face``. ``fit``: widen the widget when
    the drawn Markdown is wider than the words (a bold part)."""
    if needs_document(label):
        set_face(widget, 0)
        set_markdown(widget, {shown: source})
        if fit:
            _fit_width(widget, source, shown)
        return
    set_face(widget, face)
    set_markdown(widget, {})


def set_markdown(widget: QWidget, sources: dict[str, str]) -> None:
    """Draw each text of ``sources`` on ``widget`` as its Markdown ({}: all as plain text).
    The property ``rqMarkdown`` holds the Markdown (the one source, or them all)."""
    shown = next(iter(sources.values())) if len(sources) == 1 else (dict(sources) or None)
    if widget.property("rqMarkdown") == shown:  # (style() is the style sheet's wrapper)
        return
    widget.setProperty("rqMarkdown", shown)
    old = widget.findChildren(MarkdownText, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if sources:
        widget.setStyle(MarkdownText(widget, dict(sources)))
    else:
        widget.setStyle(None)  # type: ignore[arg-type]  # back to the application's style
        widget.setMinimumWidth(0)
    for style in old:
        style.deleteLater()


def markdown_source(widget: QWidget, text: str) -> str | None:
    """The Markdown ``widget`` draws in place of ``text`` (a widget painting its own text)."""
    shown = widget.property("rqMarkdown")
    if isinstance(shown, dict):
        return shown.get(text)
    styles = widget.findChildren(MarkdownText, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return styles[-1].sources.get(text) if shown and styles else None


def _fit_width(widget: QWidget, text: str, words: str) -> None:
    """Room for the drawn Markdown when it is wider than the words (a bold part)."""
    widget.ensurePolished()
    dark = is_dark(widget)
    extra = document_width(text, dark, widget.font()) - widget.fontMetrics().horizontalAdvance(words)
    widget.setMinimumWidth(0)
    if extra > 0:
        widget.setMinimumWidth(widget.sizeHint().width() + int(extra) + 1)
