"""st.altair_chart / st.vega_lite_chart drawn natively: a pyqtgraph plot of a VegaPlot.

The box is the map and plotly charts' (NotedChartBox: focus-gated wheel zoom, pan,
recolour on a theme change, and above the plot the note naming what the translator
left out, beside the hover read-out).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.chart_note import NotedChartBox
from rerunqt.qt.adapters.charts import cap_width


class VegaBox(NotedChartBox):
    """A Vega-Lite chart: the plot, the hover read-out, and the left-out note."""

    def __init__(self) -> None:
        super().__init__("vega_lite_chart")
        self.plot.getPlotItem().getViewBox().sigRangeChanged.connect(self.zoomed)

    def zoomed(self, *args: Any) -> None:
        """Bars on a continuous axis keep their width in pixels as the view zooms."""
        if getattr(self.drawn, "plot", None) is not None and self.drawn.domain is None:
            from rerunqt.qt.adapters.vega_draw import band_widths

            band_widths(self.plot.getPlotItem(), self.drawn)

    def show_element(self, element: Element, rebuild: bool = False) -> None:
        from rerunqt.qt.adapters.vega_draw import draw

        self.element = element
        props = element.props_dict()
        plot = props["data"]
        self.drawn = draw(self.plot.getPlotItem(), plot, self.dark, props.get("theme"))
        self.set_note(plot.note, self.dark)
        self.fit()

    def fit(self) -> None:
        """A pie is laid out again for the plot's new shape; category labels refitted."""
        super().fit()
        domain = getattr(self.drawn, "domain", None)
        if domain is not None:
            domain.lay_out(self.plot.getPlotItem())
            return
        vp = getattr(self.drawn, "plot", None)
        if vp is not None:
            from rerunqt.qt.adapters.vega_draw import refit

            refit(self.plot.getPlotItem(), self.drawn)
        if vp is not None and vp.x.kind == "category":  # discrete x labels: level or upright
            from rerunqt.qt.adapters.chart_fit import fit_categories

            item = self.plot.getPlotItem()
            fit_categories(item.getAxis("bottom"), vp.x.labels, item.getViewBox().width())

    def hover(self, scene_pos: Any) -> None:
        """Show the tooltip fields (or position and value) of the mark under the mouse."""
        from rerunqt.qt.adapters.vega_hover import describe, nearest

        if self.drawn is None:
            return
        domain = getattr(self.drawn, "domain", None)
        if domain is not None:  # a pie: the slice under the mouse
            from rerunqt.core.chart_shapes import percent_text

            point = self.plot.getPlotItem().getViewBox().mapSceneToView(scene_pos)
            piece = domain.slice_at(point.x(), point.y())
            self.readout.setText(f"{piece.label}  ·  {piece.value:g} ({percent_text(piece.share)})"
                                 if piece is not None else " ")
            return
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            self.readout.setText(" ")
            return
        point = box.mapSceneToView(scene_pos)
        (x0, x1), (y0, y1) = box.viewRange()
        rect = box.sceneBoundingRect()
        vp = self.drawn.plot
        x, y = point.x(), point.y()
        if vp.x.log or vp.y.log:  # the view holds log10 of the data: compare in data units
            x, y = (10 ** x if vp.x.log else x), (10 ** y if vp.y.log else y)
            x0, x1 = (10 ** x0, 10 ** x1) if vp.x.log else (x0, x1)
            y0, y1 = (10 ** y0, 10 ** y1) if vp.y.log else (y0, y1)
        found = nearest(self.drawn, x, y, rect.width() / ((x1 - x0) or 1),
                        rect.height() / ((y1 - y0) or 1))
        self.readout.setText(describe(*found) if found else " ")


class VegaAdapter(Adapter):
    """vega_lite_chart (also what st.altair_chart draws)."""

    kind = "vega_lite_chart"

    def create(self, element: Element, host: Host) -> QWidget:
        box = VegaBox()
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, VegaBox)
        props = new.props_dict()
        cap_width(widget, props["width"])
        widget.setFixedHeight(props["height"] + widget.readout.sizeHint().height() + 2)
        widget.setAccessibleName(props.get("alt") or props["data"].title or "vega-lite chart")
        if changed - {"width", "height", "alt"} or widget.drawn is None:
            widget.show_element(new)

    def left_aligned(self, element: Element) -> bool:
        return isinstance(element.prop("width"), int)

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, VegaBox)
        return widget.plot


VEGA_ADAPTERS: list[Adapter] = [VegaAdapter()]
