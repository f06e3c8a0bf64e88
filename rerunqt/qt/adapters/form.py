"""st.form: a bordered box whose widgets' edits wait for the submit button.

The widgets inside a form talk to a ``FormHost`` instead of the window: it keeps their
committed values (and their uncommitted edits) until a submit, then sends them and the
submit click as one batch, so they reach the script in one run.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.widget_params import REQUIRED_MESSAGE
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField
from rerunqt.qt.adapters.button import ButtonAdapter
from rerunqt.qt.adapters.container_box import BORDER_MARGIN
from rerunqt.qt.adapters.layout import LayoutAdapter
from rerunqt.qt.children import Children
from rerunqt.qt.column import Column
from rerunqt.runner.form_buffer import FormBuffer
from rerunqt.runner.requests import WidgetEvent

_KEEPS_ONE = ("pills", "segmented_control")  # their required= keeps an option chosen


class FormHost(Host):
    """The host of the widgets in one form: edits are held until the form is submitted.

    What is held lives in a Qt-free FormBuffer (shared with AppTest), which also decides
    what each field shows: its held edit, until code sets the field.
    """

    def __init__(self, parent: Host) -> None:
        super().__init__(self._hold, parent.emit_batch)
        self.parent = parent
        self.buffer = FormBuffer()
        self.enter_to_submit = True
        self.submit_id: str | None = None  # the first submit button, if enabled (Enter clicks it)
        self._enter_queued = False
        self.required: dict[str, Any] = {}  # required field id -> its committed value
        self.box: QWidget | None = None

    def _hold(self, event: WidgetEvent) -> None:
        if event.click:  # only a submit button clicks inside a form
            self.submit(event.widget_id)
        else:
            self.buffer.hold(event.widget_id, event.value)

    def displayed(self, element: Element) -> Element:
        if element.prop("required") and element.kind not in _KEEPS_ONE:
            self.required[element.key] = element.prop("value")
        else:
            self.required.pop(element.key, None)
        return self.buffer.shown(element)

    def forget(self, widget_id: str) -> None:
        self.required.pop(widget_id, None)
        self.buffer.forget(widget_id)

    def submit(self, button_id: str) -> None:
        """Send the held values and the click together; the form starts empty again.

        Not while a required field is empty or a field shows a validation error: those
        fields say what is wrong, and nothing is sent.
        """
        for event in self.flush_pending():
            self.buffer.hold(event.widget_id, event.value)
        missing = set(self.buffer.missing(self.required))
        fields = self.box.findChildren(LabelledField) if self.box is not None else []
        blocked = bool(missing)
        for field in fields:
            if field.property("rqWidgetId") in missing:
                field.show_note(REQUIRED_MESSAGE)
            elif field.note.isVisible() and field.note.text() != REQUIRED_MESSAGE:
                blocked = True  # a validation error
            elif field.note.text() == REQUIRED_MESSAGE:
                field.show_note(None)
        if not blocked:
            self.parent.emit_batch(self.buffer.submit(button_id))

    def enter_pressed(self) -> None:
        """Enter in a field "clicks" the first submit button (after the field's own commit)."""
        if self.enter_to_submit and self.submit_id is not None and not self._enter_queued:
            self._enter_queued = True  # a spin box reports one Enter twice
            button_id = self.submit_id

            def submit() -> None:
                self._enter_queued = False
                self.submit(button_id)

            QTimer.singleShot(0, submit)


class FormBox(QFrame):
    """The form's widget: a frame with a column of children and its FormHost."""

    def __init__(self, host: FormHost) -> None:
        super().__init__()
        self.setObjectName("rqForm")
        self.child_host = host
        layout = self.box_layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        self.child_column = Column(layout)

    def pad(self, border: bool) -> None:
        """As Streamlit's: a bordered form pads its widgets; ``border=False`` lines them up
        with the page (it left the padding of an invisible box)."""
        margin = BORDER_MARGIN if border else 0
        self.box_layout.setContentsMargins(margin, margin, margin, margin)


class FormAdapter(LayoutAdapter):
    kind = "form"

    def create(self, element: Element, host: Host) -> QWidget:
        box = FormBox(FormHost(host))
        box.child_host.box = box
        box.setProperty("border", bool(element.prop("border")))  # before the first polish
        box.pad(bool(element.prop("border")))
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, FormBox)
        return widget.child_column

    def child_host(self, widget: QWidget, host: Host) -> Host:
        assert isinstance(widget, FormBox)
        return widget.child_host

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, FormBox)
        props = new.props_dict()
        host = widget.child_host
        host.enter_to_submit = bool(props["enter_to_submit"])
        host.submit_id = props["submit"]
        if "border" in changed and widget.property("border") != bool(props["border"]):
            widget.setProperty("border", bool(props["border"]))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.pad(bool(props["border"]))
        if "height" in changed:
            height = props.get("height")
            if height.__class__ is int:
                widget.setFixedHeight(height)
            else:  # "content": as tall as its widgets; "stretch": at least that
                widget.setMinimumHeight(0)
                widget.setMaximumHeight(16777215)


class FormSubmitButtonAdapter(ButtonAdapter):
    kind = "form_submit_button"


FORM_ADAPTERS: list[Adapter] = [FormAdapter(), FormSubmitButtonAdapter()]
