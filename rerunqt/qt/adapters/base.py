"""What every adapter provides, and the pieces labelled widgets share.

An adapter turns one element kind into a real Qt widget (``create``) and later sets
only the properties that changed (``update``), with signals blocked so programmatic
updates never echo back as user events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.widget_params import REQUIRED_MESSAGE, is_empty
from rerunqt.qt.adapters.wrap_label import NO_LIMIT, WrapLabel
from rerunqt.qt.children import Children
from rerunqt.runner.requests import WidgetEvent


class FocusWheel:
    """Mixed into a field the wheel would change (spin box, date/time edit, combo box).

    Without keyboard focus the field ignores the wheel, so Qt passes it on to the
    parents and the page scrolls; a focused field takes it, as in native forms. The
    wheel alone never focuses it (StrongFocus rather than Qt's WheelFocus).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # type: ignore[attr-defined]

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class Host:
    """What adapters may call on the window: emit an event, register a pending edit."""

    def __init__(self, emit: Callable[[WidgetEvent], None],
                 emit_batch: Callable[[list[WidgetEvent]], None] | None = None) -> None:
        self.emit = emit
        self.emit_batch: Callable[[list[WidgetEvent]], None] = emit_batch or self._emit_each
        self.pending: dict[int, Callable[[], WidgetEvent | None]] = {}

    def set_pending(self, widget: QWidget, flush: Callable[[], WidgetEvent | None] | None) -> None:
        """Remember (or forget) an uncommitted edit, committed before any other rerun."""
        if flush is None:
            self.pending.pop(id(widget), None)
        else:
            self.pending[id(widget)] = flush

    def _emit_each(self, events: list[WidgetEvent]) -> None:
        for event in events:
            self.emit(event)

    def enter_pressed(self) -> None:
        """The user pressed Enter (Ctrl+Enter in a text area) in a field, after its commit.

        Nothing here; inside a form this submits the form (when ``enter_to_submit``).
        """
        return None

    def displayed(self, element: Element) -> Element:
        """``element`` as its widget must show it (a form shows held edits; see FormHost)."""
        return element

    def forget(self, widget_id: str) -> None:
        """The widget left the page (a form drops what it held for it)."""
        return None

    def flush_pending(self) -> list[WidgetEvent]:
        events = [event for flush in list(self.pending.values()) if (event := flush())]
        self.pending.clear()
        return events


class Adapter:
    """Base adapter; subclasses set ``kind`` and implement ``create``/``update``."""

    kind = ""
    align_left = False  # keep the widget at its natural width (buttons)
    # a pixel ``width`` is the field's width (up to its column's), not a cap on its own
    # natural width: set on the input fields, whose natural width is arbitrary
    exact_pixels = False

    def create(self, element: Element, host: Host) -> QWidget:
        raise NotImplementedError

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        raise NotImplementedError

    def left_aligned(self, element: Element) -> bool:
        """Whether the widget keeps its natural width at the left (else it spans the page).

        Streamlit 1.67's ``width``: "stretch" spans, "content" or pixels keep to the left
        (a pixel width is also a maximum width: see ``apply_width``).
        """
        width = element.prop("width")
        if width == "stretch":
            return False
        if width.__class__ is int:
            return not self.exact_pixels
        if width == "content":
            return True
        return self.align_left

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        """The widgets Tab should visit inside ``widget``, in order."""
        return []

    def children(self, widget: QWidget) -> Children | None:
        """Where a container's child widgets go (None: this kind holds no elements)."""
        return None

    def child_host(self, widget: QWidget, host: Host) -> Host:
        """The host of a container's children (a form holds their edits; most pass on)."""
        return host

    def click_target(self, widget: QWidget) -> tuple[QWidget, QPoint] | None:
        """Where a user clicks to act on the element (a tab's place in its tab bar).

        None: the probe widget, at its usual point (the pilot's default).
        """
        return None

    def probe(self, widget: QWidget) -> QWidget:
        """The widget a test or screen reader acts on (the input inside a labelled field)."""
        return widget


class LabelledField(QWidget):
    """A label above an input, the shape of every labelled Streamlit widget."""

    def __init__(self, label: str, field: QWidget, row: QWidget | None = None) -> None:
        """``field`` is the input; ``row`` what is laid out (the field plus extras)."""
        super().__init__()
        self.label = WrapLabel(markdown=True, plain_unless_marked=True,  # as Streamlit's labels
                               natural=True)
        self.label.icon_images = True
        self.label.label_blocks = True
        self.set_label(label)
        self.label.setObjectName("rqLabel")
        self.label.setBuddy(field)
        self.field = field
        self.required = False
        self.drawn = False  # set after the first draw: a required field is not flagged then
        # the message under the field ("This field is required", a validation error)
        self.note = QLabel()
        self.note.setObjectName("rqFieldNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #d33;")
        self.note.setAccessibleName("Field message")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(row if row is not None else field)
        layout.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_label(self, text: str) -> None:
        """Markdown as Streamlit's labels; a buddy label takes "&" as a shortcut, so
        "R&D" is doubled to show as written."""
        self.label.set_text(text.replace("&", "&&"))

    def show_note(self, text: str | None) -> None:
        """Show ``text`` under the field in the error colour, or hide the message."""
        self.note.setText(text or "")
        self.note.setVisible(bool(text))
        self.describe()

    def describe(self) -> None:
        """The field's accessible description: the message under it, then its help."""
        from rerunqt.qt.adapters.help_icon import help_icon

        icon = help_icon(self.label)
        parts = [self.note.text(),
                 icon.accessibleDescription() if icon is not None else ""]
        self.field.setAccessibleDescription("\n".join(part for part in parts if part))


def apply_common(field: LabelledField, element: Element, changed: frozenset[str] | None) -> None:
    """Label, its visibility, tooltip, disabled: the props every labelled widget shares."""
    props = element.props_dict()
    if changed is None or "label" in changed or "required" in changed:
        field.required = bool(props.get("required"))
        # Streamlit marks a required field with an asterisk after its label
        field.set_label(props["label"] + (" *" if field.required else ""))
        field.field.setAccessibleName(props["label"])
        field.setProperty("rqWidgetId", element.key)
    if changed is None or "label_visibility" in changed:
        visibility = props.get("label_visibility", "visible")
        policy = field.label.sizePolicy()
        policy.setRetainSizeWhenHidden(visibility == "hidden")
        field.label.setSizePolicy(policy)
        field.label.setVisible(visibility == "visible")
    if changed is None or "help" in changed or "label" in changed or "required" in changed:
        show_help(field, props.get("help"))
    if changed is None or "disabled" in changed:
        disabled = bool(props.get("disabled", False))
        field.field.setEnabled(not disabled)
        # Streamlit fades a disabled widget's label; the label itself stays enabled, so
        # its help icon still shows the help on hover
        restyle(field.label, "rqDisabled", disabled)
    if field.required or "required" in props:
        check_required(field, props.get("value"), changed)
    field.drawn = True


def show_help(field: LabelledField, markdown: str | None) -> None:
    """The "?" icon after the label, its tooltip the help (Streamlit's; help_icon.py)."""
    from rerunqt.qt.adapters.help_icon import set_help  # with the first help text

    if markdown or getattr(field.label, "rq_help_icon", None) is not None:
        set_help(field.label, markdown, field.field)
        field.describe()


def check_required(field: LabelledField, value: Any, changed: frozenset[str] | None) -> None:
    """A required field left empty says so under it (not on its first draw: the user has
    not had a chance yet); a value, or the field no longer required, clears it."""
    if not field.required or not is_empty(value):
        if field.note.text() == REQUIRED_MESSAGE:
            field.show_note(None)
    elif field.drawn and (changed is None or "value" in changed):
        field.show_note(REQUIRED_MESSAGE)


def apply_width(widget: QWidget, element: Element) -> None:
    """A pixel ``width`` caps the widget's width; "stretch"/"content" lift a cap set before.

    The width is also kept as the widget's ``rqWidth`` property: a horizontal container's
    row reads it to size the child as Streamlit's flex row does (qt/flow.py)."""
    width = element.prop("width")
    mode = "stretch" if element.prop("use_container_width") is True else width
    if mode is not None and widget.property("rqWidth") != mode:
        if widget.property("rqWidth") is not None:
            widget.updateGeometry()  # the row lays its children out again
        widget.setProperty("rqWidth", mode)
    if width.__class__ is int:
        widget.setMaximumWidth(width)
        widget.setProperty("rqCapped", True)
    elif widget.property("rqCapped"):
        widget.setMaximumWidth(NO_LIMIT)
        widget.setProperty("rqCapped", False)


def set_blocked(widget: QWidget, setter: Callable[..., Any], *args: Any) -> None:
    """Call ``setter`` with the widget's signals blocked (no echo as a user event)."""
    blocker = QSignalBlocker(widget)
    try:
        setter(*args)
    finally:
        blocker.unblock()


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set the dynamic property ``name`` the stylesheet styles by (``[empty="true"]``) and
    re-polish the widget so the rule applies; nothing when it already holds ``value`` (an
    unset property counts as False, so a new widget is not re-polished for nothing)."""
    current = widget.property(name)
    if current == value or (current is None and value is False):
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)

