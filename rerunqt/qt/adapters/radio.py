"""st.radio on native Qt widgets: QRadioButtons in an exclusive QButtonGroup.

Its own module so the choice adapters stay small; it exchanges an index (or None) with
the core and emits one event per user change (arrow keys move the choice).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLayout,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, WrapLabel, apply_common
from rerunqt.qt.adapters.choice_common import _all_props
from rerunqt.qt.adapters.elide import OneLineRadio
from rerunqt.qt.adapters.option_markdown import show_option_text
from rerunqt.qt.flow import FlowBox
from rerunqt.runner.requests import WidgetEvent

CAPTION_INDENT = 26  # the radio indicator and its spacing: captions line up with the text


class RadioGroup(QWidget):
    """The options of one radio widget; rebuilt only when options/layout/captions change."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqRadio")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        self.body: QWidget | None = None
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)

    def build(self, labels: tuple[str, ...], captions: tuple[str, ...] | None, horizontal: bool) -> None:
        focused = self.window().focusWidget()
        held = self.buttons.index(focused) if focused in self.buttons else None
        if held is not None:  # the group holds it while its buttons are replaced, so Qt
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # does not pass it to the next widget
        self._build(labels, captions, horizontal)
        if held is not None and self.buttons:  # the option at its place takes it back
            self.buttons[min(held, len(self.buttons) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self, labels: tuple[str, ...], captions: tuple[str, ...] | None, horizontal: bool) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
        if self.body is not None:
            self.outer.removeWidget(self.body)
            self.body.hide()
            self.body.deleteLater()
        if horizontal:  # the options wrap onto more lines in a narrow column, as in Streamlit
            flow = FlowBox(spacing=18, fill_last=False)
            flow.flow.line_gap = 4
            body: QWidget = flow
            row: QLayout = flow.flow
        else:
            body = QWidget(self)
            row = QVBoxLayout(body)
            row.setContentsMargins(0, 2, 0, 2)
            row.setSpacing(6)
        self.body = body
        self.buttons = []
        for i, text in enumerate(labels):
            button = OneLineRadio()
            button.wraps = not horizontal  # a long option wraps in a narrow column
            if not horizontal:  # ... so it may be narrower than its one line
                button.setSizePolicy(QSizePolicy.Policy.Preferred, button.sizePolicy().verticalPolicy())
            button.setObjectName("rqRadioOption")
            show_option_text(button, text)  # its words ("&" shown), a face or its Markdown
            button.setAccessibleName(text)
            self.group.addButton(button, i)
            self.buttons.append(button)
            caption = captions[i] if captions else ""
            if not caption:
                _add(row, button)
                continue
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(0)
            cell_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            # its height follows its width (never clipped); Markdown, as Streamlit's captions
            note = WrapLabel(markdown=True, plain_unless_marked=True, natural=True)
            note.setObjectName("rqRadioCaption")
            note.setWordWrap(not horizontal)
            note.set_text(caption)
            note.setContentsMargins(CAPTION_INDENT, 0, 0, 0)
            cell_layout.addWidget(note)
            _add(row, cell)
        self.outer.addWidget(body)
        if isinstance(body, FlowBox):
            body.refit()

    def show_index(self, index: int | None) -> None:
        """Check option ``index`` (None: none) without emitting anything."""
        checked = self.group.checkedId()
        if checked == (-1 if index is None else index):
            return
        blocker = QSignalBlocker(self.group)
        try:
            if index is None or not 0 <= index < len(self.buttons):
                self.group.setExclusive(False)  # an exclusive group cannot uncheck its button
                for button in self.buttons:
                    button.setChecked(False)
                self.group.setExclusive(True)
            else:
                self.buttons[index].setChecked(True)
        finally:
            blocker.unblock()
        self.rove(index)

    def rove(self, index: int | None) -> None:
        """Tab enters the group at its checked option, as in a browser (Qt makes an
        option a stop only once it has had the focus); none checked: every option."""
        for i, button in enumerate(self.buttons):
            policy = button.focusPolicy() | Qt.FocusPolicy.TabFocus
            if index is not None and 0 <= index < len(self.buttons) and i != index:
                policy = button.focusPolicy() & ~Qt.FocusPolicy.TabFocus
            button.setFocusPolicy(Qt.FocusPolicy(policy))


def _add(row: QLayout, widget: QWidget) -> None:
    """Put one option in the column (at its left) or in the wrapping row."""
    if isinstance(row, QVBoxLayout):
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        row.addWidget(widget)


class RadioAdapter(Adapter):
    kind = "radio"

    def create(self, element: Element, host: Host) -> QWidget:
        radios = RadioGroup()
        field = LabelledField("", radios)
        widget_id = element.key

        def toggled(index: int, checked: bool) -> None:
            if checked:  # the option turned off fires too: ignore it, one event per change
                host.emit(WidgetEvent(widget_id, index))

        radios.group.idToggled.connect(toggled)
        self.update(field, element, element, _all_props(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        radios = widget.field
        assert isinstance(radios, RadioGroup)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if changed & {"options", "captions", "horizontal"}:
            radios.build(props["options"], props["captions"], props["horizontal"])
        radios.show_index(props["value"])

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return list(widget.field.buttons)  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]
