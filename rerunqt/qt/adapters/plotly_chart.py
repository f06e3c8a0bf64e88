"""st.plotly_chart's adapter: the translated figure on a pyqtgraph plot, with its notes.

The figure is redrawn whole when it changes (an equal figure on a rerun is not touched).
A trace type rerunqt does not draw is named in the note above the plot.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter
from rerunqt.qt.adapters.chart_note import NotedChartAdapter, NotedChartBox


class PlotlyBox(NotedChartBox):
    def show_element(self, element: Element, rebuild: bool = False) -> None:
        from rerunqt.qt.adapters.plotly_draw import draw_figure

        self.element = element
        figure = element.prop("figure")
        self.drawn = draw_figure(self.plot.getPlotItem(), figure, self.dark,
                                 element.prop("theme") == "streamlit")
        self.set_note(" · ".join(figure.notes), self.dark)

    def hover(self, scene_pos: Any) -> None:
        from rerunqt.qt.adapters.plotly_draw import nearest

        if self.drawn is None:
            return
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            self.readout.setText(" ")
            return
        point = box.mapSceneToView(scene_pos)
        (x0, x1), (y0, y1) = box.viewRange()
        rect = box.sceneBoundingRect()
        found = nearest(self.drawn, point.x(), point.y(), rect.width() / ((x1 - x0) or 1),
                        rect.height() / ((y1 - y0) or 1))
        self.readout.setText(self.describe_point(found) if found else " ")

    def describe_point(self, found: tuple[str, float, float, bool]) -> str:
        name, where, value, horizontal = found
        figure = self.drawn.figure
        axis = figure.y_axis if horizontal else figure.x_axis
        if axis.kind == "category" and 0 <= round(where) < len(axis.labels):
            where_text = axis.labels[round(where)]
        elif axis.kind == "date":
            where_text = datetime.fromtimestamp(where, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
        else:
            where_text = f"{where:g}"
        head = f"{axis.title} {where_text}".strip()
        series = f"{name}: " if name else ""
        return f"{head}  ·  {series}{value:g}"


class PlotlyAdapter(NotedChartAdapter):
    box_class = PlotlyBox


PLOTLY_ADAPTERS: list[Adapter] = [PlotlyAdapter("plotly_chart")]
