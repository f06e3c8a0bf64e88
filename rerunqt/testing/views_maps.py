"""AppTest views of st.map, st.pydeck_chart and st.plotly_chart: what the chart draws.

Streamlit's AppTest lists these as generic elements (a deck.gl JSON, a plotly JSON);
here ``at.map[0].latitude`` / ``.longitude`` / ``.zoom`` and ``at.plotly_chart[0].traces``
/ ``.figure`` / ``.notes`` say what the window shows, and ``.value`` is what the script passed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rerunqt.testing.elements import ElementView
from rerunqt.testing.proto import ProtoView

if TYPE_CHECKING:  # numpy loads with the first chart, not with AppTest
    from rerunqt.core.deck_data import DeckData
    from rerunqt.core.map_data import MapData
    from rerunqt.core.plotly_figure import PlotFigure


class MapView(ElementView):
    """One st.map: its points (degrees), colours, radii (metres) and first view."""

    @property
    def map(self) -> MapData:
        data: MapData = self._element.prop("data")
        return data

    @property
    def value(self) -> Any:
        """The data object the script passed (the same object)."""
        return self.map.source

    @property
    def latitude(self) -> list[float]:
        return self.map.latitude.tolist()

    @property
    def longitude(self) -> list[float]:
        return self.map.longitude.tolist()

    @property
    def zoom(self) -> int:
        return self.map.zoom

    @property
    def center(self) -> tuple[float, float]:
        """(latitude, longitude) of the first view's centre."""
        return self.map.center

    @property
    def colors(self) -> list[tuple[int, int, int, int]]:
        """One RGBA tuple per point."""
        colors = self.map.colors
        if isinstance(colors, tuple):
            return [colors] * len(self.map)
        return [(r, g, b, a) for r, g, b, a in colors.tolist()]

    @property
    def sizes(self) -> list[float]:
        """One radius in metres per point."""
        sizes = self.map.sizes
        return [float(sizes)] * len(self.map) if isinstance(sizes, float) else sizes.tolist()


class PlotlyChartView(ElementView):
    """One st.plotly_chart: the figure as a dict, the drawn traces, the notes."""

    @property
    def chart(self) -> PlotFigure:
        figure: PlotFigure = self._element.prop("figure")
        return figure

    @property
    def value(self) -> Any:
        """The figure object the script passed (the same object); with ``on_select``, the
        selection state, as Streamlit's AppTest gives (it reads the widget's state)."""
        if _selectable(self):
            return self.selection
        return self.chart.source

    @property
    def figure(self) -> dict[str, Any]:
        """The figure as ``{"data": [...], "layout": {...}}`` (plotly's ``to_dict()``)."""
        return self.chart.spec

    @property
    def traces(self) -> list[dict[str, Any]]:
        """Each drawn trace: type, name, x and y as drawn (bar tops, stacked areas' tops)."""
        return [{"type": t.type, "name": t.name, "x": t.x.tolist(), "y": t.y.tolist()}
                for t in self.chart.traces]

    @property
    def title(self) -> str:
        return self.chart.title

    @property
    def slices(self) -> list[dict[str, Any]]:
        """Each pie's slices in drawing order: label, value, percent (as shown)."""
        from rerunqt.core.chart_shapes import percent_text

        return [{"label": s.label, "value": s.value, "percent": percent_text(s.share)}
                for pie in self.chart.pies for s in pie.slices]

    @property
    def indicators(self) -> list[dict[str, str]]:
        """Each indicator's number and delta as shown ("" where not shown)."""
        out = []
        for ind in self.chart.indicators:
            delta = ind.delta() if "delta" in ind.shows else None
            out.append({"number": ind.number_text() if "number" in ind.shows else "",
                        "delta": delta[1] if delta is not None else ""})
        return out

    @property
    def notes(self) -> list[str]:
        """What the native drawing leaves out, as shown above the chart."""
        return list(self.chart.notes)

    @property
    def selection(self) -> Any:
        """Streamlit's selection state (``.selection.points``...); empty without ``on_select``."""
        from rerunqt.core.plotly_selection import empty_selection, selection_from_ui

        return _selection(self, empty_selection, selection_from_ui, self.chart)

    def select_points(self, points: Iterable[tuple[int, int]]) -> PlotlyChartView:
        """Select (curve number, point index) pairs, as clicks on the chart would; then run()."""
        from rerunqt.core.plotly_selection import selection_from_ui, selection_to_ui

        key = self._element.key
        if not _selectable(self):
            raise ValueError("this plotly chart has no selections: draw it with on_select='rerun' "
                             "(or a callback) to select points.")
        wanted = {"selection": {"points": [{"curve_number": c, "point_index": i} for c, i in points]}}
        self._app._set_value(key, selection_from_ui(selection_to_ui(wanted, self.chart), self.chart))
        return self

    def run(self, timeout: float | None = None) -> Any:
        return self._app.run(timeout=timeout)

    @property
    def proto(self) -> ProtoView:
        """Streamlit's message for the chart: its figure as JSON text in ``spec``..."""
        return PlotlyProto(self)


