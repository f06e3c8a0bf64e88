"""st.skeleton in the window: a rounded grey block that gently pulses while shown."""

from __future__ import annotations

from PySide6.QtCore import QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, apply_width


class SkeletonBlock(QWidget):
    """The placeholder; ``level`` (0..1) is the pulse, animated only while visible."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqSkeleton")
        self.setAccessibleName("Loading")
        self.level = 0.0
        self.pulse = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=1200)
        self.pulse.setLoopCount(-1)  # until hidden
        self.pulse.valueChanged.connect(self._step)

    def _step(self, value: object) -> None:
        self.level = float(value)  # type: ignore[arg-type]
        self.update()

    def showEvent(self, event: object) -> None:
        self.pulse.start()

    def hideEvent(self, event: object) -> None:
        self.pulse.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Mid)
        shade = QColor(base)
        shade.setAlphaF(0.35 + 0.25 * abs(1 - 2 * self.level))  # fades out and back in
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(shade)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 8, 8)
        painter.end()


class SkeletonAdapter(Adapter):
    kind = "skeleton"

    def create(self, element: Element, host: Host) -> QWidget:
        block = SkeletonBlock()
        self.update(block, element, element, frozenset(n for n, _ in element.props))
        return block

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        height = new.prop("height")
        if height == "stretch":
            widget.setMinimumHeight(40)
            widget.setMaximumHeight(16777215)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        else:
            widget.setFixedHeight(int(height))
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        apply_width(widget, new)
        if isinstance(new.prop("width"), int):
            widget.setMinimumWidth(int(new.prop("width")))


SKELETON_ADAPTERS: list[Adapter] = [SkeletonAdapter()]
