"""The built-in charts' visible ranges as Vega-Lite draws Streamlit's charts.

pyqtgraph fits its view to the data plus a margin (2,400..10,400 showed ~2,000..10,500);
Streamlit's Vega-Lite charts start the value axis at 0 and round its ends (0..11,000), and
a scatter's x too. ``DomainViewBox`` is pyqtgraph's ViewBox whose auto-range fits those
domains instead of the items' bounds, so everything auto-range does stays: the view
follows new data (``add_rows``) until the user zooms or pans, and then keeps the zoom.

Vega draws a mark past the plot's edge (a point on the top gridline is a whole circle,
not half of one): while the view is as fitted the box does not clip its items; zoomed
or panned, it clips them again.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from rerunqt.core.scale_domain import chart_domains

Span = tuple[float, float] | None


class DomainViewBox(pg.ViewBox):
    """A ViewBox whose auto-range shows ``domains`` (x, y) exactly, where one is set."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.domains: list[Span] = [None, None]
        # a chart that selects by dragging (plotly's box and lasso) takes the drag first;
        # it returns whether it used it (else the drag pans, as always)
        self.drag_hook: Any = None
        self.fitted: list[list[float]] | None = None  # a range set by hand (Vega-Lite's charts)
        self.sigRangeChanged.connect(self.clip_when_moved)
        self.sigStateChanged.connect(self.clip_when_moved)

    def at_rest(self) -> bool:
        """The view shows what was fitted: the set range, else auto-range on both axes."""
        if self.fitted is not None:
            (x0, x1), (y0, y1) = self.viewRange()
            (a0, a1), (b0, b1) = self.fitted
            near = 1e-9 * max(abs(x1 - x0), abs(y1 - y0), 1e-300)
            return all(abs(u - v) <= near for u, v in ((x0, a0), (x1, a1), (y0, b0), (y1, b1)))
        return all(self.autoRangeEnabled())

    def clip_when_moved(self, *args: Any) -> None:
        rest = self.at_rest()
        if rest == bool(self.flags() & self.GraphicsItemFlag.ItemClipsChildrenToShape):
            self.setFlag(self.GraphicsItemFlag.ItemClipsChildrenToShape, not rest)
            self.update()

    def mouseDragEvent(self, ev: Any, axis: Any = None) -> None:
        # a gridded axis spans the data and passes its drags on (axis=0): in the data it is ours
        if self.drag_hook is not None and self.sceneBoundingRect().contains(ev.buttonDownScenePos()) \
                and self.drag_hook(ev):
            return
        super().mouseDragEvent(ev, axis)

    def set_domains(self, x: Span, y: Span) -> None:
        self.domains = [x, y]
        self.updateAutoRange()  # a view the user zoomed (auto-range off) stays as it is

    def childrenBounds(self, frac: Any = None, orthoRange: Any = (None, None),
                       items: Any = None) -> list[Any]:
        x, y = self.domains
        if x is not None and y is not None and items is None:  # no need to measure the items
            return [list(x), list(y)]
        bounds = super().childrenBounds(frac=frac, orthoRange=orthoRange, items=items)
        return [list(x) if x is not None else bounds[0], list(y) if y is not None else bounds[1]]

    def suggestPadding(self, axis: int) -> float:
        return 0.0 if self.domains[axis] is not None else float(super().suggestPadding(axis))


def room_for_points(plot: Any) -> None:
    """Room above and right of the data for half the largest point: Vega counts a mark's
    whole symbol in the chart's size, so a point on the top edge is not cut by the widget."""
    import numpy as np

    radius = 0.0
    for item in plot.items:
        if isinstance(item, pg.ScatterPlotItem) and len(item.data):
            sizes = item.data["size"]
            default = float(item.opts["size"])
            radius = max(radius, float(np.where(sizes < 0, default, sizes).max()) / 2 + 1)
        elif isinstance(item, pg.PlotDataItem) and item.opts.get("symbol"):
            radius = max(radius, float(item.opts.get("symbolSize") or 0) / 2 + 1)
    room = max(1, int(np.ceil(radius)))
    left, top, right, bottom = _text_overflow(plot)
    margins = (max(1, left), max(room, top), max(room, right), max(1, bottom))
    if tuple(int(m) for m in plot.layout.getContentsMargins()) != margins:  # no relayout loop
        plot.layout.setContentsMargins(*margins)


def centre_texts(plot: Any, drawn: list[list[Any]]) -> None:
    """Text marks without an x (or y) channel at the middle of the view's range, as Vega-Lite
    places them (``width / 2``): a mean's label beside its rule."""
    (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
    for items in drawn:
        for item in items:
            mid = getattr(item, "mid", (False, False))
            if any(mid):
                pos = item.pos()
                item.setPos((x0 + x1) / 2 if mid[0] else pos.x(), (y0 + y1) / 2 if mid[1] else pos.y())


def _text_overflow(plot: Any) -> tuple[int, int, int, int]:
    """Pixels the text marks reach past the data area (left, top, right, bottom): Vega fits a
    label past the scale's end (a value beside its bar) into the chart, not the scale."""
    box = plot.getViewBox()
    (x0, x1), (y0, y1) = box.viewRange()
    width, height = box.width(), box.height()
    if width <= 20 or height <= 20 or x1 == x0 or y1 == y0:
        return 0, 0, 0, 0
    over = [0.0, 0.0, 0.0, 0.0]
    for item in plot.items:
        if not isinstance(item, pg.TextItem) or not item.isVisible():
            continue
        rect = item.textItem.boundingRect()
        pos = item.pos()
        px = (pos.x() - x0) / (x1 - x0) * width - item.anchor.x() * rect.width()
        py = (1 - (pos.y() - y0) / (y1 - y0)) * height - item.anchor.y() * rect.height()
        over = [max(over[0], -px), max(over[1], -py), max(over[2], px + rect.width() - width),
                max(over[3], py + rect.height() - height)]
    return (int(over[0] + 0.999), int(over[1] + 0.999), int(over[2] + 0.999), int(over[3] + 0.999))


def fit_domains(plot: Any, drawn: Any, props: dict[str, Any]) -> None:
    """Give the plot's DomainViewBox the domains of what ``drawn`` shows (values along x on
    horizontal bars)."""
    box = plot.getViewBox()
    if not isinstance(box, DomainViewBox):
        return
    position, value = chart_domains(drawn.kind, drawn.data.x_kind, [s.x for s in drawn.data.series],
                                    drawn.values, drawn.pad)
    if drawn.data.y_labels:  # a text y: a slot per category, as Vega-Lite's point scale
        value = (-0.5, len(drawn.data.y_labels) - 0.5)
    if props.get("horizontal"):
        box.set_domains(value, position)
    else:
        box.set_domains(position, value)


__all__ = ["DomainViewBox", "centre_texts", "fit_domains", "room_for_points"]
