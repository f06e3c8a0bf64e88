"""Vega-Lite's legends beside the colour list: a colour gradient, a size legend, symbols.

Vega-Lite draws a quantitative colour field's legend as a vertical colour ramp with the
field's name above it and round values beside it at their places (high at the top), a
size field as a column of circles of a few round sizes, and a category field on shape,
size, opacity or strokeDash as a titled list of its symbols (strokes for lines). They
sit in one column of the plot's layout beside the categorical legend's cell, one under
the other, so they never cover the data.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLinearLayout, QSizePolicy

from rerunqt.core.vega_legends import Gradient, Sizes
from rerunqt.core.vega_plot import MarkSeries, VegaPlot
from rerunqt.core.vega_symbols import Symbols

_BAR_WIDTH = 14
_PAD = 6
_OFFSET = 12  # from the data's right edge (Vega's legend offset is 18, less the layout's gap)
_STROKE = 16  # a stroke legend's line, pixels
_NONE = np.zeros(0)
_SHORTEST, _LONGEST = 64, 200  # Vega-Lite's gradientLength: clamp(plot height, 64, 200)


def _fix_size(item: pg.GraphicsWidget, width: float, height: float) -> None:
    item.setMinimumSize(width, height)
    item.setMaximumSize(width, height)
    item.setPreferredSize(width, height)
    item.updateGeometry()
    item.update()


def _paint_title(item: pg.GraphicsWidget, painter: QPainter, title: str, ink: QColor) -> QFontMetrics:
    """A number legend's title at its top, the painter left in its font and ink."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(item.font())
    painter.setPen(QPen(ink))
    metrics = QFontMetrics(item.font())
    painter.drawText(QPointF(_PAD, metrics.ascent()), title)
    return metrics


class GradientLegend(pg.GraphicsWidget):
    """Title, a vertical ramp from the scale's low (bottom) to high (top) colour, tick labels."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.scale: Gradient | None = None
        self.length = float(_LONGEST)
        self.ticks: tuple[tuple[float, str], ...] = ()  # value, text
        self.stops: tuple[QColor, ...] = ()
        self.text = QColor("#31333f")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def labels(self) -> tuple[str, ...]:
        """The texts beside the ramp, low to high."""
        return tuple(text for _, text in self.ticks)

    def show_scale(self, scale: Gradient, stops: tuple[QColor, ...], text: QColor,
                   plot_height: float | None = None) -> None:
        self.scale, self.title, self.stops, self.text = scale, scale.title, stops, text
        if plot_height is not None:
            self.length = self.fitting(plot_height)
            # as many ticks as Vega's ramp (clamp(height, 64, 200)) has, if this one is shorter
            self.ticks = scale.ticks(min(max(plot_height, _SHORTEST), _LONGEST))
        else:
            self.ticks = scale.ticks(self.length)
        metrics = QFontMetrics(self.font())
        width = max([metrics.horizontalAdvance(self.title)]
                    + [_BAR_WIDTH + _PAD + metrics.horizontalAdvance(t) for t in self.labels])
        _fix_size(self, width + 2 * _PAD, self.title_height() + self.length + metrics.height() / 2)

    def fit_height(self, plot_height: float) -> None:
        """A ramp as long as the plot allows (64 to 200 pixels), its ticks counted again."""
        if self.scale is not None and plot_height > 0:
            ticks = self.scale.ticks(min(max(plot_height, _SHORTEST), _LONGEST))
            if self.fitting(plot_height) != self.length or ticks != self.ticks:
                self.show_scale(self.scale, self.stops, self.text, plot_height)

    def fitting(self, plot_height: float) -> float:
        """The ramp's length for a plot ``plot_height`` tall: the room left by the title and
        the end labels, from 64 to 200 pixels."""
        room = plot_height - self.title_height() - QFontMetrics(self.font()).height()
        return float(min(max(room, _SHORTEST), _LONGEST))

    def title_height(self) -> float:
        return QFontMetrics(self.font()).height() + _PAD

    def bar_rect(self) -> QRectF:
        """Where the ramp is drawn, in this item's coordinates."""
        return QRectF(_PAD, self.title_height(), _BAR_WIDTH, self.length)

    def label_at(self, value: float) -> float:
        """The height (in this item) of ``value`` along the ramp."""
        bar = self.bar_rect()
        low, high = (self.scale.low, self.scale.high) if self.scale else (0.0, 1.0)
        return bar.bottom() - (value - low) / ((high - low) or 1.0) * bar.height()

    def paint(self, painter: QPainter, *args: Any) -> None:
        if not self.stops:
            return
        metrics = _paint_title(self, painter, self.title, self.text)
        bar = self.bar_rect()
        ramp = QLinearGradient(bar.bottomLeft(), bar.topLeft())
        last = max(len(self.stops) - 1, 1)
        for i, color in enumerate(self.stops):
            ramp.setColorAt(i / last, color)
        painter.fillRect(bar, ramp)
        x = bar.right() + _PAD
        half = metrics.height() / 2
        for value, text in self.ticks:  # centred on its place, kept beside the ramp's ends
            middle = min(max(self.label_at(value), bar.top() + half - 2), bar.bottom())
            painter.drawText(QPointF(x, middle - half + metrics.ascent()), text)


