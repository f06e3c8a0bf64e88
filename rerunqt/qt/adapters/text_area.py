"""The text_area adapter: a QPlainTextEdit committing on Ctrl+Enter or focus-out; Esc reverts.

A block of text is laid out whole, and breaking a line at word boundaries is quadratic
in its length: one line of 1M characters without a space froze the window for a minute.
Such text is wrapped anywhere (linear), with no undo record for the value set by code
and a fixed scroll bar (so the layout is not redone when the bar appears);
``benchmarks/long_text.py`` measures it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.pickers import TEXT_AREA_MIN_HEIGHT
from rerunqt.core.text_units import excess_span, has_long_run, index_of, position_of
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.qt.adapters.pickers_common import _ENTER, _all
from rerunqt.runner.requests import WidgetEvent

_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
TEXT_AREA_HEIGHT = 96  # px, when height=None
LONG_RUN = 10_000  # characters without whitespace from which a line is wrapped anywhere
LONG_TEXT = 100_000  # characters from which the scroll bar is always shown
_WRAP_WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_WRAP_ANYWHERE = QTextOption.WrapMode.WrapAnywhere


class _Area(QPlainTextEdit):
    """A plain-text editor that commits on Ctrl+Enter or focus-out and reverts on Esc."""

    committed: str | None = None
    max_chars: int | None = None
    fits_text = False  # height="content" (or "stretch"): as tall as its text

    def fit_text(self) -> None:
        """With ``fits_text``: as tall as its lines (wrapped at its width), at least the
        minimum; the page scrolls, not the field."""
        if not self.fits_text:
            return
        lines = self.document().documentLayout().documentSize().height()  # lines, here
        margins = self.contentsMargins()
        height = int(lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
                     + margins.top() + margins.bottom() + 2 * self.frameWidth() + 2)
        height = max(height, TEXT_AREA_MIN_HEIGHT)
        if height != self.maximumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fits_text and event.size().width() != event.oldSize().width():
            self.fit_text()  # rewrapped at the new width

    def __init__(self, commit: Callable[[bool], None]) -> None:
        super().__init__()
        self.commit = commit  # commit(enter_pressed)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and event.modifiers() & _CTRL:
            event.accept()
            self.commit(True)
            return
        if event.key() == Qt.Key.Key_Escape and self.toPlainText() != (self.committed or ""):
            event.accept()
            self.show_text(self.committed or "")
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not for its context menu
            self.commit(False)

    def show_text(self, text: str) -> None:
        """Show ``text`` (an Esc or a value from the script), keeping the cursor position."""
        position = self.textCursor().position()
        set_blocked(self, self._replace, text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.text_changed_by_code()

    def _replace(self, text: str) -> None:
        """setPlainText, with the wrap mode and scroll bar that lay ``text`` out fast."""
        wrap = _WRAP_ANYWHERE if has_long_run(text, LONG_RUN) else _WRAP_WORDS
        if wrap != self.wordWrapMode():
            self.clear()  # no layout of the old text in the new mode
            self.setWordWrapMode(wrap)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if len(text) >= LONG_TEXT \
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self.fits_text \
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setVerticalScrollBarPolicy(policy)
        self.setUndoRedoEnabled(False)  # setPlainText clears the history anyway
        self.setPlainText(text)
        self.setUndoRedoEnabled(True)

    def text_changed_by_code(self) -> None:
        """Overwritten per instance: update the counter."""

    def clip(self) -> None:
        """Refuse input beyond ``max_chars`` characters (not UTF-16 units, as Qt counts):
        drop the characters just inserted over it."""
        if self.max_chars is None:
            return
        text = self.toPlainText()
        if len(text) <= self.max_chars:
            return
        cursor = self.textCursor()
        start, end = excess_span(text, index_of(text, cursor.position()), self.max_chars)
        cursor.setPosition(position_of(text, start))
        cursor.setPosition(position_of(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


class TextAreaAdapter(Adapter):
    kind = "text_area"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        widget_id = element.key

        def flush() -> WidgetEvent | None:
            host.set_pending(field, None)
            text = area.toPlainText()
            if text == (area.committed or ""):
                return None
            area.committed = text
            return WidgetEvent(widget_id, text)

        def commit(enter: bool) -> None:
            event = flush()
            if event is not None:
                host.emit(event)
            if enter:
                host.enter_pressed()

        area = _Area(commit)
        area.setObjectName("rqTextArea")
        counter = QLabel()
        counter.setObjectName("rqTextAreaCounter")
        counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(area)
        layout.addWidget(counter)
        field = LabelledField("", area, row)
        field.counter = counter  # type: ignore[attr-defined]

        def count() -> None:
            if area.max_chars is not None:
                counter.setText(f"{len(area.toPlainText())}/{area.max_chars}")

        def on_text_changed() -> None:
            area.clip()
            area.fit_text()
            count()
            host.set_pending(field, flush)

        area.text_changed_by_code = count  # type: ignore[method-assign]
        area.textChanged.connect(on_text_changed)
        self.update(field, element, element, _all(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        area = widget.field
        assert isinstance(area, _Area)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "placeholder" in changed:
            area.setPlaceholderText(props.get("placeholder") or "")
        if "height" in changed:
            height = props.get("height")
            area.fits_text = isinstance(height, str)  # "content" / "stretch"
            area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if area.fits_text
                                            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            if area.fits_text:
                area.fit_text()
            else:
                area.setFixedHeight(height or TEXT_AREA_HEIGHT)
        if "max_chars" in changed:
            area.max_chars = props.get("max_chars")
            widget.counter.setVisible(area.max_chars is not None)  # type: ignore[attr-defined]
            area.text_changed_by_code()
        value = props["value"]
        text = "" if value is None else str(value)
        shown = area.toPlainText()
        editing = area.hasFocus() and shown != (area.committed or "")
        if shown != text and (not editing or props.get("set_by_code")):
            area.show_text(text)
        area.committed = value

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]
