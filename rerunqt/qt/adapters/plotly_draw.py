"""Drawing a PlotFigure on a pyqtgraph PlotItem: curves, markers, fills, bars, heatmaps.

Imported by the plotly adapter when the first plotly chart is shown. Everything about
plotly's semantics (stacking, grouping, bins, categories) was settled in core; this
module only turns Traces into pyqtgraph items, themed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from rerunqt.core.plotly_figure import Axis, PlotFigure, Trace
from rerunqt.core.plotly_layout import APP_SECONDARY, LEGEND_TYPES
from rerunqt.core.plotly_values import PLOTLY_COLORWAY, map_colors
from rerunqt.qt.adapters.chart_draw import (
    GRID_Z,
    categorical,
    outside_legend,
    style_axes,
)
from rerunqt.qt.adapters.plotly_decor import colour_bar, note_box, title
from rerunqt.qt.colours import qcolor

_DASH = {"dot": Qt.PenStyle.DotLine, "dash": Qt.PenStyle.DashLine,
         "longdash": Qt.PenStyle.DashLine, "dashdot": Qt.PenStyle.DashDotLine,
         "longdashdot": Qt.PenStyle.DashDotDotLine}


class DrawnFigure:
    """The items on the plot, and per trace (name, x, y, value, horizontal, curve number) where
    it is drawn, for the read-out and for picking points; ``marks`` rings the selected ones."""

    def __init__(self, figure: PlotFigure) -> None:
        self.figure = figure
        self.items: list[Any] = []
        self.points: list[tuple[str, np.ndarray, np.ndarray, np.ndarray, bool, int]] = []
        self.marks: Any = None
        self.all_marks: list[Any] = []  # with subplots, one ring item per plot area
        self.texts: dict[int, list[str]] = {}  # curve number: the read-out of each point (boxes)
        self.domain: Any = None  # DomainLayout of the pies and indicators
        # subplots: each plot area (a PlotItem) and the curve numbers drawn in it
        self.areas: list[tuple[Any, frozenset[int]]] = []
        self.place: Callable[[], None] | None = None  # lays the subplots out again


def trace_color(trace: Trace, dark: bool, streamlit: bool) -> QColor:
    if trace.color is None:
        palette = categorical(dark) if streamlit else PLOTLY_COLORWAY
        color = QColor(palette[trace.slot % len(palette)])
    elif isinstance(trace.color, tuple):
        color = QColor(*trace.color)
    else:
        color = qcolor(trace.color, "#000000")
    if trace.opacity < 1:
        color.setAlphaF(color.alphaF() * trace.opacity)
    return color


def _faded(color: QColor, opacity: float) -> QColor:
    """A marker's or bar's fill at plotly's ``marker.opacity``."""
    if opacity >= 1:
        return color
    fill = QColor(color)
    fill.setAlphaF(color.alphaF() * opacity)
    return fill


def _readable(fill: QColor) -> str:
    from rerunqt.qt.adapters.shape_draw import readable_on

    return readable_on(fill)


def _axis(plot: Any, side: str, axis: Axis) -> None:
    from rerunqt.qt.adapters.chart_axes import center_lines, plotly_axis

    # numbers as plotly writes them ("500k", "1.5B"), dates ("Nov 15" over "2026"), its
    # dtick, tickformat, prefix...
    plotly_axis(plot, side, axis.ticks, axis.kind == "date")
    item = plot.getAxis(side)
    item.setTicks([list(enumerate(axis.labels))] if axis.kind == "category" else None)
    item.setStyle(showValues=axis.tick_labels)  # a shared subplot axis: labels on one only
    if axis.kind != "category":
        item.set_rotated(False, [])  # numbers and dates lie level (fit turns categories)
    plot.setLabel(side, axis.title_html or None)  # rich text: <b> bold, <br> a new line
    center_lines(item)


