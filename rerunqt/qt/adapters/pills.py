"""st.pills and st.segmented_control: a group of toggle buttons that is one Tab stop.

The group takes the keyboard focus (a ring marks the current option); Left/Right move
between options and Space or Enter toggles one, as a native segmented control does.
A click or a toggle sends the whole selection as a tuple of option indices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, restyle
from rerunqt.qt.adapters.elide import OneLineLabel
from rerunqt.qt.adapters.option_markdown import show_option_text
from rerunqt.qt.flow import FlowBox
from rerunqt.runner.requests import WidgetEvent


class OptionButton(OneLineLabel, QPushButton):
    """One option: on one line, ended with an ellipsis when the row is narrower than it
    (Streamlit's pills and segments do not wrap their text, nor widen the page)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)


class ToggleGroup(QWidget):
    """The option buttons; ``chosen`` is the selection as the window shows it."""

    def __init__(self, host: Host, widget_id: str, segmented: bool) -> None:
        super().__init__()
        self.host, self.widget_id, self.segmented = host, widget_id, segmented
        self.setObjectName("rqSegments" if segmented else "rqPills")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons: list[QPushButton] = []
        self.labels: tuple[str, ...] = ()
        self.chosen: tuple[int, ...] = ()
        self.multi = False
        self.required = False
        self.current = 0
        # segments touch (no spacing); both wrap onto more lines when the row is full
        self.box = FlowBox(spacing=0 if segmented else 8, fill_last=False)
        self.outer = QHBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.box, 1)
        self.scroller: QScrollArea | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_wrap(self, wrap: bool) -> None:
        """Wrap the options to new lines, or keep them on one row that scrolls sideways."""
        self.box.flow.one_line = not wrap
        self.box.refit()
        if wrap == (self.scroller is None):
            return
        if wrap:
            assert self.scroller is not None
            self.scroller.takeWidget()
            self.outer.removeWidget(self.scroller)
            self.scroller.deleteLater()
            self.scroller = None
            self.outer.addWidget(self.box, 1)
            self.box.show()
            self.setMaximumHeight(16777215)
            self.setMinimumHeight(0)
            return
        self.outer.removeWidget(self.box)
        scroll = self.scroller = QScrollArea()
        scroll.setObjectName("rqOptionsRow")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # one row's height
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.box)
        scroll.viewport().setAutoFillBackground(False)
        self.box.setAutoFillBackground(False)
        self.outer.addWidget(scroll, 1)
        self.fit_row()

    def fit_row(self) -> None:
        """One row: as tall as the options (the wheel or the arrow keys scroll it)."""
        if self.scroller is not None:
            self.setFixedHeight(max(self.box.sizeHint().height(), self.box.minimumHeight(), 1))

    def set_options(self, labels: tuple[str, ...]) -> None:
        if labels == self.labels:
            return
        self.labels = labels
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        for n, text in enumerate(labels):
            button = OptionButton()
            button.setObjectName("rqSegment" if self.segmented else "rqPill")
            # its words ("&" shown), a face or its Markdown; a too long one elided
            show_option_text(button, text, one_line=True)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the group is the one Tab stop
            button.setAutoDefault(False)
            button.setAccessibleName(text)
            if self.segmented:
                place = "only" if len(labels) == 1 else (
                    "first" if n == 0 else "last" if n == len(labels) - 1 else "middle")
                button.setProperty("place", place)
            self.box.flow.addWidget(button)
            button.clicked.connect(lambda _=False, i=n: self.toggle(i))
            self.buttons.append(button)
        self.box.refit()
        self.fit_row()
        self.current = min(self.current, max(len(labels) - 1, 0))
        self.show_chosen(self.chosen)

    def show_chosen(self, chosen: tuple[int, ...]) -> None:
        self.chosen = tuple(i for i in chosen if i < len(self.buttons))
        for n, button in enumerate(self.buttons):
            button.setChecked(n in self.chosen)
        self._mark_current()

    def toggle(self, index: int) -> None:
        """The user clicked option ``index`` (or pressed Space on it)."""
        if not self.isEnabled() or not 0 <= index < len(self.buttons):
            return
        self.current = index
        if index in self.chosen:
            chosen = tuple(i for i in self.chosen if i != index)
            if self.required and not chosen:
                self.show_chosen(self.chosen)  # the last choice of a required group stays
                return
        else:
            chosen = (*self.chosen, index) if self.multi else (index,)
        self.show_chosen(chosen)
        self.host.emit(WidgetEvent(self.widget_id, chosen))

    # ----- keyboard -----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self.buttons:
            self.current = max(0, self.current - 1)
            self._mark_current()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self.buttons:
            self.current = min(len(self.buttons) - 1, self.current + 1)
            self._mark_current()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.chosen and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.current = self.chosen[0]
        self._mark_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._mark_current()

    def _mark_current(self) -> None:
        for n, button in enumerate(self.buttons):
            restyle(button, "current", self.hasFocus() and n == self.current)
        if self.scroller is not None and self.hasFocus() and self.buttons:
            self.scroller.ensureWidgetVisible(self.buttons[self.current])  # scrolled into view


class ToggleGroupAdapter(Adapter):
    def __init__(self, kind: str) -> None:
        self.kind = kind

    def create(self, element: Element, host: Host) -> QWidget:
        group = ToggleGroup(host, element.key, segmented=self.kind == "segmented_control")
        field = LabelledField("", group)
        self.update(field, element, element, frozenset(n for n, _ in element.props))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        group = widget.field
        assert isinstance(group, ToggleGroup)
        apply_common(widget, new, changed)
        props = new.props_dict()
        group.multi, group.required = bool(props["multi"]), bool(props["required"])
        if "wrap" in changed:
            group.set_wrap(props["wrap"] is not False)
        if "options" in changed:
            group.set_options(tuple(props["options"]))
        if changed & {"value", "options", "set_by_code"}:
            group.show_chosen(tuple(props["value"]))

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


PILLS_ADAPTERS: list[Adapter] = [ToggleGroupAdapter("pills"), ToggleGroupAdapter("segmented_control")]