class PlotlyProto(ProtoView):
    """st.plotly_chart's message as Streamlit 1.67 fills it: ``spec`` and ``config`` as JSON
    text (``json.loads(proto.spec)["layout"]["title"]``), ``theme`` "streamlit" or "" and
    ``selection_mode`` as its enum numbers (points 0, box 1, lasso 2; none without
    ``on_select``)."""

    @property
    def spec(self) -> str:
        import json

        source = self._view.chart.source
        if hasattr(source, "to_plotly_json") and hasattr(source, "to_json"):  # plotly's encoder
            return str(source.to_json(validate=False))
        return json.dumps(self._view.chart.spec, default=_plain)

    @property
    def id(self) -> str:
        """Streamlit's ``$$ID-...`` ending with the user key, for a keyed chart too."""
        key = self._view._element.key
        if isinstance(key, tuple):  # a chart without on_select kept under its key
            return f"$$ID-plotly_chart-{key[-1]}"
        return str(key) if key is not None else ""

    @property
    def config(self) -> str:
        import json

        return json.dumps(dict(self._view._element.prop("config") or ()), default=_plain)

    @property
    def theme(self) -> str:
        return str(self._view._element.prop("theme") or "")

    @property
    def selection_mode(self) -> list[int]:
        modes = self._view._element.prop("selection_mode") or ()
        return [("points", "box", "lasso").index(m) for m in modes]


def _plain(value: Any) -> Any:
    """numpy arrays and numbers, dates, as JSON writes them (plotly's own encoder does)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class EChartsChartView(PlotlyChartView):
    """One st.echarts_chart: ``value`` is the ECharts option (a dict); ``figure``,
    ``traces``, ``slices`` and ``notes`` are what is drawn, as for st.plotly_chart."""

    @property
    def selection(self) -> Any:
        """Streamlit's empty selection state: clicks do not select ECharts points here."""
        from rerunqt.core.selection import SelectionState

        return SelectionState(selection=SelectionState(selected=[], areas=[]))

    def select_points(self, points: Iterable[tuple[int, int]]) -> PlotlyChartView:
        raise ValueError("an ECharts chart has no selections in rerunqt.")


class PydeckChartView(ElementView):
    """One st.pydeck_chart: the deck's JSON, what each layer draws, the notes, the selection."""

    @property
    def deck(self) -> DeckData:
        data: DeckData = self._element.prop("deck")
        return data

    @property
    def value(self) -> Any:
        """The deck object the script passed (the same object); with ``on_select``, the
        selection state, as Streamlit's AppTest gives (it reads the widget's state)."""
        if _selectable(self):
            return self.selection
        return self.deck.source

    @property
    def spec(self) -> dict[str, Any]:
        """The deck's JSON as a dict (what Streamlit sends to deck.gl)."""
        return self.deck.spec

    @property
    def view_state(self) -> dict[str, float]:
        """The first view: latitude, longitude, zoom."""
        view = self.deck.view
        return {"latitude": view.latitude, "longitude": view.longitude, "zoom": view.zoom}

    @property
    def layers(self) -> list[dict[str, Any]]:
        """Each layer: id, type and how many of each shape it draws (circles, shapes, lines, texts)."""
        out = []
        for layer in self.deck.layers:
            counts = {"circles": 0, "shapes": 0, "lines": 0, "texts": 0}
            for part in layer.parts:
                name = type(part).__name__.lower()
                size = len(getattr(part, "x", getattr(part, "rings", getattr(part, "paths", ()))))
                counts[name] += size
            out.append({"id": layer.id, "type": layer.type, **counts})
        return out

    @property
    def tooltip(self) -> Any:
        return self.deck.tooltip

    @property
    def notes(self) -> list[str]:
        """What the native drawing leaves out, as shown above the chart."""
        return list(self.deck.notes)

    @property
    def selection(self) -> Any:
        """Streamlit's selection state (``.selection.indices`` / ``.objects``)."""
        from rerunqt.core.deck import empty_selection, selection_from_ui

        return _selection(self, empty_selection, selection_from_ui, self.deck)

    def select_objects(self, picks: Iterable[tuple[str, int]]) -> PydeckChartView:
        """Select (layer id, object index) pairs, as clicks on the map would; then run()."""
        from rerunqt.core.deck import selection_from_ui

        key = self._element.key
        if not _selectable(self):
            raise ValueError("this pydeck chart has no selections: draw it with on_select='rerun' "
                             "(or a callback) to select objects.")
        where = {layer.id: i for i, layer in enumerate(self.deck.layers)}
        ui = tuple(sorted({(where[layer_id], index) for layer_id, index in picks}))
        self._app._set_value(key, selection_from_ui(ui, self.deck))
        return self

    def run(self, timeout: float | None = None) -> Any:
        return self._app.run(timeout=timeout)


def _selectable(view: ElementView) -> bool:
    """Drawn with ``on_select`` (a keyed element holding its selection in ``value``)."""
    return isinstance(view._element.key, str) and view._element.prop("value") is not None


def _selection(view: ElementView, empty: Any, from_ui: Any, data: Any) -> Any:
    """A selectable chart's selection state: one set and not run yet, else the last run's
    (the UI form in the element's ``value``), else the empty state (no ``on_select``)."""
    key, ui = view._element.key, view._element.prop("value")
    if not isinstance(key, str) or ui is None:
        return empty()
    pending = view._app._pending_value(key, None)
    return pending if pending is not None else from_ui(ui, data)

VIEWS: dict[str, type[ElementView]] = {"map": MapView, "plotly_chart": PlotlyChartView,
                                       "echarts_chart": EChartsChartView,
                                       "pydeck_chart": PydeckChartView}
