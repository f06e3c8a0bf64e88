"""The built-in charts' adapter: a pyqtgraph plot, themed, with a hover read-out.

pyqtgraph is imported when the first chart is created (``_plot_class``), not when the
adapters are registered, so a script without charts does not pay for it. The wheel
zooms only a focused chart (click it) or with Ctrl held; otherwise it scrolls the page,
as FocusWheel fields do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host

_PLOT_CLASS: Any = None


def _plot_class() -> Any:
    """pg.PlotWidget whose wheel zooms only with focus or Ctrl (built on first use)."""
    global _PLOT_CLASS
    if _PLOT_CLASS is None:
        import pyqtgraph as pg

        class ChartPlot(pg.PlotWidget):
            def wheelEvent(self, event: Any) -> None:
                ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                if self.hasFocus() or ctrl:
                    super().wheelEvent(event)
                else:
                    event.ignore()

        _PLOT_CLASS = ChartPlot
    return _PLOT_CLASS


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightness() < 128


TOOLTIP_TIME = "%b %d, %Y"  # Vega-Lite's config.timeFormat: "Jan 02, 2024"


class ChartBox(QWidget):
    """The plot and, above it, the read-out of the point under the mouse."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.setObjectName("rqChart")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.readout = QLabel(" ")
        self.readout.setObjectName("rqChartReadout")
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.readout)
        from rerunqt.qt.adapters.chart_range import DomainViewBox

        self.plot = _plot_class()(background=None, viewBox=DomainViewBox())
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setObjectName("rqChartPlot")
        self.plot.setStyleSheet("#rqChartPlot { background: transparent; border: 0; }")
        self.plot.setMinimumWidth(40)
        self.plot.getPlotItem().setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        layout.addWidget(self.plot)
        self.drawn: Any = None
        self.element: Element | None = None
        self.wanted_width: int | None = None  # a width in pixels (the layout caps it)
        self.dark = is_dark(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.plot.scene().sigMouseMoved.connect(self.hover)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self.fit)

    def show_element(self, element: Element, rebuild: bool = False) -> None:
        from rerunqt.qt.adapters.chart_draw import draw

        self.element = element
        props = element.props_dict()
        self.drawn = draw(self.plot.getPlotItem(), self.kind, props["data"], props, self.dark,
                          None if rebuild else self.drawn)
        self.fit()

    def fit(self) -> None:
        """Legend columns and category labels for the width the chart has now."""
        from rerunqt.qt.adapters.chart_fit import fit_categories, fit_legend

        item = self.plot.getPlotItem()
        box = item.getViewBox()
        fit_legend(item, box.width())  # the legend sits in the data's column, under it
        data = getattr(self.drawn, "data", None)  # built-in charts (maps, plotly draw their own)
        if data is None or self.element is None or getattr(data, "x_kind", None) != "category":
            return
        horizontal = bool(self.element.prop("horizontal"))
        axis = item.getAxis("left" if horizontal else "bottom")
        fit_categories(axis, data.x_labels, box.height() if horizontal else box.width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint if self.wanted_width is None else QSize(self.wanted_width, hint.height())

    def hover(self, scene_pos: Any) -> None:
        """Show the series, x and y of the drawn point nearest to the mouse."""
        from rerunqt.qt.adapters.chart_draw import nearest

        if self.drawn is None or self.element is None:
            return
        box = self.plot.getPlotItem().getViewBox()
        if getattr(box, "_autoRangeNeedsUpdate", False):  # not painted since drawn:
            box.updateAutoRange()  # pyqtgraph sets the range just before a paint
        if not box.sceneBoundingRect().contains(scene_pos):
            self.readout.setText(" ")
            return
        point = box.mapSceneToView(scene_pos)
        (x0, x1), (y0, y1) = box.viewRange()
        rect = box.sceneBoundingRect()
        x_scale = rect.width() / ((x1 - x0) or 1)
        y_scale = rect.height() / ((y1 - y0) or 1)
        horizontal = bool(self.element.prop("horizontal"))
        found = nearest(self.drawn, point.x(), point.y(), x_scale, y_scale, horizontal)
        self.readout.setText(self.describe(found) if found else " ")

    def describe(self, found: tuple[str, float, float]) -> str:
        name, x, y = found
        data = self.drawn.data
        if data.x_kind == "category" and 0 <= round(x) < len(data.x_labels):
            x_text = data.x_labels[round(x)]
        elif data.x_kind == "datetime":  # as Streamlit's tooltip: Vega-Lite's timeFormat
            from rerunqt.core.d3_time import time_formatter

            x_text = time_formatter(TOOLTIP_TIME)(x)
        else:
            x_text = f"{x:g}"
        x_name = self.element.prop("x_label") if self.element is not None else ""
        head = f"{x_name} {x_text}".strip()
        series = f"{name}: " if len(data.series) > 1 else ""
        top = len(data.y_labels) - 1  # a text y: the label at that position
        y_text = data.y_labels[top - round(y)] if 0 <= top - round(y) <= top else f"{y:g}"
        return f"{head}  ·  {series}{y_text}"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.element is not None:
            dark = is_dark(self)
            if dark != self.dark:  # the app's theme changed: recolour
                self.dark = dark
                self.show_element(self.element, rebuild=True)


def cap_width(box: ChartBox, width: Any) -> None:
    """A width in pixels is the chart's width, but no more than its container's: Streamlit
    ("if the specified width is greater than the width of the parent container, the width of
    the element matches the width of the parent container"); it overflowed the page."""
    box.wanted_width = width if isinstance(width, int) else None
    box.setMinimumWidth(0)
    box.setMaximumWidth(width if isinstance(width, int) else 16777215)
    box.updateGeometry()


class ChartAdapter(Adapter):
    """line_chart, area_chart, bar_chart, scatter_chart."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def create(self, element: Element, host: Host) -> QWidget:
        box = ChartBox(self.kind)
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ChartBox)
        props = new.props_dict()
        cap_width(widget, props["width"])
        widget.setFixedHeight(props["height"] + widget.readout.sizeHint().height() + 2)
        widget.setAccessibleName(props.get("alt") or self.kind.replace("_", " "))
        if changed - {"width", "height", "alt"} or widget.drawn is None:
            widget.show_element(new, rebuild=bool(changed - {"data", "width", "height", "alt"}))

    def left_aligned(self, element: Element) -> bool:
        return isinstance(element.prop("width"), int)

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, ChartBox)
        return widget.plot


CHART_ADAPTERS: list[Adapter] = [
    ChartAdapter(kind) for kind in ("line_chart", "area_chart", "bar_chart", "scatter_chart")
]
