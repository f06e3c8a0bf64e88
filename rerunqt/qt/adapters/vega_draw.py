"""Drawing a ``VegaPlot`` on a pyqtgraph PlotItem: each mark's items, axes, legend, ranges.

Imported with the first Vega-Lite chart only (pyqtgraph is). The look is the built-in
charts' (chart_draw's palette, text and axis colours), so an Altair chart sits beside an
st.line_chart as one family; ``theme=None`` takes Vega-Lite's own palette instead.
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from rerunqt.core.scale_domain import domain, extent
from rerunqt.core.vega_marks import CONTINUOUS_BAND
from rerunqt.core.vega_plot import Axis, Mark, MarkSeries, VegaPlot, stepped
from rerunqt.qt.adapters.chart_draw import (
    TEXT,
    outside_legend,
    style_axes,
    title_justify,
)
from rerunqt.qt.adapters.chart_range import centre_texts, room_for_points
from rerunqt.qt.adapters.vega_colours import (
    color_of,
    faded,
    sequential,
    shade,
)
from rerunqt.qt.adapters.vega_hover import Hit, box_hit


class VegaDrawn:
    """What is on the plot: items per mark (for tests), legend names, hover points."""

    def __init__(self, plot: VegaPlot) -> None:
        self.plot = plot
        self.items: list[list[Any]] = []
        self.legend: list[str] = []
        self.hits: list[Hit] = []
        self.domain: Any = None  # a pie's DomainLayout
        self.fitted: list[list[float]] | None = None  # the view range _ranges set


def _pen(color: QColor, width: float, dash: tuple[float, ...] | None) -> Any:
    pen = pg.mkPen(color, width=width)
    if dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([max(0.1, d / max(width, 1.0)) for d in dash])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # Vega's butt caps: a square cap fills the gaps
    return pen


def _diameters(size: np.ndarray | float | None, default: float) -> Any:
    area = default if size is None else size
    return 2 * np.sqrt(np.maximum(np.asarray(area, dtype=np.float64), 1.0) / np.pi)


def _shaded(s: MarkSeries, mark: Mark, theme: str | None) -> Any:
    """One brush (or pen) per point for a colour by a number (256 steps, shared)."""
    stops = mark.stops or sequential(theme)
    steps = [faded(shade(i / 255, theme, stops), s.alpha if s.alpha is not None else mark.opacity)
             for i in range(256)]
    places = np.nan_to_num(s.shades if s.shades is not None else np.zeros(0)) * 255
    return [steps[int(p)] for p in places]


def _draw_series(plot: Any, mark: Mark, s: MarkSeries, color: QColor,
                 theme: str | None = "streamlit", dark: bool = False) -> list[Any]:
    opacity = s.alpha if s.alpha is not None else mark.opacity
    kind, fill = mark.kind, faded(color, opacity)
    if kind == "line":
        symbol = {"symbol": mark.shape, "symbolBrush": color, "symbolPen": None,
                  "symbolSize": 6} if mark.shape else {}
        pen = _pen(fill, mark.stroke_width, s.dash or mark.dash)
        if not mark.step:
            return [pg.PlotDataItem(s.x, s.y, pen=pen, connect="finite", **symbol)]
        x, y = stepped(s.x, s.y, mark.step)  # interpolate="step-after": level, then up or down
        steps = [pg.PlotDataItem(x, y, pen=pen, connect="finite")]
        return steps + ([pg.PlotDataItem(s.x, s.y, pen=None, **symbol)] if symbol else [])
    if kind == "area":
        base = s.base if s.base is not None else np.zeros(len(s.x))
        x, top = stepped(s.x, s.y, mark.step) if mark.step else (s.x, s.y)
        base = stepped(s.x, base, mark.step)[1] if mark.step else base
        low = pg.PlotCurveItem(x, base, pen=None)
        high = pg.PlotCurveItem(x, top, pen=pg.mkPen(color, width=1.5))
        return [high, low, pg.FillBetweenItem(low, high, brush=fill)]
    if kind == "bar":
        base = s.base if s.base is not None else np.zeros(len(s.x))
        shape = ({"y": s.y, "x0": base, "x1": s.x, "height": mark.thickness} if mark.horizontal
                 else {"x": s.x, "y0": base, "y1": s.y, "width": mark.thickness})
        return [pg.BarGraphItem(brush=fill, pen=None, **shape)]
    if kind == "rect":  # a heatmap's cells, a whole category band each way
        return [pg.BarGraphItem(x=s.x, y=s.y, width=1.0, height=1.0, pen=None, **(
            {"brush": fill} if s.shades is None else {"brushes": _shaded(s, mark, theme)}))]
    if kind in ("point", "tick"):
        fills: Any = fill if s.shades is None else _shaded(s, mark, theme)
        pens = (pg.mkPen(fills, width=1.5) if s.shades is None
                else [pg.mkPen(c, width=1.5) for c in fills])
        if kind == "tick":  # a solid bar of the spec's size and thickness (Vega-Lite's 1 px)
            return [_sized_ticks(s, mark, fills)]
        if mark.filled:
            brushes = fills if s.shades is None else [pg.mkBrush(c) for c in fills]
            look = {"pen": None, "brush": brushes, "size": _diameters(s.size, 30.0)}
        else:
            look = {"pen": pens, "brush": None, "size": _diameters(s.size, 30.0)}
        return [pg.ScatterPlotItem(x=s.x, y=s.y, symbol=s.symbol or mark.shape, **look)]
    if kind == "rule":
        return _rules(s, fill, mark)
    if kind == "text":
        return _texts(s, mark, color, dark)
    if kind == "boxplot":
        from rerunqt.qt.adapters.shape_draw import draw_boxes

        boxes = draw_boxes(plot, s.boxes, fill, mark.horizontal, mark.thickness, dark,
                           median=QColor("#ffffff"), filled_alpha=1.0)
        for item in boxes:  # draw_boxes added them; draw() adds what is returned
            plot.removeItem(item)
        return boxes
    return []


def _sized_ticks(s: MarkSeries, mark: Mark, fills: Any) -> Any:
    """Ticks given a ``size`` (length, default 14) and ``thickness`` (default 1) in pixels."""
    from PySide6.QtGui import QPainterPath

    style = dict(mark.style)
    size, thickness = style.get("size", 14.0), style.get("thickness", 1.0)
    ratio = min(1.0, thickness / size)
    path = QPainterPath()
    if (s.symbol or mark.shape) == "|":
        path.addRect(-ratio / 2, -0.5, ratio, 1.0)
    else:
        path.addRect(-0.5, -ratio / 2, 1.0, ratio)
    brushes = fills if s.shades is None else [pg.mkBrush(c) for c in fills]
    return pg.ScatterPlotItem(x=s.x, y=s.y, symbol=path, pen=None, brush=brushes, size=size)


def _logged(s: MarkSeries, mark: Mark, vp: VegaPlot) -> MarkSeries:
    """``s`` in the view's units on a log axis: pyqtgraph takes log10 for its lines only, so
    points, bars, areas and texts get log10 positions (a bar's base of 0 runs off the bottom)."""
    if mark.kind == "line" or not (vp.x.log or vp.y.log):
        return s

    def log(values: np.ndarray | None, on: bool) -> np.ndarray | None:
        if values is None or not on:
            return values
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.log10(np.asarray(values, dtype=np.float64))
        return np.where(np.isneginf(out), -1e6, out)

    shown = copy.copy(s)
    shown.x, shown.x2 = log(s.x, vp.x.log), log(s.x2, vp.x.log)  # type: ignore[assignment]
    shown.y, shown.y2 = log(s.y, vp.y.log), log(s.y2, vp.y.log)  # type: ignore[assignment]
    shown.base = log(s.base, vp.x.log if mark.horizontal else vp.y.log)
    return shown


def _texts(s: MarkSeries, mark: Mark, color: QColor, dark: bool) -> list[Any]:
    from rerunqt.qt.adapters.shape_draw import placed_text

    style = dict(mark.style)
    tint = color if mark.filled else QColor(TEXT[dark])
    items = []
    mid_x, mid_y = bool(np.isnan(s.x).all()), bool(np.isnan(s.y).all())  # no such channel
    for x, y, text in zip(s.x.tolist(), s.y.tolist(), s.texts):
        if text == "" or (x != x and not mid_x) or (y != y and not mid_y):
            continue
        item = placed_text(text, tint, style.get("size", 11), style.get("align", "center"),
                           style.get("baseline", "middle"), style.get("dx", 0.0), style.get("dy", 0.0),
                           style.get("angle", 0.0))
        item.setPos(x, y)
        item.mid = (mid_x, mid_y)  # placed at the plot's middle once it has a range
        items.append(item)
    return items


def _rules(s: MarkSeries, color: QColor, mark: Mark) -> list[Any]:
    """Rules: across the plot where only x or only y is given, else segments to x2/y2."""
    pen = _pen(color, mark.stroke_width, s.dash or mark.dash)
    items: list[Any] = []
    x0, y0 = s.x, s.y
    x1 = s.x2 if s.x2 is not None else x0
    y1 = s.y2 if s.y2 is not None else y0
    pairs_x, pairs_y = [], []
    for i in range(len(x0)):
        if np.isnan(x0[i]) and not np.isnan(y0[i]) and s.x2 is None:
            items.append(pg.InfiniteLine(pos=float(y0[i]), angle=0, pen=pen))
        elif np.isnan(y0[i]) and not np.isnan(x0[i]) and s.y2 is None:
            items.append(pg.InfiniteLine(pos=float(x0[i]), angle=90, pen=pen))
        else:
            pairs_x += [x0[i], x1[i]]
            pairs_y += [y0[i], y1[i]]
    if pairs_x:
        items.append(pg.PlotDataItem(np.array(pairs_x), np.array(pairs_y), pen=pen, connect="pairs"))
    return items


def _set_axis(plot: Any, side: str, axis: Axis) -> None:
    if axis.kind == "category" and side == "bottom":
        from rerunqt.qt.adapters.category_axis import category_axis

        category_axis(plot, side)  # discrete x labels stand upright when they do not fit
    elif axis.kind != "category":  # numbers and times written as Vega's (its axis format)
        from rerunqt.qt.adapters.chart_axes import vega_axis

        vega_axis(plot, side, axis.kind, axis.format, axis.min_step, axis.ticks)
    plot.getAxis(side).setTicks([list(enumerate(axis.labels))] if axis.kind == "category" else None)
    plot.setLabel(side, axis.title or None)
    plot.getAxis(side).setStyle(showValues=axis.shown == "all")
    if axis.shown == "none":
        plot.hideAxis(side)


def _span(values: list[np.ndarray], axis: Axis, pad: float, pixels: float) -> tuple[float, float] | None:
    """The axis' range as Vega draws it: categories in whole slots; numbers from the spec's
    domain or the data's extent, padded by ``pad`` pixels (of ``pixels``) each side, with the
    scale's zero and nice ends (log10 on a log axis)."""
    if axis.kind == "category" and axis.labels and axis.domain is None:
        return -0.5, len(axis.labels) - 0.5
    span = axis.domain or extent(values, positive=axis.log)
    if span is None:
        return None
    numeric = axis.kind == "number"
    # Vega's padDomain: the range shrinks by the padding, the domain grows to keep the scale
    units = (span[1] - span[0]) * pad / (pixels - 2 * pad) if pad and pixels > 4 * pad else 0.0
    low, high = domain(span, zero=axis.zero, nice=axis.nice if numeric else False, log=axis.log,
                       low=axis.bounds[0], high=axis.bounds[1], pad=units)
    if axis.log:
        low, high = np.log10(max(low, 1e-12)), np.log10(max(high, 1e-12))
    return low, high


def _lengths(plot: Any, vp: VegaPlot) -> tuple[float, float]:
    """The data area's width and height in pixels (the spec's size before it is laid out)."""
    box = plot.getViewBox()
    width, height = box.width(), box.height()
    return (width if width > 20 else float(vp.width or 400),
            height if height > 20 else float(vp.height or 300))


def _ranges(plot: Any, drawn: VegaDrawn) -> None:
    vp = drawn.plot
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    x_pad = y_pad = 0.0
    for mark in vp.marks:
        for s in mark.series:
            xs.append(s.x)
            ys.append(s.y)
            for extra, into in ((s.x2, xs), (s.y2, ys)):
                if extra is not None:
                    into.append(extra)
            if s.base is not None:
                (xs if mark.horizontal else ys).append(s.base)
        if mark.band is not None:  # continuousPadding: 5 pixels each side of the bars' axis
            if mark.horizontal:
                y_pad = CONTINUOUS_BAND
            else:
                x_pad = CONTINUOUS_BAND
    box = plot.getViewBox()
    box.disableAutoRange()
    width, height = _lengths(plot, vp)
    for axis, values, pad, pixels, set_range in ((vp.x, xs, x_pad, width, box.setXRange),
                                                 (vp.y, ys, y_pad, height, box.setYRange)):
        span = _span(values, axis, pad, pixels)
        if span is not None:
            set_range(*span, padding=0.0)  # a text mark past the ends gets room_for_points' margin
    drawn.fitted = [list(r) for r in box.viewRange()]
    centre_texts(plot, drawn.items)  # text without x or y: mid-plot, now that it has a range
    if hasattr(box, "clip_when_moved"):  # marks drawn whole past the edge, unless a domain is set
        free = all(a.domain is None and a.bounds == (None, None) for a in (vp.x, vp.y))
        box.fitted = drawn.fitted if free else None
        box.clip_when_moved()


def refit(plot: Any, drawn: VegaDrawn) -> None:
    """After a resize: bars on a continuous axis stay ``band`` pixels wide, the ranges
    (whose padding is in pixels) are worked out again unless the user zoomed or panned, and
    a gradient legend is as long as the plot allows."""
    box = plot.getViewBox()
    if any(m.band is not None for m in drawn.plot.marks) and drawn.fitted is not None \
            and [list(r) for r in box.viewRange()] == drawn.fitted:
        _ranges(plot, drawn)
    band_widths(plot, drawn)
    room_for_points(plot)  # text labels past the scale's ends take room at this size
    from rerunqt.qt.adapters.vega_legend import fit_legends

    fit_legends(plot, drawn.plot)


def band_widths(plot: Any, drawn: VegaDrawn) -> None:
    """Each bar drawn ``band`` pixels wide at the view's present scale."""
    box = plot.getViewBox()
    (x0, x1), (y0, y1) = box.viewRange()
    width, height = box.width(), box.height()
    for mark, items in zip(drawn.plot.marks, drawn.items):
        if mark.band is None or width <= 0 or height <= 0:
            continue
        key, units = ("height", (y1 - y0) / height) if mark.horizontal else ("width", (x1 - x0) / width)
        for item in items:
            if isinstance(item, pg.BarGraphItem) and item.opts.get(key) != mark.band * units:
                item.setOpts(**{key: mark.band * units})


def draw(plot: Any, vp: VegaPlot, dark: bool, theme: str | None) -> VegaDrawn:
    """Clear ``plot`` and draw every mark of ``vp`` on it."""
    drawn = VegaDrawn(vp)
    plot.clear()
    plot.showAxis("left")
    plot.showAxis("bottom")
    plot.getViewBox().setMouseEnabled(x=True, y=True)
    if hasattr(plot.getViewBox(), "fitted"):
        plot.getViewBox().fitted = None  # a pie: clipped as before
    from rerunqt.qt.adapters.vega_legend import number_legends

    if vp.polar:
        from rerunqt.qt.adapters.vega_polar import draw_polar

        return draw_polar(plot, vp, drawn, dark, theme)
    wanted = vp.legend is not None and any(m.series for m in vp.marks if m.keyed)
    legend = outside_legend(plot, dark, wanted, vp.legend_orient, vp.legend or "")  # legend.orient
    number_legends(plot, vp, dark, theme)
    _set_axis(plot, "bottom", vp.x)
    _set_axis(plot, "left", vp.y)
    # Vega-Lite's discrete y scale runs top down: the first category is at the top
    plot.getViewBox().invertY(vp.y.kind == "category")
    style_axes(plot, dark, bare=theme == "streamlit")  # after the axes: a date axis is a new item
    plot.setLogMode(x=vp.x.log, y=vp.y.log)
    plot.setTitle(vp.title or None, color=TEXT[dark], size="11pt", bold=True,
                  justify=title_justify(theme))
    for mark in vp.marks:
        items: list[Any] = []
        for s in mark.series:
            color = color_of(s, dark, theme)
            made = _draw_series(plot, mark, _logged(s, mark, vp), color, theme, dark)
            for item in made:
                plot.addItem(item)
                if isinstance(item, pg.PlotDataItem) and mark.kind == "line" and len(s.x) > 2000:
                    item.setDownsampling(auto=True, method="peak")  # a long line stays fast
                    item.setClipToView(True)
            items.extend(made)
            if made and wanted and mark.keyed and s.name not in drawn.legend and hasattr(made[0], "opts"):
                drawn.legend.append(s.name)
                legend.addItem(made[0], s.name)
            if mark.kind == "boxplot":
                drawn.hits.append(box_hit(s, mark, vp))
                continue
            base = s.base if s.base is not None else np.zeros(len(s.x))
            value = (s.x - base) if mark.horizontal else (s.y - base)
            axis, at = (vp.y, s.y) if mark.horizontal else (vp.x, s.x)
            drawn.hits.append(Hit(s.name, s, value, axis, at))
        drawn.items.append(items)
    _ranges(plot, drawn)
    band_widths(plot, drawn)
    room_for_points(plot)
    return drawn
