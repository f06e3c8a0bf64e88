"""st.metric: label, big value, a delta pill with an arrow, an optional sparkline.

The sparkline is painted with QPainter (a polyline, filled area or bars): no pyqtgraph
import for a few dozen points. Colours follow the theme: the window's palette says
whether it is dark, and the delta colours are Streamlit's for that base.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.label_blocks import unwrap_blocks
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.elide import OneLineLabel
from rerunqt.qt.adapters.inline_markdown import has_markup, label_html
from rerunqt.qt.directive_colours import named

_LIGHT = {"green": "#09ab3b", "red": "#ff2b2b", "gray": "#808495", "orange": "#ffa421",
          "yellow": "#faca2b", "blue": "#1c83e1", "violet": "#803df5", "primary": "#ff4b4b"}
_DARK = {"green": "#3dd56d", "red": "#ff4b4b", "gray": "#a3a8b8", "orange": "#ffbd45",
         "yellow": "#ffe312", "blue": "#3d9df3", "violet": "#9a5dff", "primary": "#ff4b4b"}
ARROWS = {"up": "↑", "down": "↓", None: ""}


def theme_colour(widget: QWidget, name: str) -> QColor:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((_DARK if dark else _LIGHT).get(name, "#808495"))


class Sparkline(QWidget):
    """A small line, area or bar chart of a few numbers, painted directly."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqMetricChart")
        self.points: tuple[float, ...] = ()
        self.chart_type = "line"
        self.colour = "gray"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(44)

    def sizeHint(self) -> QSize:
        return QSize(160, 44)

    def paintEvent(self, event: Any) -> None:
        values = [v for v in self.points if math.isfinite(v)]
        if len(values) < 1:
            return
        low, high = min(values), max(values)
        if self.chart_type == "bar":
            low = min(low, 0.0)
        span = high - low or 1.0
        rect = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        n = len(self.points)
        colour = theme_colour(self, self.colour)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        def y(value: float) -> float:
            return rect.bottom() - (value - low) / span * rect.height()

        if self.chart_type == "bar":
            step = rect.width() / n
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for i, value in enumerate(self.points):
                if math.isfinite(value):
                    top, base = y(max(value, 0.0)), y(min(value, 0.0) if low < 0 else low)
                    painter.drawRect(QRectF(rect.left() + i * step + step * 0.15, top, step * 0.7,
                                            max(1.0, base - top)))
            return
        step = rect.width() / max(1, n - 1)
        points = [QPointF(rect.left() + i * step, y(v))
                  for i, v in enumerate(self.points) if math.isfinite(v)]
        if self.chart_type == "area" and len(points) > 1:
            path = QPainterPath(QPointF(points[0].x(), rect.bottom()))
            for point in points:
                path.lineTo(point)
            path.lineTo(QPointF(points[-1].x(), rect.bottom()))
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.fillPath(path, fill)
        painter.setPen(QPen(colour, 2))
        painter.drawPolyline(QPolygonF(points))


def show_markdown(label: QLabel, text: str) -> bool:
    """``text`` on ``label`` as rich text when it holds Markdown (``**$1.2M**``,
    ``:green[up]``), as Streamlit 1.54+ renders a metric's value and delta; else plain text
    (False), so a plain number is never read as Markdown."""
    if not has_markup(text):
        label.setTextFormat(Qt.TextFormat.PlainText)
        return False
    dark = label.palette().color(QPalette.ColorRole.Window).lightness() < 128
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(label_html(text, dark, label.font()))
    return True


class MetricValue(OneLineLabel, QLabel):
    """The metric's label and value: one line, elided ("$23,989,2…") when its column is
    narrower, as Streamlit's (a plain QLabel asked for its whole width and was cut off;
    the label wrapped). Text with Markdown is shown as rich text (not elided)."""

    def set_value(self, text: str) -> None:
        if show_markdown(self, text):
            self.full = None
            self.setToolTip("")
            self.updateGeometry()
            return
        self.set_label(text, one_line=True)

    def _show(self, text: str) -> None:
        """As written: a QLabel without a buddy has no mnemonic, so an "&" ("S&P 500",
        "R&D") is not doubled as a button's label must be."""
        self.shown = text
        QLabel.setText(self, text)

    def _elide(self) -> None:
        """Elided for its width (a new value, a resize): the whole value in the tooltip."""
        super()._elide()
        full = self.full or ""
        self.setToolTip(full if self.text() != full else "")


