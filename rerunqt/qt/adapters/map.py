"""st.map's adapter: the points on a Web Mercator plot, pan and zoom, honest about tiles.

There is no tile server offline, so the chart says "No base map offline" instead of
drawing points on an empty square as if it were a map. The first view follows
``zoom`` until the user pans or zooms; point sizes are metres, so they grow as one zooms in.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter
from rerunqt.qt.adapters.chart_note import NotedChartAdapter, NotedChartBox

NO_BASE_MAP = "No base map offline"
NO_BASE_MAP_WHY = ("rerunqt draws the points natively on longitude / latitude axes (Web Mercator); "
                   "Streamlit's map tiles come from a web service, so there is no base map here.")


class MapBox(NotedChartBox):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.moved_by_user = False
        box = self.plot.getPlotItem().getViewBox()
        box.sigRangeChangedManually.connect(self._user_moved)
        box.sigRangeChanged.connect(self._resize_points)
        box.sigResized.connect(self.fit)  # the view's own size is known only once laid out

    def _user_moved(self, *args: Any) -> None:
        self.moved_by_user = True

    def _resize_points(self, *args: Any) -> None:
        from rerunqt.qt.adapters.map_draw import resize_points

        if self.drawn is not None:
            resize_points(self.plot.getPlotItem(), self.drawn)

    def show_element(self, element: Element, rebuild: bool = False) -> None:
        from rerunqt.qt.adapters.map_draw import draw_map

        old = self.element.prop("data") if self.element is not None else None
        self.element = element
        data = element.prop("data")
        self.drawn = draw_map(self.plot.getPlotItem(), data, self.dark)
        self.set_note(NO_BASE_MAP, self.dark)
        self.note.setToolTip(NO_BASE_MAP_WHY)
        if old is None or (old.zoom, old.center) != (data.zoom, data.center):
            self.moved_by_user = False  # a new first view from the script
        self.fit()

    def fit(self, *args: Any) -> None:
        """Show the script's first view (centre, zoom) unless the user has moved the map."""
        from rerunqt.qt.adapters.map_draw import resize_points, show_view

        if self.moved_by_user or self.element is None:
            return
        box = self.plot.getPlotItem().getViewBox()
        width = box.width() if box.width() > 10 else max(self.width() - 60, 300)
        height = box.height() if box.height() > 10 else self.element.prop("height") - 40
        show_view(self.plot.getPlotItem(), self.element.prop("data"), width, height)
        resize_points(self.plot.getPlotItem(), self.drawn)

    def hover(self, scene_pos: Any) -> None:
        from rerunqt.qt.adapters.map_draw import nearest_point

        if self.drawn is None:
            return
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            self.readout.setText(" ")
            return
        point = box.mapSceneToView(scene_pos)
        (x0, x1), _ = box.viewRange()
        found = nearest_point(self.drawn, point.x(), point.y(), box.width() / ((x1 - x0) or 1))
        self.readout.setText(f"lat {found[0]:.5f}, lon {found[1]:.5f}" if found else " ")


class MapAdapter(NotedChartAdapter):
    box_class = MapBox


MAP_ADAPTERS: list[Adapter] = [MapAdapter("map")]
