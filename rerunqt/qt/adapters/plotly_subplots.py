"""A plotly figure's subplots, each on its own plot area at its domain.

One area: the chart's PlotItem draws it. Several (``make_subplots``, ``facet_col``) or a
secondary y axis: the chart's PlotItem keeps the title and the legend and becomes the
"paper"; each subplot is a PlotItem of its own placed where its axes' ``domain`` puts it,
and a y axis ``overlaying`` another is a PlotItem over that area with only its right axis
shown and its x linked. Matched (shared) axes are linked; paper annotations (subplot and
facet titles) are placed over the areas. Placed again whenever the chart is resized.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF

from rerunqt.core.plotly_figure import PlotFigure
from rerunqt.core.plotly_panels import Panel, axis_name
from rerunqt.qt.adapters.chart_draw import AXIS, TEXT
from rerunqt.qt.adapters.plotly_draw import DrawnFigure, draw_area
from rerunqt.qt.adapters.plotly_marks import draw_marks

_TITLE_ROOM = 24  # pixels above the top areas for their titles (plotly's t margin holds them)
_ANCHORS = {"left": 0.0, "center": 0.5, "right": 1.0, "bottom": 1.0, "middle": 0.5, "top": 0.0}


class Areas:
    """The subplots' PlotItems on the paper, with the domain each is placed at."""

    def __init__(self, plot: Any, figure: PlotFigure) -> None:
        self.plot = plot
        self.figure = figure
        self.placed: list[tuple[Any, tuple[float, float, float, float], bool]] = []  # area, domain, over
        self.texts: list[tuple[Any, float, float]] = []  # text item, paper x, y
        self.single = False  # one plot area: the chart's own, and the paper is its data rectangle

    def add(self, domain: tuple[float, float, float, float], over: bool = False) -> Any:
        area = pg.PlotItem()
        area.setParentItem(self.plot)
        area.setMenuEnabled(False)
        area.hideButtons()
        self.placed.append((area, domain, over))
        return area

    def remove(self) -> None:
        scene = self.plot.scene()
        for area, _, _ in self.placed:
            area.setParentItem(None)
            if scene is not None and area.scene() is scene:
                scene.removeItem(area)
        for text, _, _ in self.texts:
            text.setParentItem(None)
            if scene is not None and text.scene() is scene:
                scene.removeItem(text)
        self.placed, self.texts = [], []

    def paper(self) -> QRectF:
        """The span the domains are fractions of: the chart's data rectangle less room for
        the outer axes (plotly's margins hold them) and the top row's titles."""
        box = self.plot.getViewBox().geometry()
        if self.single:
            return box
        left = max((_size(a, "left") for a, d, _ in self.placed if d[0] <= 0.01), default=0.0)
        right = max((_size(a, "right") for a, d, _ in self.placed if d[1] >= 0.9), default=0.0)
        bottom = max((_size(a, "bottom") for a, d, _ in self.placed if d[2] <= 0.01), default=0.0)
        top = _TITLE_ROOM if any(t.y >= 0.99 for t in self.figure.paper_texts) else 4.0
        return box.adjusted(left, top, -right, -bottom)

    def place(self) -> None:
        paper = self.paper()
        for area, (x0, x1, y0, y1), _ in self.placed:
            left, right = paper.left() + x0 * paper.width(), paper.left() + x1 * paper.width()
            top, bottom = paper.top() + (1 - y1) * paper.height(), paper.top() + (1 - y0) * paper.height()
            wide, low = _size(area, "left"), _size(area, "bottom")
            rect = QRectF(left - wide, top, right - left + wide + _size(area, "right"),
                          bottom - top + low)
            if (area.geometry().topLeft() - rect.topLeft()).manhattanLength() > 0.5 \
                    or abs(area.geometry().width() - rect.width()) > 0.5 \
                    or abs(area.geometry().height() - rect.height()) > 0.5:
                area.setGeometry(rect)
        whole = self.plot.boundingRect().adjusted(2, 2, -2, -2)  # a text past the chart: at its edge
        for text, x, y in self.texts:
            if getattr(text, "angle", 0):  # a turned label: placed as given, not kept inside
                text.setPos(paper.left() + x * paper.width(), paper.top() + (1 - y) * paper.height())
                continue
            size = text.boundingRect()
            ax, ay = text.anchor.x(), text.anchor.y()
            at_x = min(max(paper.left() + x * paper.width(), whole.left() + ax * size.width()),
                       whole.right() - (1 - ax) * size.width())
            at_y = min(max(paper.top() + (1 - y) * paper.height(), whole.top() + ay * size.height()),
                       whole.bottom() - (1 - ay) * size.height())
            text.setPos(at_x, at_y)


def _size(area: Any, side: str) -> float:
    axis = area.getAxis(side)
    if not axis.isVisible():
        return 0.0
    return float(axis.height() if side == "bottom" else axis.width())


def draw_areas(plot: Any, figure: PlotFigure, drawn: DrawnFigure, legend: Any, dark: bool,
               streamlit: bool) -> None:
    """The figure's traces on its plot areas (see the module doc)."""
    panels = figure.panels
    areas = plot.rq_areas = Areas(plot, figure)
    if len(panels) <= 1 and not (panels and panels[0].right):
        draw_area(plot, figure, figure.traces, figure.x_axis, figure.y_axis, drawn, legend, dark,
                  streamlit)
        draw_marks(plot, [m for m in figure.marks if m.axes[1] == "y"], dark)
        areas.single = True
    else:
        _paper(plot)
        _draw_areas(plot, areas, figure, drawn, legend, dark, streamlit)
    _paper_texts(plot, areas, figure, dark)
    drawn.place = areas.place
    areas.place()


