"""Axes that number their ticks as Vega-Lite does, for the built-in charts and Altair.

pyqtgraph writes large numbers as "2.5e+06" (or moves a power of ten into the title,
"gdp (x1e+12)") and picks ticks by text density. Vega asks for one tick per 40 pixels on
d3's round steps, writes them with d3-format (default ``",f"``: "2,500,000", "0.5"; or the
axis ``format``: ".0%", "$,.2f", "~s") and times with its multi-scale format ("2024",
"February", "Feb 04", "12 PM"); labels that would overlap are thinned, every other one
at a time (Vega's ``labelOverlap: "parity"``, which Streamlit's theme turns on).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF

from rerunqt.core.axis_ticks import log_labelled, log_ticks, tick_count, ticks
from rerunqt.core.d3_format import format_span, formatter
from rerunqt.core.d3_time import multi_format, time_formatter, time_ticks
from rerunqt.core.plotly_ticks import TickSpec
from rerunqt.qt.adapters.category_axis import CategoryAxis

LABEL_GAP = 3  # pixels kept between two labels (Streamlit's labelSeparation)


def snapped(values: list[float], low: float, high: float) -> list[float]:
    """Ticks a rounding error away from an end put on it (pyqtgraph leaves out a tick a hair
    outside the axis; a range set to [0, 0.5] keeps its "50%")."""
    near = (high - low) * 1e-9
    return [low if abs(v - low) <= near else high if abs(v - high) <= near else float(v)
            for v in values if low - near <= v <= high + near]


def thin(positions: list[float], extents: list[float], gap: float = LABEL_GAP) -> set[int]:
    """The indices of the labels Vega keeps: every other one dropped until none overlap."""
    kept = list(range(len(positions)))

    def overlap(indices: list[int]) -> bool:
        return any(abs(positions[b] - positions[a]) < (extents[a] + extents[b]) / 2 + gap
                   for a, b in zip(indices, indices[1:]))

    while len(kept) >= 3 and overlap(kept):
        kept = kept[::2]
    return set(kept)


class FlushAxis(pg.AxisItem):
    """Edge labels pulled inside the axis instead of left out (Vega's ``labelFlush``)."""

    widened = False  # while the labels are placed: pyqtgraph keeps those past the ends

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        return rect.adjusted(-400, -400, 400, 400) if self.widened else rect

    def generateDrawSpecs(self, p: Any) -> Any:
        self.widened = True  # keep the labels past the ends: flushed below
        try:
            specs = super().generateDrawSpecs(p)
        finally:
            self.widened = False
        if not specs:
            return specs
        line, marks, texts = specs
        own = self.mapRectFromParent(self.geometry())
        along = self.orientation in ("top", "bottom")
        if along:
            self._room_for_lines(p, [text for _, _, text in texts])
        flushed: list[Any] = []
        for rect, flags, text in texts:
            rect = QRectF(rect)
            if along:
                rect.moveLeft(max(own.left(), min(rect.left(), own.right() - rect.width())))
            else:
                rect.moveTop(max(own.top(), min(rect.top(), own.bottom() - rect.height())))
            flushed.append((rect, flags, text))
        kept: list[Any] = []
        for spec in flushed:  # in tick order
            if kept and kept[-1][0].intersects(spec[0]):
                continue  # pulled in onto its neighbour: left out
            kept.append(spec)
        return line, marks, kept


    def _room_for_lines(self, p: Any, texts: list[str]) -> None:
        """Labels of two lines (plotly's "Jan 7" over "2024") get their height on screen.

        pyqtgraph measures labels with the painter of a QPicture, whose resolution (72 dpi)
        makes text look a quarter shorter than the window draws it: the axis was one line
        and a bit high, and the second line was cut off at the chart's bottom."""
        lines = [text for text in texts if "\n" in text]
        if not lines:
            return
        metrics = QFontMetricsF(self.style.get("tickFont") or p.font())
        flags = int(Qt.AlignmentFlag.AlignCenter)
        tall = max(metrics.boundingRect(QRectF(0, 0, 1000, 1000), flags, text).height()
                   for text in lines)
        if tall > self.textHeight:
            self._updateMaxTextSize(math.ceil(tall))


class VegaAxis(FlushAxis):
    """A number or time axis labelled as Vega's: ``kind`` is "number" or "datetime";
    ``fmt`` an axis ``format`` (d3-format, or d3-time-format for times); ``min_step``
    Vega-Lite's ``tickMinStep`` (Streamlit's charts give 1 for integer columns)."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.kind = "number"
        self.fmt: str | None = None
        self.min_step: float | None = None
        self.span: tuple[float, float, float, int] = (0.0, 1.0, 1.0, 1)  # low, high, pixels, count
        self.log_total = 0  # how many ticks a log axis has (d3's label filter depends on it)
        self.fixed: tuple[float, ...] = ()  # the axis' own values: the only ticks, as Vega's

    def configure(self, kind: str, fmt: str | None = None, min_step: float | None = None,
                  fixed: tuple[float, ...] = ()) -> None:
        if (kind, fmt, min_step, fixed) != (self.kind, self.fmt, self.min_step, self.fixed):
            self.kind, self.fmt, self.min_step, self.fixed = kind, fmt, min_step, fixed
            self.picture = None
            self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))
        if self.logMode:  # the view holds log10 of the values: d3's log ticks, as exponents
            count = tick_count(size)
            self.span = (low, high, size, count)
            values = log_ticks(10.0 ** low, 10.0 ** high, count)
            self.log_total = len(values)
            return [(1.0, snapped([math.log10(v) for v in values], low, high))]
        count = tick_count(size, self.min_step, high - low)
        self.span = (low, high, size, count)
        values = time_ticks(low, high, count) if self.kind == "datetime" else ticks(low, high, count)
        if self.fixed:
            values = [v for v in self.fixed if low - 1e-9 <= v <= high + 1e-9]
        spacing = (values[1] - values[0]) if len(values) > 1 else (high - low) or 1.0
        return [(spacing, snapped(values, low, high))]

    def label_writer(self) -> Callable[[float], str]:
        low, high, _, count = self.span
        if self.kind == "datetime":
            return time_formatter(self.fmt) if self.fmt else multi_format
        try:
            return format_span(low, high, count, self.fmt)
        except ValueError:  # not a d3-format string: Vega's default
            return format_span(low, high, count)

    def log_strings(self, values: list[float]) -> list[str]:
        """Vega's labels on a log axis: "100", "1,000" ("," format, or the axis ``format``)
        on the ticks d3's log filter keeps; the others are ticks without a label."""
        write = formatter(",.12")
        if self.fmt:
            try:
                write = formatter(self.fmt)
            except ValueError:
                pass
        numbers = [10.0 ** v for v in values]
        shown = log_labelled(numbers, self.span[3], self.log_total)
        return [write(n) if ok else "" for n, ok in zip(numbers, shown)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = self.log_strings(values) if self.logMode else list(map(self.label_writer(), values))
        low, high, pixels, _ = self.span
        if len(values) < 3 or high <= low:
            return texts
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        across = self.orientation in ("left", "right")
        labelled = [i for i, t in enumerate(texts) if t]  # a log axis' unlabelled ticks aside
        extents = [float(metrics.height() if across else metrics.horizontalAdvance(texts[i]))
                   for i in labelled]
        positions = [(values[i] - low) / (high - low) * pixels for i in labelled]
        # where FlushAxis draws them: a label that would stick out past an end is pulled in
        positions = [min(max(p, e / 2), pixels - e / 2) if pixels > e else p
                     for p, e in zip(positions, extents)]
        kept = {labelled[i] for i in thin(positions, extents)}
        return [t if i in kept else None for i, t in enumerate(texts)]  # type: ignore[misc]


class PlotlyAxis(CategoryAxis, FlushAxis):
    """A linear axis ticked and labelled as plotly.js's (``TickSpec``: its automatic steps
    and "500k" / "1.5B" labels, or the layout's dtick, tickvals, tickformat, prefix, suffix).
    Category labels too long to lie side by side turn upright (plotly.js turns them)."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.spec = TickSpec({})
        self.date = False  # seconds since the epoch, written by the spec's d3 time format
        self.span = (0.0, 1.0)
        self.log_labels: dict[float, str] = {}  # a log axis' tick (a decade's log) -> its text

    def configure(self, spec: TickSpec, date: bool = False) -> None:
        if spec.key() != self.spec.key() or date != self.date:
            self.spec, self.date = spec, date
            self.picture = None
            self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if self.logMode:  # plotly's decades with 2 and 5 between ("1000", "2", "5", "10k")
            ticks = self.spec.log_ticks(minVal, maxVal, size, self.orientation in ("top", "bottom"))
            self.log_labels = dict(ticks or ())
            if ticks is None:
                return super().tickValues(minVal, maxVal, size)
            return [(1.0, [value for value, _ in ticks])]
        self.span = (min(minVal, maxVal), max(minVal, maxVal))
        values, step = self.spec.ticks(minVal, maxVal, size, self.orientation in ("top", "bottom"),
                                       self.date)
        return [(step or (self.span[1] - self.span[0]) or 1.0, snapped(values, *self.span))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            labels = self.log_labels
            if labels and all(v in labels for v in values):
                return [labels[v] for v in values]
            return super().tickStrings(values, scale, spacing)
        return self.spec.labels(values, spacing, *self.span, date=self.date)


def center_lines(axis: Any) -> None:
    """A title of several lines (plotly's ``<br>``) centred line by line, as plotly's."""
    label = axis.label
    document = label.document()
    option = document.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    document.setDefaultTextOption(option)
    label.setTextWidth(-1)
    label.setTextWidth(document.idealWidth())
    axis.resizeEvent()  # the label placed again for its new width


def plotly_axis(plot: Any, side: str, spec: TickSpec, date: bool = False) -> PlotlyAxis:
    """The plot's ``side`` axis as a PlotlyAxis (swapped in once; the caller styles it)."""
    axis = plot.getAxis(side)
    if not isinstance(axis, PlotlyAxis):
        plot.setAxisItems({side: PlotlyAxis(side)})
        axis = plot.getAxis(side)
    assert isinstance(axis, PlotlyAxis)
    axis.configure(spec, date)
    return axis


def vega_axis(plot: Any, side: str, kind: str, fmt: str | None = None,
              min_step: float | None = None, fixed: tuple[float, ...] = ()) -> VegaAxis:
    """The plot's ``side`` axis as a VegaAxis (swapped in once; the caller styles it)."""
    axis = plot.getAxis(side)
    if not isinstance(axis, VegaAxis):
        plot.setAxisItems({side: VegaAxis(side)})
        axis = plot.getAxis(side)
    assert isinstance(axis, VegaAxis)
    axis.configure(kind, fmt, min_step, fixed)
    return axis


__all__ = ["FlushAxis", "PlotlyAxis", "VegaAxis", "center_lines", "plotly_axis", "snapped", "thin",
           "vega_axis"]
