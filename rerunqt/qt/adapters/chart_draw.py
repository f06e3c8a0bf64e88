"""Drawing a ChartData on a pyqtgraph PlotItem: lines, areas, bars, points, axes, legend.

Only the chart adapter imports this module, when the first chart is created, so a page
without charts never imports pyqtgraph. When only the numbers change, the items on the
plot get them in place (``setData``, ``setOpts``); other changes rebuild the items.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy

from rerunqt.core.chart_data import ChartData, Series, stack
from rerunqt.qt.adapters.chart_range import fit_domains, room_for_points
from rerunqt.qt.colours import named_colour, qcolor

# Streamlit's categorical palette (its charts' colours), light and dark themes
PALETTE = {
    False: ("#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700",
            "#ffd16a", "#6d3fc0", "#d5dae5"),
    True: ("#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a",
           "#ff8700", "#6d3fc0", "#d5dae5"),
}
_FAST = {"connect": "finite"}


def theme_colours(option: str, dark: bool) -> tuple[str, ...] | None:
    """``theme.<option>`` (a list of colours; [theme.light] / [theme.dark] first, as
    Streamlit 1.67 resolves them) as hex colours, or None when it is not set."""
    from rerunqt.css_colours import parse_colour, to_hex
    from rerunqt.qt import theme_state

    options = theme_state.options()
    value = (options.get(f"theme.{'dark' if dark else 'light'}.{option}")
             or options.get(f"theme.{option}"))
    if not isinstance(value, (tuple, list)) or not value:
        return None
    return tuple(to_hex(parse_colour(str(colour))) for colour in value)


def categorical(dark: bool) -> tuple[str, ...]:
    """The series colours: ``theme.chartCategoricalColors`` or Streamlit's palette."""
    return theme_colours("chartCategoricalColors", dark) or PALETTE[dark]


TEXT = {False: "#31333f", True: "#fafafa"}


def title_justify(theme: str | None) -> str:
    """Streamlit's chart theme puts a Vega-Lite title at the start (left); Vega's own
    (``theme=None``) centres it."""
    return "left" if theme == "streamlit" else "center"
PAGE = {False: "#ffffff", True: "#0e1117"}
AXIS = {False: "#a3a8b8", True: "#5c5f6b"}


def series_colors(data: ChartData, dark: bool) -> list[QColor]:
    """Each series' colour: its own (a theme colour name, or CSS order with alpha kept) or
    the palette's next."""
    palette = categorical(dark)
    return [named_colour(s.color) or qcolor(s.color, palette[i % len(palette)])
            for i, s in enumerate(data.series)]


def _faded(color: QColor, alpha: int) -> QColor:
    """``color`` at ``alpha`` (0-255) of its own opacity: a fill under a half-transparent
    colour stays half as opaque as the same fill under an opaque one."""
    out = QColor(color)
    out.setAlphaF(color.alphaF() * alpha / 255)
    return out


class Drawn:
    """What is on a plot: the items, and the points the hover read-out searches."""

    def __init__(self, kind: str, data: ChartData, props: dict[str, Any], dark: bool) -> None:
        self.kind = kind
        self.data = data
        self.shape = (kind, tuple((s.name, s.color) for s in data.series), data.x_kind,
                      data.x_labels, data.y_labels, data.legend, props.get("stack"),
                      props.get("horizontal"), dark)
        self.items: list[Any] = []  # one per series, in order
        self.bands: list[Any] = []  # areas: the (lower, upper) curves a stacked band fills
        self.samples: list[Any] = []  # areas: what the legend shows per series (a swatch)
        # name, x, y where drawn (a stack's top, a bar beside another), y shown (the
        # series' own value), and for bars side by side the x shown
        self.points: list[tuple[Any, ...]] = []
        self.values: list[Any] = []  # what the value axis must show (stack bottoms and tops)
        self.pad = 0.0  # bars on a time axis: half a bar's width past the first and last