class MetricBox(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqMetric")
        self.label = MetricValue()  # one line, elided: Streamlit 1.67 truncates the label too
        self.label.setObjectName("rqMetricLabel")
        self.value = MetricValue()
        self.value.setObjectName("rqMetricValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delta = QLabel()
        self.delta.setObjectName("rqMetricDelta")
        self.description = QLabel()
        self.description.setObjectName("rqMetricDescription")
        self.chart = Sparkline()
        delta_row = QHBoxLayout()
        delta_row.setContentsMargins(0, 0, 0, 0)
        delta_row.setSpacing(8)
        delta_row.addWidget(self.delta)
        delta_row.addWidget(self.description)
        delta_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addLayout(delta_row)
        layout.addWidget(self.chart)
        layout.addStretch(1)  # a taller box (height=200) leaves its room below, not in the delta
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.colour = "gray"

    def show_delta(self, text: str, direction: str | None, colour: str) -> None:
        self.colour = colour
        arrow = ARROWS[direction]
        line = f"{arrow} {text}".strip()  # "↓ -8%": Streamlit 1.67 keeps the sign
        if not show_markdown(self.delta, line):
            self.delta.setText(line)
        self.delta.setVisible(bool(text))
        self.restyle()

    def restyle(self) -> None:
        """The delta as Streamlit 1.67 draws it: a pill in the colour's text and background
        colours (``greenTextColor`` / ``greenBackgroundColor``, configured or default)."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        ink, ground = (named(self.colour, kind, dark) for kind in ("text", "background"))
        radius = (self.delta.fontMetrics().height() + 4) // 2
        sheet = f"color: {ink}; background: {ground}; border-radius: {radius}px; padding: 2px 6px 2px 4px;"
        if sheet != self.delta.styleSheet():  # the same sheet set again while the page's CSS
            self.delta.setStyleSheet(sheet)  # restyles the box lost the pill's padding

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:  # (after the polish that changed it:
            QTimer.singleShot(0, self, self.restyle)  # a sheet set inside it loses its box)


class MetricAdapter(Adapter):
    kind = "metric"

    def create(self, element: Element, host: Host) -> QWidget:
        box = MetricBox()
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, MetricBox)
        p = new.props_dict()
        symbol = icon_text(p["icon"])  # a material icon as its symbol, as a button's
        icon = f"{symbol} " if symbol else ""
        # beside the label (Streamlit 1.67); "# Tickets" shows "Tickets", as its label does
        widget.label.set_value(f"{icon}{unwrap_blocks(p['label'])}")
        visibility = p["label_visibility"]
        policy = widget.label.sizePolicy()
        policy.setRetainSizeWhenHidden(visibility == "hidden")
        widget.label.setSizePolicy(policy)
        widget.label.setVisible(visibility == "visible")
        widget.value.set_value(p["value"])
        widget.show_delta(p["delta"], p["direction"], p["color"])
        widget.description.setText(p["delta_description"] or "")
        widget.description.setVisible(bool(p["delta_description"]))
        widget.chart.points = p["chart"] or ()
        widget.chart.chart_type = p["chart_type"]
        widget.chart.colour = p["color"]  # the delta's colour; gray without one, as Streamlit 1.67
        widget.chart.setVisible(bool(p["chart"]))
        widget.chart.update()
        widget.setProperty("border", bool(p["border"]))
        margin = 16 if p["border"] else 0
        layout = widget.layout()
        if layout is not None:
            layout.setContentsMargins(margin, max(0, margin - 4), margin, max(0, margin - 4))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        if p["help"] or getattr(widget.label, "rq_help_icon", None) is not None:  # "?" after it
            from rerunqt.qt.adapters.help_icon import set_help  # as Streamlit's

            set_help(widget.label, p["help"], widget)
        widget.setAccessibleName(f"{p['label']}: {p['value']}"
                                 + (f", {ARROWS[p['direction']]} {p['delta']}" if p["delta"] else ""))
        width = p["width"]
        widget.setMaximumWidth(width if isinstance(width, int) else 16777215)
        height = p["height"]
        if isinstance(height, int):
            widget.setFixedHeight(height)
        else:  # "content" / "stretch" again after pixels
            widget.setMinimumHeight(0)
            widget.setMaximumHeight(16777215)

    def left_aligned(self, element: Element) -> bool:
        return element.prop("width") == "content"


METRIC_ADAPTERS: list[Adapter] = [MetricAdapter()]