def _logged(plot: Any, side: str, values: np.ndarray) -> np.ndarray:
    """A ScatterPlotItem's coordinates on a log axis: log10 (pyqtgraph's log mode maps only
    PlotDataItems; the bubbles of ``px.scatter(log_x=True)`` flew off the axis)."""
    if not plot.getAxis(side).logMode:
        return values
    with np.errstate(divide="ignore", invalid="ignore"):
        numbers = np.asarray(values, dtype=np.float64)
        return np.where(numbers > 0, np.log10(numbers), np.nan)


_SYMBOLS = {"circle": "o", "square": "s", "diamond": "d", "cross": "+", "x": "x",
            "triangle-up": "t1", "triangle-down": "t", "triangle-left": "t3", "triangle-right": "t2",
            "pentagon": "p", "hexagon": "h", "hexagon2": "h", "star": "star", "hexagram": "star"}


def _symbol(name: str) -> tuple[str, bool]:
    """pyqtgraph's symbol for plotly's (``diamond-open`` is an outlined diamond), and whether
    it is drawn open."""
    base = name.removesuffix("-dot").removesuffix("-open-dot")
    opened = base.endswith("-open")
    return _SYMBOLS.get(base.removesuffix("-open"), "o"), opened


def _line(plot: Any, trace: Trace, color: QColor, drawn: DrawnFigure) -> Any:
    pen = pg.mkPen(color, width=trace.line_width, style=_DASH.get(trace.dash, Qt.PenStyle.SolidLine)) \
        if trace.lines else None
    fill = _faded(color, trace.marker_opacity)
    many = isinstance(trace.symbol, tuple)
    if trace.markers and (not trace.lines or trace.marker_colors is not None or many
                          or isinstance(trace.marker_size, np.ndarray)):
        brushes: Any = fill
        if trace.marker_colors is not None:
            brushes = [pg.mkBrush(*c) for c in trace.marker_colors.tolist()]
        if trace.lines:
            plot.addItem(pg.PlotDataItem(trace.x, trace.y, pen=pen, connect="finite"))
        shape, opened = ("o", False) if many else _symbol(str(trace.symbol))
        shapes: Any = [_symbol(s)[0] for s in trace.symbol] if many else shape
        return pg.ScatterPlotItem(x=_logged(plot, "bottom", trace.x), y=_logged(plot, "left", trace.y),
                                  size=trace.marker_size, symbol=shapes,
                                  brush=None if opened else brushes,
                                  pen=pg.mkPen(color, width=1.5) if opened else None)
    shape, opened = _symbol(str(trace.symbol))
    symbol = {"symbol": shape, "symbolSize": trace.marker_size,
              "symbolBrush": None if opened else fill,
              "symbolPen": pg.mkPen(color, width=1.5) if opened else None} if trace.markers else {}
    item = pg.PlotDataItem(trace.x, trace.y, pen=pen, connect="finite", **symbol)
    if trace.base is not None:
        fill = QColor(color)
        fill.setAlphaF(0.5 * color.alphaF())
        if not np.any(trace.base):
            item.setFillLevel(0.0)
            item.setBrush(fill)
        else:
            lower, upper = pg.PlotCurveItem(trace.x, trace.base, pen=None), pg.PlotCurveItem(
                trace.x, trace.y, pen=None)
            plot.addItem(lower)
            plot.addItem(upper)
            plot.addItem(pg.FillBetweenItem(lower, upper, brush=fill))
    return item


def _bar(trace: Trace, color: QColor) -> Any:
    base = trace.base if trace.base is not None else np.zeros(len(trace.y))
    fill: dict[str, Any] = {"brush": _faded(color, trace.marker_opacity)}
    if trace.marker_colors is not None:  # a colour per bar (color= a numeric column)
        fill = {"brushes": [pg.mkBrush(*c) for c in trace.marker_colors.tolist()]}
    if trace.horizontal:
        return pg.BarGraphItem(y=trace.x, x0=base, x1=trace.y, height=trace.width, pen=None, **fill)
    return pg.BarGraphItem(x=trace.x, y0=base, y1=trace.y, width=trace.width, pen=None, **fill)


