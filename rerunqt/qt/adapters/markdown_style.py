"""Drawing an option's or a label's Markdown in place of its words (option_markdown.py
decides when; this module, with its Qt style class, loads with the first such label)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QWidget

from rerunqt.qt.adapters.inline_markdown import inline_document
from rerunqt.qt.adapters.label_face import qt_shown


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


def fit_width(widget: QWidget, text: str, words: str) -> None:
    """Room for the drawn Markdown when it is wider than the words (a bold part)."""
    widget.ensurePolished()
    dark = is_dark(widget)
    extra = document_width(text, dark, widget.font()) - widget.fontMetrics().horizontalAdvance(words)
    widget.setMinimumWidth(0)
    if extra > 0:
        widget.setMinimumWidth(widget.sizeHint().width() + int(extra) + 1)
