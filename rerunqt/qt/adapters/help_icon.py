"""The "?" help icon Streamlit shows after a label with ``help=``; hovering it shows the help.

Streamlit 1.67 puts a small circled question mark right after the text of a widget's
label (text_input, slider, radio, checkbox...), of st.markdown, st.caption, st.text,
st.latex, the headings and a metric's label, and shows the help as a Markdown tooltip
when the pointer is over it. Here the icon is a child of the widget that draws the text
(a label, a check box, a switch): it hides with that widget (a collapsed or hidden label),
and it is moved, never re-created, when the text, the help or the width changes. The
text keeps room for it on its right (a label's right contents margin, a button's size
hint), so a wrapped label ends before the icon. The help is also the accessible
description of the widget a screen reader reads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from rerunqt.qt import theme_state

GAP = 4  # between the text and the icon, as Streamlit's
_FIND = Qt.FindChildOption.FindDirectChildrenOnly


class HelpIcon(QWidget):
    """A circled "?" drawn in the theme's faded text colour (a caption's); its tooltip is
    the help as rich text."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("rqHelpIcon")
        self.setAccessibleName("Help")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.markdown = ""
        self.room = 0  # the room this icon added to its host's right contents margin
        self.queued = False
        host.installEventFilter(self)

    def set_help(self, markdown: str) -> None:
        if markdown == self.markdown:
            return
        self.markdown = markdown
        html = tooltip_html(markdown)
        self.setToolTip(html)
        self.setAccessibleDescription(plain_text(html))

    def diameter(self) -> int:
        """The icon's size: about the height of a capital letter of the host's text, at
        least 14 px (a heading's icon is a little larger than a label's)."""
        host = self.parentWidget()
        height = host.fontMetrics().height() if host is not None else 16
        return max(14, min(22, round(height * 0.85)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = faded_text()
        if not self.isEnabled():
            colour.setAlphaF(0.5)
        size = min(self.width(), self.height())
        pen_width = max(1.2, size / 12)
        painter.setPen(QPen(colour, pen_width))
        inset = pen_width / 2 + 0.5
        circle = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
        painter.drawEllipse(circle)
        font = self.font()
        font.setPixelSize(max(8, round(size * 0.62)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "?")
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES:
            place(self)
            if not self.queued:  # again once the host has handled it (an elided label)
                self.queued = True
                QTimer.singleShot(0, self, self._place_later)  # not after it is gone
        return False

    def _place_later(self) -> None:
        self.queued = False
        place(self)


_MOVES = frozenset({QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange,
                    QEvent.Type.StyleChange, QEvent.Type.Polish})


def set_help(host: QWidget, markdown: str | None, described: QWidget | None = None,
             shown: bool = True) -> HelpIcon | None:
    """Show ``markdown`` as the help icon after the text of ``host`` (a QLabel, a check
    box, a switch), or remove the icon when it is None or empty. ``described`` (default:
    ``host``) gets the help as its accessible description; ``shown`` False hides the icon
    (a checkbox whose label is not visible). Returns the icon."""
    icon = help_icon(host)
    target = described if described is not None else host
    if not markdown:
        if icon is not None:
            _reserve(host, icon, 0)
            host.removeEventFilter(icon)
            icon.hide()
            icon.setParent(None)
            icon.deleteLater()
            host.rq_help_icon = None  # type: ignore[attr-defined]
        if target.accessibleDescription() and getattr(target, "rq_help_described", False):
            target.setAccessibleDescription("")
        target.rq_help_described = False  # type: ignore[attr-defined]
        return None
    if icon is None:
        icon = HelpIcon(host)
        host.rq_help_icon = icon  # type: ignore[attr-defined]
    icon.set_help(markdown)
    icon.setVisible(shown)
    _reserve(host, icon, icon.diameter() + GAP if shown else 0)
    place(icon)
    target.setAccessibleDescription(icon.accessibleDescription())
    target.rq_help_described = True  # type: ignore[attr-defined]
    return icon


def help_icon(host: QWidget) -> HelpIcon | None:
    """The help icon after ``host``'s text, if it has one (kept on the host, so that
    adapters ask ``getattr(widget, "rq_help_icon", None)`` without loading this module)."""
    return getattr(host, "rq_help_icon", None)


def place_help(host: QWidget) -> None:
    """Move ``host``'s help icon after its text (the text changed), if it has one."""
    icon = help_icon(host)
    if icon is not None:
        place(icon)


def place(icon: HelpIcon) -> None:
    """Move ``icon`` right after its host's text, centred on the text's first line."""
    host = icon.parentWidget()
    if host is None:
        return
    size = icon.diameter()
    if icon.width() != size:
        icon.setFixedSize(size, size)
        _reserve(host, icon, size + GAP if icon.room else 0)
    if isinstance(host, QLabel):
        right, middle = _label_text_end(host)
    elif isinstance(host, QAbstractButton):
        right, middle = _button_text_end(host)
    else:
        right, middle = host.width() - size, host.height() / 2
    x = min(round(right) + GAP, max(host.width() - size, 0))
    icon.move(x, round(middle - size / 2))


def _reserve(host: QWidget, icon: HelpIcon, room: int) -> None:
    """Keep ``room`` px right of the host's text for the icon. A label's contents margin
    changes by the difference only: the stylesheet adds its padding to it the same way."""
    if room == icon.room:
        return
    if isinstance(host, QLabel):
        margins = host.contentsMargins()
        host.setContentsMargins(margins.left(), margins.top(),
                                margins.right() - icon.room + room, margins.bottom())
    icon.room = room
    if hasattr(host, "help_room"):  # a button makes room in its size hint (elide.OneLineLabel)
        host.help_room = room
    host.updateGeometry()


def _label_text_end(label: QLabel) -> tuple[float, float]:
    """The right end of ``label``'s text and the middle of its first line."""
    rect = label.contentsRect()
    align = label.alignment()
    pixmap = label.pixmap()
    if pixmap is not None and not pixmap.isNull():
        ratio = pixmap.devicePixelRatio() or 1.0
        width, height = pixmap.width() / ratio, pixmap.height() / ratio
        first_middle = height / 2
    else:
        width, height, first_middle = _text_size(label, rect.width())
    left = float(rect.left())
    if align & Qt.AlignmentFlag.AlignHCenter:
        left += (rect.width() - width) / 2
    elif align & Qt.AlignmentFlag.AlignRight:
        left = rect.right() + 1 - width
    top = float(rect.top())
    if align & Qt.AlignmentFlag.AlignVCenter:
        top += max(0.0, (rect.height() - height) / 2)
    elif align & Qt.AlignmentFlag.AlignBottom:
        top = rect.bottom() + 1 - height
    return left + min(width, rect.width()), top + first_middle


def _text_size(label: QLabel, width: int) -> tuple[float, float, float]:
    """(widest line, height, middle of the first line) of the label's text at ``width``."""
    text = label.text()
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.AutoText:
        fmt = Qt.TextFormat.RichText if text.lstrip().startswith("<") else Qt.TextFormat.PlainText
    if fmt == Qt.TextFormat.PlainText:
        if label.buddy() is not None:
            text = text.replace("&&", "&")
        metrics = QFontMetricsF(label.font())
        flags = int(Qt.TextFlag.TextWordWrap.value) if label.wordWrap() else 0
        bounds = metrics.boundingRect(QRectF(0, 0, max(width, 1), 1e6), flags, text or " ")
        return (bounds.width() if text else 0.0), bounds.height(), metrics.height() / 2
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    if fmt == Qt.TextFormat.MarkdownText:
        document.setMarkdown(text)
    else:
        document.setHtml(text)
    if label.wordWrap():
        document.setTextWidth(max(width, 1))
    first = document.firstBlock()
    top = document.documentLayout().blockBoundingRect(first).top()
    layout = first.layout()
    if layout is not None and layout.lineCount():
        line = layout.lineAt(0)
        middle = top + line.y() + line.height() / 2
    else:
        middle = QFontMetricsF(label.font()).height() / 2
    return document.idealWidth(), document.size().height(), middle


def _button_text_end(button: QAbstractButton) -> tuple[float, float]:
    """The right end of a check box's or a switch's label, and the button's middle."""
    shown = getattr(button, "shown", button.text())
    advance = button.fontMetrics().horizontalAdvance(shown)
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
        start = contents.left()
        middle = contents.center().y() + 0.5
    else:  # toggle._Switch: the label starts after the track
        start = getattr(button, "text_left", lambda: 0)()
        middle = button.height() / 2
    if getattr(button, "wrapped", False):  # a label on more lines (elide.OneLineLabel)
        middle = button.one_line_height() / 2  # type: ignore[attr-defined]  # its first line
    return start + advance, middle


def faded_text() -> QColor:
    """The theme's faded text colour, a caption's: the text colour 30% (light) or 49%
    (dark) of the way to the background, as the stylesheets' greys (theme_custom.FADED)."""
    dark = theme_state.base() == "dark"
    custom = theme_state.custom()
    if custom.text is None and custom.background is None:
        return QColor("#808495" if dark else "#6b7080")
    ink, paper = theme_state.colour("text"), theme_state.colour("background")
    share = 0.49 if dark else 0.3
    return QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(
        (ink.redF(), ink.greenF(), ink.blueF()), (paper.redF(), paper.greenF(), paper.blueF()),
        strict=True)))


def tooltip_html(markdown: str) -> str:
    """``markdown`` as rich text for a tooltip (Streamlit renders the help as Markdown).

    Always rich text: Qt wraps a rich tooltip to a readable width (about 80 characters),
    a plain one not at all. The tooltip is dark in both themes, so colours are the dark
    theme's."""
    from rerunqt.qt.markdown_html import document_html, label_text

    text, is_html = label_text(markdown, True)
    return text if is_html else document_html(text, True)


def plain_text(html: str) -> str:
    """What a screen reader says for the help: its words, without markup."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\ufffc", "").strip()