def _heatmap(trace: Trace) -> Any:
    assert trace.z is not None
    item = pg.ImageItem(trace.z.T)  # ImageItem is column-major: x first
    item.setLookupTable(map_colors(np.linspace(0, 1, 256), trace.scale, 0.0, 1.0))
    finite = trace.z[np.isfinite(trace.z)]
    if finite.size:
        item.setLevels((float(finite.min()), float(finite.max()) or 1.0))
    dx = float(np.diff(trace.x).mean()) if len(trace.x) > 1 else 1.0
    dy = float(np.diff(trace.y).mean()) if len(trace.y) > 1 else 1.0
    item.setRect(QRectF(float(trace.x[0]) - dx / 2, float(trace.y[0]) - dy / 2,
                        dx * trace.z.shape[1], dy * trace.z.shape[0]))
    return item


def _reset_view(plot: Any) -> None:
    """Axes, grid and panning back on (a pie or note drawn before turned them off); no
    plot-area colour (the page shows through)."""
    plot.showAxis("left")
    plot.showAxis("bottom")
    plot.getViewBox().setMouseEnabled(x=True, y=True)
    fill = getattr(plot, "rq_fill", None)
    if fill is not None:
        fill.hide()


def _qt(colour: Any) -> QColor:
    if colour == APP_SECONDARY:  # theme=None: the app's secondary background, as Streamlit's
        from rerunqt.qt import theme_state

        return theme_state.colour("secondary")
    return QColor(*colour) if isinstance(colour, tuple) else qcolor(colour, "#ffffff")


def _fill_plot_area(plot: Any, figure: PlotFigure, x_axis: Axis, y_axis: Axis) -> None:
    """The figure's ``plot_bgcolor`` (its template's under theme=None) under the data and
    under the grid lines of both axes, which take its grid colour, as plotly draws them. The
    fill is a rectangle behind the view box (the view box's own background hid the grid)."""
    if figure.background is None:
        return
    colour, grid = figure.background
    box = plot.getViewBox()
    fill = getattr(plot, "rq_fill", None)
    if fill is None:
        fill = plot.rq_fill = QGraphicsRectItem(plot)
        fill.setPen(QPen(Qt.PenStyle.NoPen))
        # behind the plot like pyqtgraph's axes (their grid), and under them (GRID_Z)
        fill.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        fill.setZValue(GRID_Z - 100)
        box.sigResized.connect(lambda *_: fill.setRect(box.geometry()))
    fill.setBrush(_qt(colour))
    fill.setRect(box.geometry())
    fill.show()
    if grid is None:
        return
    for name, shown in (("left", y_axis.grid), ("bottom", x_axis.grid)):
        if shown is not False:  # plotly grids both axes unless the layout says showgrid=False
            axis = plot.getAxis(name)
            axis.setTickPen(pg.mkPen(_qt(grid)))
            axis.setGrid(255)


def _slice_color(streamlit: bool, dark: bool) -> Any:
    def color_of(piece: Any) -> QColor:
        if isinstance(piece.color, tuple):
            return QColor(*piece.color)
        if isinstance(piece.color, str):
            return qcolor(piece.color, "#000000")
        palette = categorical(dark) if streamlit else PLOTLY_COLORWAY
        return QColor(palette[piece.slot % len(palette)])
    return color_of