GRID_Z = -200  # under the data's view box (-100); pyqtgraph's default (0.5) drew the grid on top


def style_axes(plot: Any, dark: bool, bare: bool = False, horizontal: bool = False) -> None:
    """Axis colours and the value grid. ``bare``: Streamlit's Vega-Lite theme (built-in
    charts, Altair's default theme) turns the axis line and the tick marks off
    (``domain: false``, ``ticks: false``); only the grid and the labels are drawn.
    ``horizontal``: the values run along x (a horizontal bar chart), so the grid does too."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS[dark]) if not bare else pg.mkPen(None))
        axis.setTextPen(pg.mkPen(TEXT[dark]))
        axis.setZValue(GRID_Z)  # its grid lines under the marks, as Vega's and plotly's
    plot.showGrid(x=horizontal, y=not horizontal, alpha=0.25)
    if bare:  # the tick pen draws the grid: kept on a gridded axis, none on the others
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickPen(pg.mkPen(AXIS[dark]) if axis.grid is not False else pg.mkPen(None))


MAX_CATEGORY_LABELS = 30


def outside_legend(plot: Any, dark: bool, shown: bool, where: str, title: str = "",
                   bold: bool = True, align: str = "center") -> Any:
    """The plot's legend, outside the data so it never covers a bar or a line: under the
    axis in one row ("bottom", as Streamlit's built-in charts), over the data in one row
    ("top", a plotly legend with orientation="h" high up) or right of it ("right", as
    plotly's), a row to the ``align`` side. None while there is nothing to list and no
    legend yet. ``title`` is shown above the entries: bold as Vega-Lite's colour field
    title, plain as plotly's."""
    legend = plot.legend
    if legend is not None and getattr(legend, "rq_where", (where, align)) != (where, align):
        plot.layout.removeItem(legend)  # the figure moved its legend: placed anew
        legend.setParentItem(None)
        if legend.scene() is not None:
            legend.scene().removeItem(legend)
        if getattr(legend, "rq_where", ("",))[0] == "top":
            plot.layout.addItem(plot.getAxis("top"), 1, 1)  # its (hidden) axis back in its cell
        legend = plot.legend = None
    if legend is None:
        if not shown:
            return None
        legend = pg.LegendItem(frame=False, colCount=1 if where == "right" else 8)
        legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)  # compact
        row, column = {"right": (2, 3), "top": (1, 1)}.get(where, (4, 1))
        if where == "top":  # the cell of the top axis, which charts keep hidden
            plot.layout.removeItem(plot.getAxis("top"))
        plot.layout.addItem(legend, row, column)
        side = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight}.get(
            align, Qt.AlignmentFlag.AlignHCenter)
        plot.layout.setAlignment(legend, side | Qt.AlignmentFlag.AlignTop)
        legend.rq_right = where == "right"  # a legend beside the data stays one column
        legend.rq_where = (where, align)
        plot.legend = legend
    legend.clear()
    legend.setVisible(shown)
    legend.setLabelTextColor(TEXT[dark])
    _legend_title(legend, title.strip() if shown else "", dark, bold)
    return legend


def _legend_title(legend: Any, title: str, dark: bool, bold: bool) -> None:
    """The title row at the top of the legend, spanning its sample and label columns."""
    label = getattr(legend, "rq_title", None)
    if label is None:
        if not title:
            return
        label = legend.rq_title = pg.LabelItem(justify="left")
    if title:
        label.setText(html.escape(title), color=TEXT[dark], bold=bold)
        if label.parentItem() is None:
            legend.layout.addItem(label, 0, 0, 1, 2)
    elif label.parentItem() is not None:
        legend.layout.removeItem(label)
        label.setParentItem(None)
        label.setVisible(False)
        legend.rq_title = None
    legend.updateSize()


