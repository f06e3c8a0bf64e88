"""Status elements on the page: progress bar, spinner, status box.

``text()`` on each widget is what a user reads (QtPilot.texts uses it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel
from rerunqt.qt.adapters.busy import BusyIndicator, TimerWhileShown
from rerunqt.qt.adapters.label_face import label_words, qt_shown
from rerunqt.qt.adapters.option_markdown import show_label_markdown
from rerunqt.qt.adapters.panels import Expander, ExpanderAdapter, header_text
from rerunqt.qt.adapters.wrap_label import NO_LIMIT

CLOCK_MS = 100  # the elapsed time shows tenths of a second


def _apply_width(widget: QWidget, width: Any) -> None:
    """A pixel ``width`` fixes it (the adapter keeps it at the left); else it spans."""
    if isinstance(width, int):
        widget.setFixedWidth(width)
    else:
        widget.setMinimumWidth(0)
        widget.setMaximumWidth(16777215)


def _pixels(element: Element) -> bool:
    width = element.prop("width")
    return isinstance(width, int) and not isinstance(width, bool)


class Progress(QFrame):
    """A markdown caption over a thin bar in the primary colour."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqProgress")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = WrapLabel(markdown=True)
        self.label.setObjectName("rqProgressText")
        self.bar = QProgressBar()
        self.bar.setObjectName("rqProgressBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.label.text() if self.label.isVisibleTo(self) else ""


class ProgressAdapter(Adapter):
    kind = "progress"

    def create(self, element: Element, host: Host) -> QWidget:
        widget = Progress()
        self.update(widget, element, element, frozenset(name for name, _ in element.props))
        return widget

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, Progress)
        props = new.props_dict()
        if "value" in changed:
            widget.bar.setValue(int(props["value"]))
        if "text" in changed:
            text = props["text"]
            widget.label.set_text(text or "")
            widget.label.setVisible(bool(text))
            widget.bar.setAccessibleName(text or "Progress")
        if "width" in changed:
            _apply_width(widget, props["width"])

    def left_aligned(self, element: Element) -> bool:
        return _pixels(element)


class Spinner(TimerWhileShown, QWidget):
    """A turning arc, the text, and (``show_time``) the seconds since it appeared."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqSpinner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(8)
        self.indicator = BusyIndicator(16)
        self.label = WrapLabel(markdown=True)
        self.label.setObjectName("rqSpinnerText")
        self.label.setWordWrap(False)  # one line, wrapped only when it has no room (_fit_text)
        self.clock = WrapLabel()
        self.clock.setObjectName("rqSpinnerTime")
        self.clock.setWordWrap(False)
        layout.addWidget(self.indicator, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label)
        layout.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self.timer = QTimer(self)  # the Qt side counts the time: the script may be busy
        self.timer.setInterval(CLOCK_MS)
        self.timer.timeout.connect(self._tick)
        self.show_time = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_show_time(self, show: bool) -> None:
        self.show_time = show
        self.clock.setVisible(show)
        self._tick()
        self._sync_timer()

    def timer_wanted(self) -> bool:
        return self.show_time and not self.indicator.paused

    def event(self, event: QEvent) -> bool:
        """The renderer marks a spinner whose block ended, in a run still going, stale:
        it stays, faded, until the run ends; it stops turning and counting at once."""
        if event.type() == QEvent.Type.DynamicPropertyChange and self.property("rqStale") is not None:
            stale = bool(self.property("rqStale"))
            if stale != self.indicator.paused:
                self.indicator.set_paused(stale)
                self.show_time_running(not stale)
        return super().event(event)

    def show_time_running(self, running: bool) -> None:
        if running:
            self._sync_timer()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        if self.show_time:
            self.clock.set_text(f"({self.elapsed.elapsed() / 1000:.1f} seconds)")

    def text(self) -> str:
        return self.label.text()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_text()

    def fit_text(self) -> None:
        """One line beside the arc; a text wider than the room (a narrow page, a pixel
        width) wraps onto more lines, as Streamlit's spinner text does; it was cut off."""
        label, layout = self.label, self.layout()
        assert isinstance(layout, QHBoxLayout)
        clock = self.clock.sizeHint().width() + layout.spacing() if self.show_time else 0
        room = self.width() - self.indicator.width() - layout.spacing() - clock
        if label.wordWrap():  # its one-line width, measured unwrapped
            label.setWordWrap(False)
            label.setMinimumWidth(0)
            label.setMaximumWidth(NO_LIMIT)
        wrap = 0 < room < label.sizeHint().width()
        if wrap:
            label.setWordWrap(True)
            label.setFixedWidth(room)
        label.set_text(label.source)  # measured again for the new wrapping


class SpinnerAdapter(Adapter):
    kind = "spinner"

    def create(self, element: Element, host: Host) -> QWidget:
        widget = Spinner()
        self.update(widget, element, element, frozenset(name for name, _ in element.props))
        return widget

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, Spinner)
        props = new.props_dict()
        if "text" in changed:
            widget.label.set_text(props["text"])
            widget.setAccessibleName(props["text"] or "In progress")
        if "show_time" in changed:
            widget.set_show_time(bool(props["show_time"]))
        if "width" in changed:
            _apply_width(widget, props["width"])
        if changed & {"text", "show_time"}:
            widget.fit_text()

    def left_aligned(self, element: Element) -> bool:
        return _pixels(element)


class StatusBox(Expander):
    """An expander led by the state: a turning arc, a check or a cross."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqStatus")

    @property
    def indicator(self) -> BusyIndicator:
        """The state's indicator: in the header, or in a step's rail."""
        lead = self.step.icon if self.step is not None else self.header.lead
        return lead.use_indicator()

    def text(self) -> str:
        return qt_shown(self.header.text())  # as the user reads it ("&&" is one "&")


class StatusAdapter(ExpanderAdapter):
    kind = "status"

    def create(self, element: Element, host: Host) -> QWidget:
        box = StatusBox()
        self.update(box, element, element, frozenset(name for name, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, StatusBox)
        props = new.props_dict()
        look = props.get("type", "default")
        if changed & {"label", "state", "type"}:
            label = props["label"]
            if look == "step":  # a step says its state in words too, as Streamlit's does
                label = f"{label} \u2014 {props['state']}" if label else props["state"]
            text, face = header_text(label, None)
            widget.header.setText(text)
            show_label_markdown(widget.header, label, label_words(label)[0], label, face, fit=False)
            widget.set_look(look, None, props["state"])
            widget.header.setAccessibleName(f"{props['label']} ({props['state']})")
            widget.setProperty("state", props["state"])
        if "expanded" in changed:
            widget.set_open(bool(props["expanded"]))


STATUS_ADAPTERS: list[Adapter] = [ProgressAdapter(), SpinnerAdapter(), StatusAdapter()]