def _draw_domain(plot: Any, figure: PlotFigure, drawn: DrawnFigure, dark: bool, streamlit: bool,
                 legend: Any = None) -> None:
    """Pies, indicators, tables... in their domains; ``legend``: beside subplots, whose
    legend and title are drawn already."""
    from rerunqt.qt.adapters.domain_draw import DomainLayout
    from rerunqt.qt.adapters.shape_draw import legend_sample

    color_of = _slice_color(streamlit, dark)
    entries = [t for part in figure.domain for t in getattr(part, "legend", ())]  # polar traces
    if not drawn.areas:
        legend = outside_legend(plot, dark, figure.show_legend and bool(figure.pies or entries),
                                figure.legend_row or "right", figure.legend_title, False,
                                figure.legend_align)
        colour_bar(plot, figure, dark)  # a treemap's or sunburst's colour scale
        title(plot, figure, dark, streamlit)
    seen: set[str] = set()
    for pie in figure.pies:
        for piece in sorted(pie.slices, key=lambda s: s.slot):
            if legend is not None and figure.show_legend and piece.label not in seen:
                seen.add(piece.label)
                legend.addItem(legend_sample(color_of(piece)), piece.label)
    for entry in entries:
        if legend is not None and figure.show_legend and entry.name not in seen:
            seen.add(entry.name)
            legend.addItem(legend_sample(color_of(entry)), entry.name)
    drawn.domain = DomainLayout(figure.domain, color_of, dark, categorical(dark)[0] if streamlit
                                else PLOTLY_COLORWAY[0])
    drawn.domain.lay_out(plot, force=True)


def draw_figure(plot: Any, figure: PlotFigure, dark: bool, streamlit: bool) -> DrawnFigure:
    """Draw ``figure`` on ``plot`` from scratch."""
    from rerunqt.qt.adapters.plotly_slider import drop_slider
    from rerunqt.qt.adapters.plotly_subplots import drop_areas

    plot.clear()
    drop_areas(plot)
    drop_slider(plot)
    _reset_view(plot)
    drawn = DrawnFigure(figure)
    if not figure.cartesian:
        _draw_domain(plot, figure, drawn, dark, streamlit)
        return drawn
    if not figure.traces and figure.skipped:
        outside_legend(plot, dark, False, "right")
        title(plot, figure, dark, streamlit)
        names = ", ".join(figure.skipped)
        drawn.items.append(note_box(plot, f"Not drawn natively: {names} "
                                          f"trace{'s' if len(figure.skipped) > 1 else ''}", dark))
        return drawn
    legend = outside_legend(plot, dark, figure.show_legend, figure.legend_row or "right",
                            figure.legend_title, False, figure.legend_align)
    colour_bar(plot, figure, dark)
    title(plot, figure, dark, streamlit)
    from rerunqt.qt.adapters.plotly_slider import add_slider
    from rerunqt.qt.adapters.plotly_subplots import draw_areas

    draw_areas(plot, figure, drawn, legend, dark, streamlit)
    if figure.domain and drawn.areas:  # make_subplots with a pie or table cell
        _draw_domain(plot, figure, drawn, dark, streamlit, legend)
    add_slider(plot, figure, lambda trace: trace_color(trace, dark, streamlit), dark)
    return drawn


def _listed(trace: Trace) -> str:
    """A trace's legend entry: its name, or plotly's "trace 0" for an unnamed one of its own
    (a candlestick's outlines and the like are not listed)."""
    if trace.name or trace.type not in LEGEND_TYPES or trace.kind == "heatmap":
        return trace.name
    return f"trace {trace.curve}"


