"""A chart box with a one-line note beside the hover read-out (map and plotly charts).

The note says what the native drawing leaves out ("No base map offline", a plotly trace
type not drawn), so the chart is honest about it instead of silently different.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Host
from rerunqt.qt.adapters.charts import ChartAdapter, ChartBox
from rerunqt.runner.requests import WidgetEvent


class NotedChartBox(ChartBox):
    """ChartBox whose top row holds a note (left) and the hover read-out (right)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.readout)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel("")
        self.note.setObjectName("rqChartNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.note, 1)
        row.addWidget(self.readout)
        layout.insertLayout(0, row)
        self.readout.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_note(self, text: str, dark: bool) -> None:
        self.note.setText(text)
        self.note.setToolTip(text)
        self.note.setStyleSheet(f"color: {'#a3a8b8' if dark else '#808495'}; font-size: 11px;")


class NotedChartAdapter(ChartAdapter):
    """ChartAdapter for a box class given by the subclass."""

    box_class: type[NotedChartBox] = NotedChartBox

    def create(self, element: Element, host: Host) -> QWidget:
        box = self.box_class(self.kind)
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box


class SelectableChartAdapter(NotedChartAdapter):
    """A chart that can be a widget (``on_select``: plotly points, pydeck objects). Its box
    (with ``send``, ``drawn``, ``element`` and ``show_selection``) sends the user's picks to
    the script; an update that changes only the selection marks it again, with no redraw."""

    def create(self, element: Element, host: Host) -> QWidget:
        box = super().create(element, host)
        if isinstance(element.key, str) and element.prop("value") is not None:
            widget_id = element.key  # a widget: selections go to the script
            box.send = lambda ui: host.emit(WidgetEvent(widget_id, ui))  # type: ignore[attr-defined]
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        if changed == frozenset({"value"}) and getattr(widget, "drawn", None) is not None:
            widget.element = new  # type: ignore[attr-defined]
            widget.show_selection()  # type: ignore[attr-defined]
            return
        super().update(widget, old, new, changed)
