"""st.text_input: a QLineEdit that commits on Enter or focus-out, not per keystroke.

It is controlled, but never fights the user: while the field has focus and holds an
uncommitted edit, only a value set by code replaces the text, and the cursor stays.
Qt's maxLength (32767 UTF-16 units by default) would cut a longer value, so it is lifted;
``max_chars`` is a validator counting characters, as Streamlit does (an emoji is one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from rerunqt.core.element import Element
from rerunqt.core.text_units import NO_LIMIT, drop_excess, index_of, position_of
from rerunqt.core.widget_params import REQUIRED_MESSAGE, broken_rule, validation_error
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.qt.adapters.field_icon import set_line_icon, set_reveal
from rerunqt.runner.requests import WidgetEvent


class _Line(QLineEdit):
    """A line edit that remembers its committed value; Esc brings it back."""

    committed: str | None = None
    rule: tuple[str, str] | None = None  # validate=: (pattern, message)

    def __init__(self) -> None:
        super().__init__()
        self.live = QTimer(self)  # live=: the pause after which typing commits

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() != (self.committed or ""):
            self.setText(self.committed or "")  # drop the uncommitted edit
            self.setModified(False)
            event.accept()
            return
        super().keyPressEvent(event)


class CharLimit(QValidator):
    """At most ``max_chars`` characters: the excess just typed or pasted is dropped."""

    max_chars: int | None = None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        limit = self.max_chars
        if limit is None or len(text) <= limit:
            return QValidator.State.Acceptable, text, pos
        kept, index = drop_excess(text, index_of(text, pos), limit)
        return QValidator.State.Acceptable, kept, position_of(kept, index)


class TextInputAdapter(Adapter):
    kind = "text_input"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        line = _Line()
        line.setObjectName("rqTextInput")
        line.setMaxLength(NO_LIMIT)
        line.setValidator(CharLimit(line))
        field = LabelledField("", line)
        widget_id = element.key

        def commit() -> WidgetEvent | None:
            host.set_pending(field, None)
            text = line.text()
            problem = validation_error(line.rule, text)
            if problem is not None:  # not committed: the field says why
                field.show_note(problem)
                return None
            if field.note.isVisible() and field.note.text() != REQUIRED_MESSAGE:
                field.show_note(None)
            if text == (line.committed or ""):
                return None
            line.committed = text
            return WidgetEvent(widget_id, text)

        def on_finished() -> None:
            event = commit()
            if event is not None:
                host.emit(event)

        line.editingFinished.connect(on_finished)
        # In a form Enter submits it. A lambda, not the bound method: PySide keeps a weak
        # reference to a bound method's object after the widget dies (one leaked per field).
        line.returnPressed.connect(lambda: host.enter_pressed())
        line.textEdited.connect(lambda _text: host.set_pending(field, commit))
        # live=: commit once the user pauses typing (the timer restarts on each key)
        line.live.setSingleShot(True)
        line.live.timeout.connect(on_finished)
        line.textEdited.connect(lambda _text: line.live.start() if line.live.interval() else None)
        self.update(field, element, element, frozenset(n for n, _ in element.props))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        line = widget.field
        assert isinstance(line, _Line)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "placeholder" in changed:
            line.setPlaceholderText(props.get("placeholder") or "")
        if "max_chars" in changed:
            validator = line.validator()
            assert isinstance(validator, CharLimit)
            validator.max_chars = props["max_chars"]
        if "validate" in changed:
            line.rule = props.get("validate")
            broken = broken_rule(line.rule)  # a pattern that does not compile: said at once
            if broken is not None or widget.note.text().startswith("Invalid validate regex"):
                widget.show_note(broken)
        if "live" in changed:
            line.live.stop()
            line.live.setInterval(props.get("live") or 0)
        if "icon" in changed:
            set_line_icon(line, props.get("icon"))
        if "type" in changed:
            set_reveal(line, props["type"] == "password")
            search = props["type"] == "search"
            if line.isClearButtonEnabled() != search:
                line.setClearButtonEnabled(search)
                clear = line.findChild(QAction, "_q_qlineeditclearaction")
                if search and clear is not None:  # emptied by the button: commit at once
                    # (queued: the field is emptied after the action's own slots run)
                    clear.triggered.connect(
                        lambda: QTimer.singleShot(0, line, lambda: line.editingFinished.emit()))
        value = props["value"]
        text = "" if value is None else str(value)
        editing = line.hasFocus() and line.isModified() and line.text() != (line.committed or "")
        if line.text() != text and (not editing or props.get("set_by_code")):
            cursor = line.cursorPosition()
            set_blocked(line, line.setText, text)
            if line.hasFocus():
                line.setCursorPosition(min(cursor, len(text)))
            else:  # a browser shows a value too long for the field from its start
                line.setCursorPosition(0)
        line.committed = value

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]
