"""Text that stays on one line: ``wrap=False`` on text elements, buttons, checkboxes, toggles.

Streamlit 1.67 keeps such text on one line at a steady height and ends it with an
ellipsis when the column is too narrow; hovering shows the whole text. A no-wrap QLabel
would instead widen the whole page to its longest line, so this label asks for no width
and elides its text to the width it gets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QRadioButton, QSizePolicy

from rerunqt.qt.adapters.base import WrapLabel
from rerunqt.qt.adapters.label_face import mnemonic_safe


def one_line(text: str, markdown: bool) -> str:
    """The first line of ``text`` as plain text (markdown keeps only its words)."""
    if markdown:
        document = QTextDocument()
        if "<" in text:  # HTML as written (one-line text never renders it): not Qt's reading,
            from rerunqt.qt.markdown_html import FEATURES  # which loses the words after a tag

            document.setMarkdown(text, FEATURES)
        else:
            document.setMarkdown(text)
        text = document.toPlainText()
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


class ElidingLabel(WrapLabel):
    """A WrapLabel that, when ``set_one_line`` gave it a line, shows that line elided."""

    def __init__(self, markdown: bool = False) -> None:
        self.line: str | None = None
        self.markdown = markdown
        super().__init__(markdown=markdown)

    def set_one_line(self, line: str | None) -> None:
        """Show ``line`` on one line with an ellipsis (None: wrap the text as usual)."""
        self.line = line
        if line is None:
            if self.styled:
                shown = Qt.TextFormat.RichText
            else:
                shown = Qt.TextFormat.MarkdownText if self.markdown else Qt.TextFormat.PlainText
            self.setTextFormat(shown)
            self.setWordWrap(True)
            return
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self._elide()
        self.updateGeometry()

    def set_text(self, text: str) -> None:
        if self.line is None:
            super().set_text(text)
        else:
            self._elide()

    def _elide(self) -> None:
        if self.line is None:
            return
        width = max(self.contentsRect().width(), 1)
        QLabel.setText(self, elided(self.fontMetrics(), self.line, width))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(0, hint.height()) if self.line is not None else hint

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(0, hint.height()) if self.line is not None else hint

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.line is not None and event.size().width() != event.oldSize().width():
            self._elide()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if self.line is not None and event.type() == event.Type.ContentsRectChange:
            self._elide()  # room made for a help icon


class OneLineLabel:
    """Mixed into a button (push button, checkbox, switch) whose label may stay on one line.

    With ``set_label(text, one_line=True)`` (``wrap=False``) the button asks for the
    width of its whole label but may shrink down to an ellipsis; the label it shows is
    elided to the width it gets. Without, it is a plain button.

    ``shown`` is the text as the user reads it; Qt's ``text()`` has each "&" doubled
    (Qt would take a single one for a mnemonic: see label_face.mnemonic_safe).
    """

    full: str | None = None
    shown = ""
    help_room = 0  # px right of the label for its help icon (help_icon.py)
    wraps = False  # without one_line, the label wraps onto more lines when it must (a checkbox)
    wrapped = False  # it does at the present width: the button is taller, its lines painted
    # ... by wrapped_paint.py, from an event filter set only while it wraps: the classes have
    # no Python paintEvent, so a click's repaint needs no GIL while the script thread runs
    paints_lines = False  # True on the push button, check box and radio button below

    def set_label(self, text: str, one_line: bool) -> None:
        self.full = text if one_line else None
        self._show(text)
        if one_line:
            self._elide()
        self.fit_lines()
        self.updateGeometry()  # type: ignore[attr-defined]

    def one_line_height(self) -> int:
        """The button's height with its label on one line."""
        hint: QSize = super().sizeHint()  # type: ignore[misc]
        return hint.height()

    def word_room(self) -> int:
        """The least width of a wrapping label: its longest word (a browser's min-content)."""
        metrics = self.fontMetrics()  # type: ignore[attr-defined]
        return max((metrics.horizontalAdvance(word) for word in self.shown.split()), default=0)

    def fit_lines(self) -> None:
        """A wrapping label narrower than its text: as tall as its lines (Streamlit's
        checkbox label wraps; it used to widen the column, the sidebar past its edge)."""
        wrapped, height = False, 0
        if self.wraps and self.full is None and self.shown:  # (a Markdown label's lines: its words)
            room = max(self.width() - self.label_pad(), 1)  # type: ignore[attr-defined]
            metrics = self.fontMetrics()  # type: ignore[attr-defined]
            if metrics.horizontalAdvance(self.shown) > room:
                wrapped, base = True, self.one_line_height()
                lines = metrics.boundingRect(QRect(0, 0, room, 1 << 20),
                                             int(Qt.TextFlag.TextWordWrap), self.shown)
                height = max(base, lines.height() + base - metrics.height())
        if wrapped != self.wrapped:
            self.wrapped = wrapped
            if self.paints_lines:
                from rerunqt.qt.adapters.wrapped_paint import paint_lines

                paint_lines(self, wrapped)
        if self.minimumHeight() != height:  # type: ignore[attr-defined]
            self.setMinimumHeight(height)  # type: ignore[attr-defined]

    def text_top(self) -> int:
        """Where a wrapped label's first line starts: centred on the one-line height."""
        return (self.one_line_height() - self.fontMetrics().height()) // 2  # type: ignore[attr-defined]

    def _show(self, text: str) -> None:
        self.shown = text
        self.setText(mnemonic_safe(text))  # type: ignore[attr-defined]

    def _width_for(self, hint: QSize, text: str) -> QSize:
        """``hint`` (the size for the label shown now) for the label ``text``."""
        metrics = self.fontMetrics()  # type: ignore[attr-defined]
        shown = metrics.horizontalAdvance(self.shown)
        return QSize(hint.width() - shown + metrics.horizontalAdvance(text), hint.height())

    def sizeHint(self) -> QSize:
        hint: QSize = super().sizeHint()  # type: ignore[misc]
        hint = hint if self.full is None else self._width_for(hint, self.full)
        return QSize(hint.width() + self.help_room, max(hint.height(), self.minimumHeight()))  # type: ignore[attr-defined]

    def minimumSizeHint(self) -> QSize:
        hint: QSize = super().minimumSizeHint()  # type: ignore[misc]
        if self.full is None:
            width = hint.width() + self.help_room
            if self.wraps and self.shown:
                width = min(width, self.label_pad() + self.word_room())
            return QSize(width, hint.height())
        ellipsis = self.fontMetrics().horizontalAdvance("\u2026")  # type: ignore[attr-defined]
        return QSize(self.label_pad() + ellipsis, hint.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        if self.full is not None:
            self._elide()
        elif self.wraps and event.size().width() != event.oldSize().width():
            self.fit_lines()

    def label_pad(self) -> int:
        """The button's width around its label (indicator, padding)."""
        hint: QSize = super().sizeHint()  # type: ignore[misc]
        metrics = self.fontMetrics()  # type: ignore[attr-defined]
        return hint.width() - metrics.horizontalAdvance(self.shown) + self.help_room

    def _elide(self) -> None:
        if self.full is None:
            return
        if self.width() >= self.sizeHint().width():  # type: ignore[attr-defined]
            shown = self.full  # room for the whole label (a style's minimum width would
        else:  # otherwise count as padding and cut a short label such as "OK")
            metrics = self.fontMetrics()  # type: ignore[attr-defined]
            room = max(self.width() - self.label_pad(), 1)  # type: ignore[attr-defined]
            shown = elided(metrics, self.full, room)
        if shown != self.shown:
            self._show(shown)


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to ``width`` with an ellipsis; narrower than the ellipsis itself, the
    ellipsis still (a browser's text-overflow clips it), where Qt gives no text at all: a
    "start" button in a narrow column was a blank box."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) or ("\u2026" if text else "")


def set_button_label(button: QAbstractButton, text: str, one_line: bool) -> None:
    """``text`` on ``button``, on one elided line when ``one_line`` (a OneLineLabel button).

    ``text`` is shown as written: an "&" in it is no mnemonic."""
    if isinstance(button, OneLineLabel):
        button.set_label(text, one_line)
        fixed = (QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        if (one_line or button.wraps) and button.sizePolicy().horizontalPolicy() in fixed:
            policy = button.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # may shrink to fit
            button.setSizePolicy(policy)
    else:
        button.setText(mnemonic_safe(text))


class OneLinePushButton(OneLineLabel, QPushButton):
    """st.button and its kin: a push button whose label can stay on one line, or wrap onto
    more lines inside the button (centred, as Streamlit's)."""

    wraps = True
    paints_lines = True


class OneLineCheckBox(OneLineLabel, QCheckBox):
    """st.checkbox: a check box whose label can stay on one line, or wrap onto more."""

    wraps = True
    paints_lines = True


class OneLineRadio(OneLineLabel, QRadioButton):
    """A st.radio option whose label wraps onto more lines in a narrow column."""

    wraps = True
    paints_lines = True
