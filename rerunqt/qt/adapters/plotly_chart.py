"""st.plotly_chart's adapter: the translated figure on a pyqtgraph plot, with its notes.

The figure is redrawn whole when it changes (an equal figure on a rerun is not touched).
A trace type rerunqt does not draw is named in the note above the plot. With
``on_select`` a click picks the nearest point and sends the selection to the script.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

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
        boxed = not figure.traces and not figure.domain and figure.skipped  # said in the chart
        self.set_note("" if boxed else " · ".join(figure.notes), self.dark)
        self.show_selection()

    def fit(self) -> None:
        """Pies and indicators are laid out again for the plot's new shape."""
        super().fit()
        domain = getattr(self.drawn, "domain", None)
        if domain is not None:
            domain.lay_out(self.plot.getPlotItem())
        place = getattr(self.drawn, "place", None)
        if place is not None:  # subplots: each plot area at its domain
            place()

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

    def clicked(self, event: Any) -> None:
        """A click picks the nearest point (Shift / Ctrl adds or removes it); empty space clears."""
        if self.send is None or self.element is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if "points" not in (self.element.prop("selection_mode") or ()):  # box / lasso only
            return
        found = self.point_at(event.scenePos())
        picked = (found[5], found[6]) if found is not None and found[0] <= PICK_PX else None
        chosen = set(self.element.prop("value") or ())
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