def set_axes(plot: Any, data: ChartData, props: dict[str, Any]) -> None:
    """Category ticks, dates, and the axis titles (swapped for horizontal bars)."""
    from rerunqt.qt.adapters.chart_axes import vega_axis

    horizontal = bool(props.get("horizontal"))
    x_side, y_side = ("left", "bottom") if horizontal else ("bottom", "left")
    if data.x_kind == "category" and x_side == "bottom":
        from rerunqt.qt.adapters.category_axis import category_axis

        category_axis(plot, x_side)  # labels may stand upright (fit_categories decides)
    elif data.x_kind != "category":  # numbers and times written as Vega's
        vega_axis(plot, x_side, "datetime" if data.x_kind == "datetime" else "number",
                  min_step=1.0 if _integers(data, "x") else None)
    # a normalized stack's shares are written as Vega-Lite's normalizedNumberFormat, ".0%"
    share = ".0%" if props.get("stack") == "normalize" else None
    vega_axis(plot, y_side, "number", share, min_step=1.0 if _integers(data, "y") else None)
    axis = plot.getAxis(x_side)
    if hasattr(axis, "set_rotated") and data.x_kind != "category":
        axis.set_rotated(False, [])
    if data.x_kind == "category":  # many categories: every n-th labelled, the rest ticked
        every = max(1, -(-len(data.x_labels) // MAX_CATEGORY_LABELS))
        ticks = list(enumerate(data.x_labels))
        axis.setTicks([ticks[::every], [t for i, t in enumerate(ticks) if i % every]])
    else:
        axis.setTicks(None)
    top = len(data.y_labels) - 1  # a text y (Vega-Lite's nominal y): its labels, first on top
    plot.getAxis(y_side).setTicks([[(top - i, t) for i, t in enumerate(data.y_labels)]]
                                  if data.y_labels else None)
    plot.setLabel(x_side, props.get("x_label") or None)
    plot.setLabel(y_side, props.get("y_label") or None)


def _integers(data: ChartData, which: str) -> bool:
    """Whether the x (or every y) column holds integers: Streamlit gives such an axis
    ``tickMinStep=1``, so a short range is not ticked at 0.5 steps."""
    columns = data.columns
    if columns is None:
        return False
    x, y, color, size = data.options[:4]
    if which == "x":
        if x is None and columns.index_is_positions:
            return True
        array = columns.arrays.get(x) if isinstance(x, str) else columns.index
        return array is not None and array.dtype.kind in "iu"
    taken = {name for name in (x, color, size) if isinstance(name, str)}
    names = ([y] if isinstance(y, str) else list(y) if y is not None
             else [name for name in columns.arrays if name not in taken])
    arrays = [columns.arrays.get(str(name)) for name in names]
    return bool(arrays) and all(a is not None and a.dtype.kind in "iu" for a in arrays)


def draw(plot: Any, kind: str, data: ChartData, props: dict[str, Any], dark: bool,
         old: Drawn | None) -> Drawn:
    """Show ``data`` on ``plot``; reuse ``old``'s items when only the numbers changed."""
    drawn = Drawn(kind, data, props, dark)
    colors = series_colors(data, dark)
    if old is not None and old.shape == drawn.shape:  # same series and look: new numbers only
        drawn.items, drawn.bands, drawn.samples = old.items, old.bands, old.samples
        _DRAW[kind](plot, drawn, colors, props, True)
        fit_domains(plot, drawn, props)
        room_for_points(plot)
        return drawn
    plot.clear()
    shown = data.legend is not None and (len(data.series) > 1 or bool(data.legend))
    legend = outside_legend(plot, dark, shown, "bottom", data.legend or "")
    set_axes(plot, data, props)
    # after the axes: a category or date axis may be a new item
    style_axes(plot, dark, bare=True, horizontal=bool(props.get("horizontal")))
    _DRAW[kind](plot, drawn, colors, props, False)
    for i, (item, s) in enumerate(zip(drawn.items, data.series)):
        plot.addItem(item)
        if isinstance(item, pg.PlotDataItem):  # only once in the plot: pyqtgraph needs its view
            # draw only what is in view, a few points per pixel: a 1M-point line stays fast
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
        if legend is not None and shown:
            legend.addItem(drawn.samples[i] if drawn.samples else item, s.name)
    plot.enableAutoRange()
    category_range(plot, data, bool(props.get("horizontal")))
    fit_domains(plot, drawn, props)  # zero and nice ends, as Vega-Lite's scales
    room_for_points(plot)
    return drawn


def category_range(plot: Any, data: ChartData, horizontal: bool) -> None:
    """Categories fill the axis as Vega-Lite's band and point scales do: a whole slot per
    category, so the first and last labels have room (at the data's edge, pyqtgraph hid
    them as overflowing the axis); on horizontal bars the first category is at the top."""
    categories = data.x_kind == "category" and len(data.x_labels) > 0
    plot.getViewBox().invertY(categories and horizontal)
    if categories:
        edge = len(data.x_labels) - 0.5
        if horizontal:
            plot.setYRange(-0.5, edge, padding=0)
        else:
            plot.setXRange(-0.5, edge, padding=0)


# Each kind's drawing: ``reuse`` sets new numbers on the items already in ``drawn``.
def _line(plot: Any, drawn: Drawn, colors: list[QColor], props: dict[str, Any], reuse: bool) -> None:
    for i, (s, color) in enumerate(zip(drawn.data.series, colors)):
        if reuse:
            drawn.items[i].setData(s.x, s.y)
        else:
            drawn.items.append(pg.PlotDataItem(s.x, s.y, pen=pg.mkPen(color, width=2), **_FAST))
        drawn.points.append((s.name, s.x, s.y, s.y))
        drawn.values.append(s.y)


def _area(plot: Any, drawn: Drawn, colors: list[QColor], props: dict[str, Any], reuse: bool) -> None:
    series = drawn.data.series
    mode = props.get("stack") if not drawn.data.y_labels else False  # text y: Vega-Lite's no stack
    # Streamlit gives areas split by a colour field (several y columns, or color=<column>)
    # opacity 0.7; a single plain area is opaque
    color_arg = drawn.data.options[2] if drawn.data.options else None
    split = len(series) > 1 or (isinstance(color_arg, str) and drawn.data.columns is not None
                                and color_arg in drawn.data.columns.arrays)
    for i, (s, color, (x, lower, upper)) in enumerate(zip(series, colors, stack(series, mode))):
        drawn.points.append((s.name, x, upper, upper - lower))
        drawn.values += [lower, upper]
        banded = mode is not False and (i > 0 or mode == "center")  # else filled down to 0
        if reuse:
            drawn.items[i].setData(x, upper)
            if banded:
                drawn.bands[i][0].setData(x, lower)
                drawn.bands[i][1].setData(x, upper)
            continue
        fill = _faded(color, 178 if split else 255)
        item = pg.PlotDataItem(x, upper, pen=pg.mkPen(color, width=1.5), **_FAST)
        band = None
        if banded:  # a band between the stack below and this series' top
            band = pg.PlotCurveItem(x, lower, pen=None), pg.PlotCurveItem(x, upper, pen=None)
            plot.addItem(band[0])
            plot.addItem(band[1])
            plot.addItem(pg.FillBetweenItem(band[0], band[1], brush=fill))
        else:
            item.setFillLevel(0.0)
            item.setBrush(fill)
        drawn.items.append(item)
        drawn.bands.append(band)
        # one swatch per series in the legend: the first series fills to 0 and the others
        # are bands, so their own items would show a wedge for one and a line for the rest
        drawn.samples.append(pg.BarGraphItem(x=[0], height=[1], width=1, brush=fill,
                                             pen=pg.mkPen(color, width=1.5)))


def _bar_width(xs: list[np.ndarray]) -> float:
    grid = np.unique(np.concatenate(xs)) if xs else np.zeros(0)
    gaps = np.diff(grid)
    return float(gaps.min()) * 0.8 if len(gaps) and gaps.min() > 0 else 0.8


def _bar(plot: Any, drawn: Drawn, colors: list[QColor], props: dict[str, Any], reuse: bool) -> None:
    series = drawn.data.series
    mode = props.get("stack") if not drawn.data.y_labels else "layered"  # text y: no stack
    horizontal = bool(props.get("horizontal"))
    width = _bar_width([s.x for s in series])
    side_by_side = mode is False and len(series) > 1
    drawn.pad = width / 2
    layers = ([(s.x, np.zeros(len(s.x)), s.y) for s in series] if mode in (False, "layered")
              else stack(series, mode))
    for i, (s, color, (x, lower, upper)) in enumerate(zip(series, colors, layers)):
        thick = width / len(series) if side_by_side else width
        at = x - width / 2 + thick * (i + 0.5) if side_by_side else x
        drawn.points.append((s.name, at, upper, upper - lower, x))
        drawn.values += [lower, upper]
        shape = ({"y": at, "x0": lower, "x1": upper, "height": thick} if horizontal
                 else {"x": at, "y0": lower, "y1": upper, "width": thick})
        if reuse:
            drawn.items[i].setOpts(**shape)
            continue
        fill = _faded(color, 178) if mode == "layered" else QColor(color)  # Streamlit's 0.7
        drawn.items.append(pg.BarGraphItem(brush=fill, pen=None, **shape))


def _sizes(s: Series) -> Any:
    """Point diameters from areas (Streamlit's size is an area, as Vega-Lite's)."""
    if s.size is None:
        return 8.0
    if isinstance(s.size, np.ndarray):
        area = np.nan_to_num(s.size)
        low, high = float(area.min(initial=0)), float(area.max(initial=0))
        scaled = 20 + (area - low) / (high - low) * 380 if high > low else np.full(len(area), 80.0)
        return 2 * np.sqrt(scaled / np.pi)
    return 2 * float(np.sqrt(s.size / np.pi))


def _scatter(plot: Any, drawn: Drawn, colors: list[QColor], props: dict[str, Any],
             reuse: bool) -> None:
    for i, (s, color) in enumerate(zip(drawn.data.series, colors)):
        drawn.points.append((s.name, s.x, s.y, s.y))
        drawn.values.append(s.y)
        if reuse:
            drawn.items[i].setData(x=s.x, y=s.y, size=_sizes(s))
            continue
        fill = _faded(color, 200)
        drawn.items.append(pg.ScatterPlotItem(x=s.x, y=s.y, size=_sizes(s), brush=fill, pen=None))


_DRAW = {"line_chart": _line, "area_chart": _area, "bar_chart": _bar, "scatter_chart": _scatter}


def nearest(drawn: Drawn, x: float, y: float, x_scale: float, y_scale: float,
            horizontal: bool = False) -> tuple[str, float, float] | None:
    """The drawn point nearest to (x, y) on screen: (series name, its x, its value), or None."""
    best: tuple[float, str, float, float] | None = None
    for name, xs, ys, values, *shown in drawn.points:
        x_values = shown[0] if shown else xs
        if not len(xs):
            continue
        if len(xs) > 50_000 and not horizontal:  # x sorted (a long line): look near x only
            at = int(np.searchsorted(xs, x))
            lo = max(0, at - 2000)
            xs, ys, values = xs[lo:at + 2000], ys[lo:at + 2000], values[lo:at + 2000]
            x_values = xs
        px, py = (ys, xs) if horizontal else (xs, ys)
        distance = ((px - x) * x_scale) ** 2 + ((py - y) * y_scale) ** 2
        distance = np.where(np.isnan(distance), np.inf, distance)
        i = int(np.argmin(distance))
        if np.isfinite(distance[i]) and (best is None or distance[i] < best[0]):
            best = (float(distance[i]), name, float(x_values[i]), float(values[i]))
    return None if best is None else best[1:]
