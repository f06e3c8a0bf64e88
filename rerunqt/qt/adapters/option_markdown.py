"""Streamlit's Markdown in an option's text: ``:rainbow[Comedy]``, ``:red[x]``, ``**a** b``.

The options of st.radio, st.pills, st.segmented_control and st.select_slider may hold
GitHub-flavoured Markdown with Streamlit's directives (st.selectbox and st.multiselect
show theirs as written, as Streamlit does). A radio button, a push button or a label
shows one font and one colour, so ``label_words`` reduces a label to its words and a
face; that keeps a wholly **bold** option, but drops colours and partial emphasis.

An option that needs more keeps its words as the widget's text (its size, accessible
name and lookups stay as they were) and gets a proxy style whose ``drawItemText`` draws
the Markdown as a small document instead. The style sheet still decides the colour of
the plain words for each state (checked, hover, disabled): it is the colour Qt hands
to ``drawItemText``.
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


def needs_document(text: str) -> bool:
    """More than words and one face: a colour, a formula, or emphasis on part of it."""
    if not has_markup(text):
        return False
    if ":" in text and _COLOUR.search(text) is not None:
        return True
    if "$" in text and _FORMULA.search(text) is not None:
        return True
    return _EMPHASIS.search(text) is not None and label_words(text)[1] == 0


class MarkdownText(QProxyStyle):
    """One widget's style: its text drawn as ``source`` read as Streamlit's Markdown."""

    def __init__(self, widget: QWidget, source: str, words: str) -> None:
        app = QApplication.instance()
        name = app.style().name() if isinstance(app, QApplication) else "fusion"
        super().__init__(QStyleFactory.create(name or "fusion"))
        self.setParent(widget)  # goes with the widget
        self.widget = widget
        self.source, self.words = source, words

    def drawItemText(self, painter: QPainter, rect: QRect, flags: int,
                     pal: QPalette | Qt.GlobalColor | QColor, enabled: bool, text: str,
                     textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole) -> None:
        # text other than the words: cut short with an ellipsis, shown as it is
        if not isinstance(pal, QPalette) or self.words not in (text, qt_shown(text)):
            super().drawItemText(painter, rect, flags, pal, enabled, text, textRole)
            return
        role = textRole if textRole != QPalette.ColorRole.NoRole else QPalette.ColorRole.WindowText
        dark = self.widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
        size = document_width(self.source, dark, painter.font())
        x = float(rect.left())
        if flags & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - size) / 2
        elif flags & Qt.AlignmentFlag.AlignRight:
            x += rect.width() - size
        draw_markdown(painter, QPointF(x, rect.top()), rect.height(), self.source,
                      pal.color(role), dark)


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
    shown = mnemonic_safe(words) if isinstance(widget, QAbstractButton) else words
    if needs_document(text):
        set_face(widget, 0)
        if widget.property("rqMarkdown") != text:  # (style() is the style sheet's wrapper)
            old = widget.findChildren(MarkdownText)
            widget.setStyle(MarkdownText(widget, text, words))
            widget.setProperty("rqMarkdown", text)
            for style in old:
                style.deleteLater()
        widget.setText(shown)
        _fit_width(widget, text, words)
        return
    set_face(widget, face)
    if widget.property("rqMarkdown"):
        widget.setProperty("rqMarkdown", None)
        widget.setStyle(None)  # type: ignore[arg-type]  # back to the application's style
        widget.setMinimumWidth(0)
        for style in widget.findChildren(MarkdownText):
            style.deleteLater()
    widget.setText(shown)


def _fit_width(widget: QWidget, text: str, words: str) -> None:
    """Room for the drawn Markdown when it is wider than the words (a bold part)."""
    widget.ensurePolished()
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    extra = document_width(text, dark, widget.font()) - widget.fontMetrics().horizontalAdvance(words)
    widget.setMinimumWidth(0)
    if extra > 0:
        widget.setMinimumWidth(widget.sizeHint().width() + int(extra) + 1)