class SizeLegend(pg.GraphicsWidget):
    """Title, then one circle per size value (its area in square pixels) with its text."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.entries: tuple[tuple[str, float, QColor], ...] = ()  # text, area, colour
        self.text = QColor("#31333f")
        self.filled = True
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(text for text, _, _ in self.entries)

    def diameters(self) -> list[float]:
        return [2 * (max(area, 1.0) / 3.141592653589793) ** 0.5 for _, area, _ in self.entries]

    def show_sizes(self, sizes: Sizes, colours: list[QColor], text: QColor, filled: bool) -> None:
        self.title, self.text, self.filled = sizes.title, text, filled
        self.entries = tuple((label, area, colour)
                             for (label, area, _), colour in zip(sizes.entries, colours))
        metrics = QFontMetrics(self.font())
        widest = max(self.diameters(), default=0.0)
        width = max([metrics.horizontalAdvance(self.title)]
                    + [widest + _PAD + metrics.horizontalAdvance(t) for t in self.labels])
        rows = sum(max(d, metrics.height()) + 2 for d in self.diameters())
        _fix_size(self, width + 2 * _PAD, metrics.height() + _PAD + rows)

    def paint(self, painter: QPainter, *args: Any) -> None:
        if not self.entries:
            return
        metrics = _paint_title(self, painter, self.title, self.text)
        widest = max(self.diameters(), default=0.0)
        y = float(metrics.height() + _PAD)
        for (label, _, colour), diameter in zip(self.entries, self.diameters()):
            row = max(diameter, metrics.height())
            centre = QPointF(_PAD + widest / 2, y + row / 2)
            if self.filled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, diameter / 2, diameter / 2)
            painter.setPen(QPen(self.text))
            painter.drawText(QPointF(_PAD + widest + _PAD, y + row / 2 - metrics.height() / 2
                                     + metrics.ascent()), label)
            y += row + 2


class SymbolLegend(pg.GraphicsWidget):
    """A category field's legend (shape, size, opacity, dash, and colour when on the same
    field): title, then per category its symbol (or a stroke, for lines) and text."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.strokes = False
        self.filled = True
        self.entries: tuple[tuple[str, str, float, QColor, tuple[float, ...] | None], ...] = ()
        self.text = QColor("#31333f")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(entry[0] for entry in self.entries)

    def show_symbols(self, symbols: Symbols, colours: list[QColor], text: QColor) -> None:
        """``colours``: each entry's colour, its opacity applied."""
        self.title, self.strokes, self.filled = symbols.title, symbols.strokes, symbols.filled
        self.text = text
        self.entries = tuple((e.label, e.shape, e.area, colour, e.dash)
                             for e, colour in zip(symbols.entries, colours))
        metrics = QFontMetrics(self.font())
        widest = self.widest()
        width = max([metrics.horizontalAdvance(self.title)]
                    + [widest + _PAD + metrics.horizontalAdvance(t) for t in self.labels])
        rows = sum(max(self._extent(e[2]), metrics.height()) + 2 for e in self.entries)
        _fix_size(self, width + 2 * _PAD, metrics.height() + _PAD + rows)

    def _extent(self, area: float) -> float:
        return 2.0 if self.strokes else 2 * (max(area, 1.0) / 3.141592653589793) ** 0.5

    def widest(self) -> float:
        return _STROKE if self.strokes else max((self._extent(e[2]) for e in self.entries), default=0.0)

    def paint(self, painter: QPainter, *args: Any) -> None:
        if not self.entries:
            return
        from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols as paths

        metrics = _paint_title(self, painter, self.title, self.text)
        widest = self.widest()
        y = float(metrics.height() + _PAD)
        for label, shape, area, colour, dash in self.entries:
            size = self._extent(area)
            row = max(size, metrics.height())
            middle = y + row / 2
            if self.strokes:
                pen = QPen(colour, 2)
                if dash and dash != (1.0, 0.0):
                    pen.setDashPattern([max(0.1, d / 2) for d in dash])
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(_PAD, middle), QPointF(_PAD + _STROKE, middle))
            else:
                painter.save()
                painter.translate(_PAD + widest / 2, middle)
                painter.scale(size, size)
                if self.filled:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                else:
                    painter.setPen(QPen(colour, 1.5 / max(size, 1.0)))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(paths.get(shape, paths["o"]))
                painter.restore()
            painter.setPen(QPen(self.text))
            painter.drawText(QPointF(_PAD + widest + _PAD, middle - metrics.height() / 2 + metrics.ascent()),
                             label)
            y += row + 2


