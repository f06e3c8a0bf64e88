"""st.altair_chart / st.vega_lite_chart drawn natively: a pyqtgraph plot of a VegaPlot.

The box is the map and plotly charts' (NotedChartBox: focus-gated wheel zoom, pan,
recolour on a theme change, and above the plot the note naming what the translator
left out, beside the hover read-out).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.chart_note import NotedChartBox
from rerunqt.qt.adapters.charts import cap_width


class VegaBox(NotedChartBox):
    """A Vega-Lite chart: the plot, the hover read-out, and the left-out note."""

    def __init__(self) -> None:
        super().__init__("vega_lite_chart")
        self.plot.getPlotItem().getViewBox().sigRangeChanged.connect(self.zoomed)
        self.panes: QWidget | None = None  # a composed chart's views (vconcat / hconcat)
        self.panes_height = 0

    def zoomed(self, *args: Any) -> None:
        """Bars on a continuous axis keep their width in pixels as the view zooms."""
        if getattr(self.drawn, "plot", None) is not None and self.drawn.domain is None:
            from rerunqt.qt.adapters.vega_draw import band_widths

            band_widths(self.plot.getPlotItem(), self.drawn)

    def show_element(self, element: Element, rebuild: bool = False) -> None:
        self.element = element
        props = element.props_dict()
        self.show_views(props.get("views"), props.get("theme"))
        if self.panes is None:
            self.show_plot(props["data"], props.get("theme"))

    def show_plot(self, plot: Any, theme: Any) -> None:
        from rerunqt.qt.adapters.vega_draw import draw

        self.drawn = draw(self.plot.getPlotItem(), plot, self.dark, theme)
        self.set_note(plot.note, self.dark)
        self.fit()

    def show_views(self, views: Any, theme: Any) -> None:
        """A composed chart: each view in a box of its own, one under the other (vconcat)
        or side by side (hconcat), in place of this box's plot."""
        layout = self.layout()
        assert layout is not None
        if self.panes is not None:
            layout.removeWidget(self.panes)
            self.panes.deleteLater()
            self.panes = None
        self.plot.setVisible(views is None)
        if views is not None:
            self.drawn = None
            self.set_note("", self.dark)
            self.panes, self.panes_height = _panes(views, theme, self.dark)
            layout.addWidget(self.panes)

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


def _panes(views: Any, theme: Any, dark: bool) -> tuple[QWidget, int]:
    """The widget holding ``views`` (boxes and nested rows / columns) and its height."""
    from rerunqt.core.vega_concat import AXIS_ROOM, SPACING, TITLE_HEIGHT, VIEW_HEIGHT, Views, data_height

    holder = QWidget()
    vertical = views.direction == "v"
    layout = QVBoxLayout(holder) if vertical else QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    if views.title:  # the composition's title above all its views, at the start as Streamlit
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(_title_label(views.title, theme, dark, TITLE_HEIGHT))
        column.addWidget(holder)
    else:
        outer = None
    heights = []
    for child in views.children:
        if isinstance(child, Views):
            widget, height = _panes(child, theme, dark)
            share = VIEW_HEIGHT
        else:
            box = VegaBox()
            box.dark = dark
            box.show_plot(child, theme)
            # a view's height in a composition is its data area's (Vega-Lite cannot fit a
            # concat or facet to a size): its axis and title come on top
            own = data_height(child)
            height = (own + AXIS_ROOM + (TITLE_HEIGHT if child.title else 0)
                      if own is not None else VIEW_HEIGHT) + box.readout.sizeHint().height() + 2
            box.setFixedHeight(height)
            widget, share = box, child.width if isinstance(child.width, int) else VIEW_HEIGHT
        if vertical:
            layout.addWidget(widget, 0)
        else:  # side by side: by their widths, tops level (a shorter view is not centred)
            layout.addWidget(widget, max(1, share), Qt.AlignmentFlag.AlignTop)
        heights.append(height)
    total = sum(heights) + SPACING * (len(heights) - 1) if vertical else max(heights, default=0)
    holder.setFixedHeight(total)
    if outer is None:
        return holder, total
    outer.setFixedHeight(total + TITLE_HEIGHT)
    return outer, total + TITLE_HEIGHT


def _title_label(text: str, theme: Any, dark: bool, height: int) -> QLabel:
    """A composed chart's title: bold, the chart text colour, left under Streamlit's theme
    (Vega's own centres it), as a single view's title is drawn."""
    from rerunqt.qt.adapters.chart_draw import TEXT, title_justify

    label = QLabel(text)
    label.setObjectName("rqVegaTitle")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {TEXT[dark]}; font-size: 11pt; font-weight: bold;")
    align = Qt.AlignmentFlag.AlignLeft if title_justify(theme) == "left" else Qt.AlignmentFlag.AlignHCenter
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    label.setFixedHeight(height)
    return label


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
        views = props.get("views")
        widget.setAccessibleName(props.get("alt") or props["data"].title
                                 or getattr(views, "title", "") or "vega-lite chart")
        if changed - {"width", "height", "alt"} or (widget.drawn is None and widget.panes is None):
            widget.show_element(new)
        shown = widget.panes_height if widget.panes is not None else props["height"]
        widget.setFixedHeight(shown + widget.readout.sizeHint().height() + 2)

    def left_aligned(self, element: Element) -> bool:
        return isinstance(element.prop("width"), int)

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, VegaBox)
        return widget.plot


VEGA_ADAPTERS: list[Adapter] = [VegaAdapter()]