def _draw_areas(plot: Any, areas: Areas, figure: PlotFigure, drawn: DrawnFigure, legend: Any,
                dark: bool, streamlit: bool) -> None:
    panels = figure.panels
    by_name: dict[str, Any] = {}
    overlays: list[tuple[Any, Any]] = []
    for panel in panels:
        area = areas.add(panel.domain)
        _draw_panel(area, panel.x, panel.y, figure, drawn, legend, dark, streamlit)
        by_name.setdefault(panel.x, area)
        by_name.setdefault(panel.y, area)
        for right in panel.right:
            over = areas.add(panel.domain, over=True)
            _overlay(over, area, panel, right, figure, drawn, legend, dark, streamlit)
            overlays.append((over, area))
    _link(figure, by_name, overlays)
    for area, _, _ in areas.placed:  # an axis' width follows its labels: place again then
        for side in ("left", "bottom", "right"):
            area.getAxis(side).geometryChanged.connect(areas.place)


def _paper_texts(plot: Any, areas: Areas, figure: PlotFigure, dark: bool) -> None:
    """Annotations placed in paper fractions (subplot and facet titles, a source line)."""
    for note in figure.paper_texts:
        across, down = _ANCHORS.get(note.x_anchor, 0.5), _ANCHORS.get(note.y_anchor, 0.5)
        anchor = (across, down)
        if note.angle % 360 == 90:  # turned clockwise (a facet row's label): the anchors turn too
            anchor = (down, 1 - across)
        elif note.angle % 360 == 270:
            anchor = (1 - down, across)
        text = pg.TextItem(note.text, color=TEXT[dark], anchor=anchor, angle=-note.angle)
        font = text.textItem.font()
        font.setPixelSize(max(8, round(note.size * 0.9)))
        text.setFont(font)
        text.setParentItem(plot)
        areas.texts.append((text, note.x, note.y))


def drop_areas(plot: Any) -> None:
    """Remove the subplots a previous figure placed on ``plot``."""
    old = getattr(plot, "rq_areas", None)
    if old is not None:
        old.remove()
    plot.rq_areas = None


def _paper(plot: Any) -> None:
    """The chart's own plot: no axes, no panning; its data rectangle holds the areas."""
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    plot.setXRange(0, 1, padding=0)
    plot.setYRange(0, 1, padding=0)
    plot.showGrid(x=False, y=False)


def _draw_panel(area: Any, x: str, y: str, figure: PlotFigure, drawn: DrawnFigure, legend: Any,
                dark: bool, streamlit: bool, fill: bool = True) -> None:
    mine = [t for t in figure.traces if t.axes[1] == y]
    draw_area(area, figure, mine, figure.axes[x], figure.axes[y], drawn, legend, dark, streamlit,
              fill)
    draw_marks(area, [m for m in figure.marks if m.axes[1] == y], dark)
    drawn.areas.append((area, frozenset(t.curve for t in mine)))


def _overlay(over: Any, under: Any, panel: Panel, right: str, figure: PlotFigure,
             drawn: DrawnFigure, legend: Any, dark: bool, streamlit: bool) -> None:
    """A secondary y axis: its traces over ``under``'s area, its axis on the right."""
    from rerunqt.qt.adapters.plotly_draw import _axis

    _draw_panel(over, panel.x, right, figure, drawn, legend, dark, streamlit, fill=False)
    over.hideAxis("left")
    over.hideAxis("bottom")
    _axis(over, "right", figure.axes[right])
    axis = over.getAxis("right")
    axis.setPen(pg.mkPen(AXIS[dark]))
    axis.setTextPen(pg.mkPen(TEXT[dark]))
    over.showAxis("right", figure.axes[right].shown)
    over.setXLink(under)


def _link(figure: PlotFigure, by_name: dict[str, Any], overlays: list[tuple[Any, Any]]) -> None:
    """Matched axes (``shared_xaxes``, facets) move together, as plotly's ``matches``, over
    all their areas' data (a linked view alone would show only its target's)."""
    groups: dict[tuple[str, int], list[Any]] = {}  # (letter, id of the target): areas
    for over, under in overlays:
        groups.setdefault(("x", id(under)), [under]).append(over)
    for name, axis in figure.axes.items():
        if not axis.matches or name not in by_name:
            continue
        target = by_name.get(axis_name(axis.matches, name[0]))
        mine = by_name[name]
        if target is None or target is mine:
            continue
        (mine.setXLink if name[0] == "x" else mine.setYLink)(target)
        groups.setdefault((name[0], id(target)), [target]).append(mine)
    for (letter, _), areas in groups.items():
        index = 0 if letter == "x" else 1
        spans = [b[index] for b in (a.getViewBox().childrenBounds() for a in areas)
                 if b[index] is not None]
        given = figure.axes[_name_of(areas[0], by_name, letter)].range
        if spans and given is None:
            low, high = min(s[0] for s in spans), max(s[1] for s in spans)
            (areas[0].setXRange if letter == "x" else areas[0].setYRange)(low, high)


def _name_of(area: Any, by_name: dict[str, Any], letter: str) -> str:
    return next((n for n, a in by_name.items() if a is area and n[0] == letter), letter)


__all__ = ["Areas", "draw_areas", "drop_areas"]