class LegendColumn(pg.GraphicsWidget):
    """The gradient legend over the size legend over the symbol legends; one left out takes
    no room."""

    def __init__(self) -> None:
        super().__init__()
        self.gradient = GradientLegend()
        self.sizes = SizeLegend()
        self.symbols: list[SymbolLegend] = []
        column = QGraphicsLinearLayout(Qt.Orientation.Vertical)
        column.setContentsMargins(_OFFSET, 0, 0, 0)
        column.setSpacing(8)
        self.setLayout(column)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def arrange(self, gradient: bool, sizes: bool, symbols: int = 0) -> None:
        column = self.layout()
        assert isinstance(column, QGraphicsLinearLayout)
        while column.count():
            column.removeAt(0)
        while len(self.symbols) < symbols:
            self.symbols.append(SymbolLegend())
        listed: list[tuple[pg.GraphicsWidget, bool]] = [(self.gradient, gradient), (self.sizes, sizes)]
        listed += [(item, i < symbols) for i, item in enumerate(self.symbols)]
        for item, shown in listed:
            item.setVisible(shown)
            if shown:
                column.addItem(item)
        self.setVisible(gradient or sizes or symbols > 0)
        column.invalidate()
        hint = column.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        _fix_size(self, hint.width(), hint.height())


def _data_height(plot: Any, vp: VegaPlot) -> float:
    """The height the data could take: the plot's, less its title and x axis (a legend
    taller than the data would stretch the plot instead)."""
    view = plot.getViewWidget()  # the widget's height: the plot item grows past it to fit a legend
    height = view.height() if view is not None and view.isVisible() else 0
    if height <= 60:  # not laid out yet: the spec's height, less an axis
        return float(vp.height or 300) - 40
    axis, title = plot.getAxis("bottom"), plot.titleLabel
    _, top, _, bottom = plot.layout.getContentsMargins()
    return float(height - (axis.height() if axis.isVisible() else 0)
                 - (title.height() if title.isVisible() else 0) - top - bottom)


