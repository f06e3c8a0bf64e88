"""st.plotly_chart's adapter: the translated figure on a pyqtgraph plot, with its notes.

The figure is redrawn whole when it changes (an equal figure on a rerun is not touched).
A trace type rerunqt does not draw is named in the note above the plot. With
``on_select`` a click picks the nearest point and sends the selection to the script.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter
from rerunqt.qt.adapters.chart_note import NotedChartBox, SelectableChartAdapter
from rerunqt.qt.colours import qcolor

PICK_PX = 12  # a click this close to a point (in pixels) selects it


class PlotlyBox(NotedChartBox):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.send: Callable[[Any], None] | None = None  # set when the chart reports selections
        self.trail: list[tuple[float, float]] | None = None  # a box or lasso being dragged
        self.outline: Any = None
        self.plot.scene().sigMouseClicked.connect(self.clicked)

    def show_element(self, element: Element, rebuild: bool = False) -> None:
        from rerunqt.qt.adapters.plotly_draw import draw_figure

        self.element = element
        figure = element.prop("figure")
        dark = self.dark
        paper = getattr(figure, "paper", None)  # plotly_dark's #111111 with theme=None
        if paper is not None:
            colour = QColor(*paper) if isinstance(paper, tuple) else qcolor(paper, "#ffffff")
            dark = colour.lightness() < 128  # its text light on a dark paper, whatever the app's
        self.plot.setBackground(colour if paper is not None else None)
        self.drawn = draw_figure(self.plot.getPlotItem(), figure, dark,
                                 element.prop("theme") == "streamlit")
        modes = element.prop("selection_mode") or ()
        dragging = not self.drawn.areas and ("box" in modes or "lasso" in modes)  # send: set later
        self.plot.getPlotItem().getViewBox().drag_hook = self.drag if dragging else None
        boxed = not figure.traces and not figure.domain and figure.skipped  # said in the chart
        self.set_note("" if boxed else " · ".join(figure.notes), self.dark)
        self.show_selection()
        self.fit()  # the new figure's labels, at the width the chart has

    def fit(self) -> None:
        """Pies and indicators are laid out again for the plot's new shape; category labels
        under the data that do not fit side by side stand upright, as plotly.js turns them."""
        super().fit()
        domain = getattr(self.drawn, "domain", None)
        if domain is not None:
            domain.lay_out(self.plot.getPlotItem())
        place = getattr(self.drawn, "place", None)
        if place is not None:  # subplots: each plot area at its domain
            place()
        areas = getattr(self.plot.getPlotItem(), "rq_areas", None)
        if domain is not None or (areas is not None and not areas.single):
            return  # pies or subplots: their own labels
        figure = getattr(self.drawn, "figure", None)
        if figure is not None and figure.cartesian and figure.x_axis.kind == "category" \
                and figure.x_axis.labels:
            from rerunqt.qt.adapters.chart_fit import fit_categories

            item = self.plot.getPlotItem()
            fit_categories(item.getAxis("bottom"), tuple(figure.x_axis.labels),
                           item.getViewBox().width())

    def show_selection(self) -> None:
        from rerunqt.qt.adapters.plotly_pick import mark_selected

        if self.drawn is not None and self.element is not None and self.element.prop("selection_mode"):
            mark_selected(self.plot.getPlotItem(), self.drawn, self.element.prop("value"), self.dark)

    def point_at(self, scene_pos: Any) -> Any:
        """The nearest point in the plot area under the mouse (a subplot's, with its axes)."""
        from rerunqt.qt.adapters.plotly_pick import nearest

        if self.drawn is None:
            return None
        areas = self.drawn.areas or [(self.plot.getPlotItem(), None)]
        best = None
        for area, curves in areas:
            box = area.getViewBox()
            if not box.sceneBoundingRect().contains(scene_pos):
                continue
            point = box.mapSceneToView(scene_pos)
            (x0, x1), (y0, y1) = box.viewRange()
            rect = box.sceneBoundingRect()
            found = nearest(self.drawn, point.x(), point.y(), rect.width() / ((x1 - x0) or 1),
                            rect.height() / ((y1 - y0) or 1), curves)
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        return best

    def drag(self, event: Any) -> bool:
        """A left drag draws a box (or, without "box" in ``selection_mode``, a lasso) and
        selects the points inside it (Shift or Ctrl adds), as plotly's select tools; the
        shape is kept in the selection state's ``box`` / ``lasso``."""
        from PySide6.QtGui import QPainterPath, QPen
        from PySide6.QtWidgets import QGraphicsPathItem

        if event.button() != Qt.MouseButton.LeftButton or self.element is None or self.send is None:
            return False
        event.accept()
        box = self.plot.getPlotItem().getViewBox()
        here = box.mapSceneToView(event.scenePos())
        if event.isStart() or self.trail is None:
            start = box.mapSceneToView(event.buttonDownScenePos())
            self.trail = [(start.x(), start.y())]
            self.outline = QGraphicsPathItem()
            pen = QPen(QColor("#808495"), 1, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self.outline.setPen(pen)
            box.addItem(self.outline, ignoreBounds=True)
        self.trail.append((here.x(), here.y()))
        lasso = "box" not in (self.element.prop("selection_mode") or ())
        xs, ys = self._shape(lasso)
        path = QPainterPath()
        path.moveTo(xs[0], ys[0])
        for x, y in zip(xs[1:], ys[1:]):
            path.lineTo(x, y)
        path.closeSubpath()
        self.outline.setPath(path)
        if event.isFinish():
            box.removeItem(self.outline)
            self.trail = None
            self.select_inside(xs, ys, "lasso" if lasso else "box", event.modifiers())
        return True

    def _shape(self, lasso: bool) -> tuple[list[float], list[float]]:
        assert self.trail is not None
        if lasso:
            return [p[0] for p in self.trail], [p[1] for p in self.trail]
        (x0, y0), (x1, y1) = self.trail[0], self.trail[-1]
        return [x0, x1, x1, x0], [y0, y0, y1, y1]

    def select_inside(self, xs: list[float], ys: list[float], kind: str, modifiers: Any) -> None:
        from rerunqt.core.plotly_selection import inside, pairs, shape_ui

        assert self.element is not None and self.send is not None
        plot = self.plot.getPlotItem()
        logs = (plot.getAxis("bottom").logMode, plot.getAxis("left").logMode)  # the view is log10
        with np.errstate(divide="ignore", invalid="ignore"):
            picked = {(curve, int(i)) for _, px, py, _, _, curve in self.drawn.points
                      for i in inside(np.log10(px) if logs[0] else px, np.log10(py) if logs[1] else py,
                                      xs, ys).nonzero()[0]}
        shape = shape_ui(kind, (min(xs), max(xs)) if kind == "box" else xs,
                         (min(ys), max(ys)) if kind == "box" else ys, self.drawn.figure)
        before = tuple(self.element.prop("value") or ())
        adding = bool(modifiers & (Qt.KeyboardModifier.ShiftModifier
                                   | Qt.KeyboardModifier.ControlModifier))
        chosen = set(pairs(before)) | picked if adding else picked
        shapes = [s for s in before if len(s) == 3] if adding else []
        ui = (*sorted(chosen), *shapes, shape)
        if ui != before:
            self.send(ui)

    def clicked(self, event: Any) -> None:
        """A click picks the nearest point (Shift / Ctrl adds or removes it); empty space clears."""
        if self.send is None or self.element is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if "points" not in (self.element.prop("selection_mode") or ()):  # box / lasso only
            return
        found = self.point_at(event.scenePos())
        picked = (found[5], found[6]) if found is not None and found[0] <= PICK_PX else None
        from rerunqt.core.plotly_selection import pairs

        chosen = set(pairs(self.element.prop("value")))
        adding = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                           | Qt.KeyboardModifier.ControlModifier))
        if adding and picked is not None:
            chosen ^= {picked}
        elif not adding:
            chosen = {picked} if picked is not None else set()
        ui = tuple(sorted(chosen))
        if ui != self.element.prop("value"):
            self.send(ui)

    def hover(self, scene_pos: Any) -> None:
        domain = getattr(self.drawn, "domain", None)
        if domain is not None:
            box = self.plot.getPlotItem().getViewBox()
            point = box.mapSceneToView(scene_pos)
            said = domain.describe_at(point.x(), point.y())
            if said is not None:
                self.readout.setText(said)
                return
            piece = domain.slice_at(point.x(), point.y())
            from rerunqt.core.chart_shapes import percent_text

            if piece is not None or not self.drawn.areas:  # beside subplots: theirs, else
                self.readout.setText(f"{piece.label}  ·  {piece.value:g} ({percent_text(piece.share)})"
                                     if piece is not None else " ")
                return
        found = self.point_at(scene_pos)
        self.readout.setText(self.describe_point(found) if found else " ")

    def describe_point(self, found: Any) -> str:
        _, name, where, value, horizontal, curve, index = found
        figure = self.drawn.figure
        texts = self.drawn.texts.get(curve)
        names = next((t.axes for t in figure.traces if t.curve == curve), ("x", "y"))
        axis = figure.axes.get(names[1] if horizontal else names[0], figure.x_axis)
        if axis.kind == "category" and 0 <= round(where) < len(axis.labels):
            where_text = axis.labels[round(where)]
        elif axis.kind == "date":
            where_text = datetime.fromtimestamp(where, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
        else:
            where_text = f"{where:g}"
        head = f"{axis.title} {where_text}".strip()
        series = f"{name}: " if name else ""
        if texts is not None and index < len(texts):  # a box: its five numbers
            return f"{head}  ·  {series}{texts[index]}"
        return f"{head}  ·  {series}{value:g}"


class PlotlyAdapter(SelectableChartAdapter):
    box_class = PlotlyBox


class EChartsAdapter(PlotlyAdapter):
    """st.echarts_chart: its option read into the same figure (core/echarts.py), drawn the
    same way; what ECharts would draw beyond it is named in the note."""

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        super().update(widget, old, new, changed)
        widget.setAccessibleName(new.prop("alt") or "ECharts chart")


PLOTLY_ADAPTERS: list[Adapter] = [PlotlyAdapter("plotly_chart"), EChartsAdapter("echarts_chart")]