def draw_area(plot: Any, figure: PlotFigure, traces: Sequence[Trace], x_axis: Axis, y_axis: Axis,
              drawn: DrawnFigure, legend: Any, dark: bool, streamlit: bool, fill: bool = True) -> None:
    """``traces`` on ``plot``'s axes (the figure's one plot area, or one of its subplots;
    ``fill`` False: a secondary y axis' area over another, which keeps its colour)."""
    _axis(plot, "bottom", x_axis)
    _axis(plot, "left", y_axis)
    style_axes(plot, dark)  # after the axes: a date or number axis may be a new item
    for side, axis in (("bottom", x_axis), ("left", y_axis)):
        plot.showAxis(side, axis.shown)  # visible=False: no line, ticks, title nor grid
    if x_axis.grid is not None or y_axis.grid is not None:  # the layout's showgrid
        plot.showGrid(x=x_axis.grid, y=y_axis.grid)
    if fill:
        _fill_plot_area(plot, figure, x_axis, y_axis)
    plot.setLogMode(x=x_axis.log, y=y_axis.log)
    box = plot.getViewBox()
    box.invertX(x_axis.reversed)
    box.invertY(y_axis.reversed)
    labels: list[tuple[Any, float, float, bool]] = []  # a bar's text, its length and thickness
    for trace in traces:
        color = trace_color(trace, dark, streamlit)
        if trace.kind == "bar":
            item = _bar(trace, color)
            value = trace.y - (trace.base if trace.base is not None else 0)
            xs, ys = (trace.y, trace.x) if trace.horizontal else (trace.x, trace.y)
            drawn.points.append((trace.name, xs, ys, value, trace.horizontal, trace.curve))
            thick = np.broadcast_to(np.asarray(trace.width, dtype=np.float64), trace.x.shape)
            for text, at, top, low, across in zip(
                    trace.texts, trace.x.tolist(), trace.y.tolist(),
                    (trace.base if trace.base is not None else trace.y * 0).tolist(), thick.tolist()):
                # inside the bar at its end, as plotly.js' textposition "auto" (insidetextanchor
                # "end"): the top of an upward bar, the right end of a bar to the right
                up = top >= low
                anchor = ((1.0 if up else 0.0), 0.5) if trace.horizontal else (0.5, 0.0 if up else 1.0)
                label = pg.TextItem(text, color=_readable(color), anchor=anchor)
                label.setPos(*((top, at) if trace.horizontal else (at, top)))
                label.setZValue(5)  # over the bar, which is added after it
                plot.addItem(label)
                labels.append((label, abs(top - low), across, trace.horizontal))
        elif trace.kind == "heatmap":
            item = _heatmap(trace)
            if trace.texts:  # each cell's number (px.imshow(text_auto=True))
                from rerunqt.qt.adapters.plotly_marks import cell_labels

                labels += cell_labels(plot, trace)
        elif trace.kind in ("box", "violin"):
            from rerunqt.qt.adapters.shape_draw import draw_boxes, legend_sample

            draw_boxes(plot, trace.boxes, color, trace.horizontal, float(trace.width), dark,
                       kind=trace.kind, mean_line=trace.mean_line, inner_box=trace.inner_box)
            item = legend_sample(color)
            xs, ys = (trace.y, trace.x) if trace.horizontal else (trace.x, trace.y)
            drawn.points.append((trace.name, xs, ys, trace.y, trace.horizontal, trace.curve))
            drawn.texts[trace.curve] = [b.summary() for b in trace.boxes]
            drawn.items.append(item)
            if legend is not None and figure.show_legend and trace.show_legend and _listed(trace):
                legend.addItem(item, _listed(trace))
            continue
        else:
            item = _line(plot, trace, color, drawn)
            drawn.points.append((trace.name, trace.x, trace.y, trace.y, False, trace.curve))
        plot.addItem(item)
        if isinstance(item, pg.PlotDataItem) and not trace.markers:  # once in the plot (needs its view)
            item.setDownsampling(auto=True, method="peak")  # a long line: a few points per pixel
            item.setClipToView(True)
        drawn.items.append(item)
        if legend is not None and figure.show_legend and trace.show_legend and _listed(trace) \
                and trace.kind != "heatmap":
            if trace.kind == "bar" and trace.marker_colors is not None:  # a colour per bar
                from rerunqt.qt.adapters.shape_draw import legend_sample

                item = legend_sample(color)  # the trace's own (a candlestick's rising colour)
            legend.addItem(item, _listed(trace))
    from rerunqt.qt.adapters.plotly_marks import fit_bar_labels

    fit_bar_labels(box, labels)
    plot.enableAutoRange()
    if x_axis.range is not None:
        plot.setXRange(*x_axis.range, padding=0)
    if y_axis.range is not None:
        plot.setYRange(*y_axis.range, padding=0)