def _gradient_room(plot: Any, vp: VegaPlot, column: LegendColumn) -> float:
    """The data's height less the size legend stacked under the gradient: the column stays
    within the chart (a taller one cut the data and its x axis off)."""
    below = column.sizes.size().height() + 8 if vp.sizes is not None else 0.0  # the spacing
    return _data_height(plot, vp) - below


def number_legends(plot: Any, vp: VegaPlot, dark: bool, theme: str | None) -> None:
    """Numbers' legends, as Vega-Lite's: a colour by a number gets a gradient (its field and
    round values along it), a size by a number a column of circles of round sizes."""
    from rerunqt.qt.adapters.chart_draw import TEXT
    from rerunqt.qt.adapters.vega_colours import VEGA_PALETTE, color_of, faded, sequential, shade

    column = legend_column(plot, vp.gradient is not None or vp.sizes is not None or bool(vp.symbols))
    if column is None:
        return
    text = QColor(TEXT[dark])
    if vp.sizes is not None:
        mark = next((m for m in vp.marks if m.kind == "point" and m.series), None) \
            or next((m for m in vp.marks if m.series), None)
        base = color_of(mark.series[0], dark, theme) if mark else QColor(VEGA_PALETTE[0])
        opacity = mark.opacity if mark else None
        colours = [faded(base if place is None else shade(place, theme), opacity)
                   for _, _, place in vp.sizes.entries]
        column.sizes.show_sizes(vp.sizes, colours, text, mark.filled if mark else True)
    if vp.gradient is not None:
        stops = vp.gradient.stops or sequential(theme)  # the scale's scheme, else the theme's
        column.gradient.show_scale(vp.gradient, tuple(QColor(c) for c in stops), text,
                                   _gradient_room(plot, vp, column))
    column.arrange(vp.gradient is not None, vp.sizes is not None, len(vp.symbols))
    mark = next((m for m in vp.marks if m.series), None)
    base = color_of(mark.series[0], dark, theme) if mark else QColor(VEGA_PALETTE[0])
    for symbols, item in zip(vp.symbols, column.symbols):
        colours = []
        for entry in symbols.entries:
            colour = base
            if entry.slot is not None:
                colour = color_of(MarkSeries("", entry.slot, _NONE, _NONE, entry.color), dark, theme)
            colours.append(faded(colour, entry.opacity if entry.opacity is not None
                                 else mark.opacity if mark else None))
        item.show_symbols(symbols, colours, text)
    if vp.symbols:
        column.arrange(vp.gradient is not None, vp.sizes is not None, len(vp.symbols))


def fit_legends(plot: Any, vp: VegaPlot) -> None:
    """After a resize: the gradient as long as the plot's height allows."""
    column = getattr(plot, "rq_legends", None)
    if column is not None and vp.gradient is not None:
        before, ticks = column.gradient.length, column.gradient.ticks
        column.gradient.fit_height(_gradient_room(plot, vp, column))
        if (column.gradient.length, column.gradient.ticks) != (before, ticks):
            column.arrange(True, vp.sizes is not None, len(vp.symbols))


def legend_column(plot: Any, shown: bool) -> LegendColumn | None:
    """The plot's column of number legends (right of the data, after the categorical
    legend's cell), made on first need; None while there is none to show."""
    column = getattr(plot, "rq_legends", None)
    if column is None:
        if not shown:
            return None
        column = LegendColumn()
        plot.layout.addItem(column, 2, 4)
        plot.layout.setAlignment(column, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        plot.rq_legends = column
        plot.rq_gradient = column.gradient
        plot.rq_sizes = column.sizes
        plot.rq_symbols = column.symbols
    return column


__all__ = ["GradientLegend", "LegendColumn", "SizeLegend", "SymbolLegend", "fit_legends", "legend_column",
           "number_legends"]
