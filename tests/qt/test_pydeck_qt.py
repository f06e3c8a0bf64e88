"""st.pydeck_chart in the real window: dots and hexagons painted where the deck puts them,
the tooltip under the mouse, clicks that select, the first view from initialViewState."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from rerunqt.core.deck_aggregate import DEFAULT_COLOR_RANGE
from rerunqt.core.map_data import mercator_y

pytestmark = pytest.mark.qt

POINTS = [{"name": "A", "lon": -122.40, "lat": 37.766, "n": 3},
          {"name": "B", "lon": -122.38, "lat": 37.774, "n": 5}]
# three points in one hexagon near (-122.41, 37.768), one alone near (-122.37, 37.772)
CROWD = [{"lon": -122.41, "lat": 37.768}, {"lon": -122.4101, "lat": 37.7681},
         {"lon": -122.4099, "lat": 37.7679}, {"lon": -122.37, "lat": 37.772}]
SCRIPT = f"""
import rerunqt as st
view = {{"latitude": 37.77, "longitude": -122.39, "zoom": 12}}
event = st.pydeck_chart({{"initialViewState": view, "layers": [
    {{"@@type": "ScatterplotLayer", "id": "pts", "data": {POINTS!r}, "getPosition": "[lon, lat]",
      "getFillColor": [0, 0, 255], "getRadius": 10, "radiusMinPixels": 8, "pickable": True}}],
    "tooltip": {{"text": "{{name}}: {{n}}"}}}}, on_select="rerun", key="dots", height=300)
st.text(repr(dict(event.selection.indices)))
st.pydeck_chart({{"initialViewState": view, "layers": [
    {{"@@type": "HexagonLayer", "data": {CROWD!r}, "getPosition": ["lon", "lat"], "radius": 300}}]}},
    height=300)
st.caption("after the maps")
"""


def charts(pilot: Any) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind="pydeck_chart")]


def spot(chart: Any, lon: float, lat: float) -> Any:
    """The plot widget's pixel that shows (lon, lat)."""
    view = chart.plot.getPlotItem().getViewBox()
    return chart.plot.mapFromScene(view.mapViewToScene(QPointF(lon, float(mercator_y(lat)))))


def colour_at(chart: Any, lon: float, lat: float) -> QColor:
    image = chart.plot.grab().toImage()
    at = spot(chart, lon, lat)
    return QColor(image.pixel(at.x(), at.y()))


def near(colour: QColor, rgb: tuple[int, int, int]) -> bool:
    """The same colour but for antialiasing's few units."""
    return all(abs(a - b) <= 8 for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb))


def test_dots_and_hexagons_are_painted_where_the_deck_puts_them(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    dots, hexagons = charts(pilot)
    assert pilot.texts("caption") == ["after the maps"]
    assert near(colour_at(dots, -122.40, 37.766), (0, 0, 255))
    assert not near(colour_at(dots, -122.39, 37.77), (0, 0, 255))  # between the dots: no paint
    crowded = hexagons.drawn.deck.layers[0].objects
    assert sorted(o["count"] for o in crowded) == [1, 3]
    for bin_ in crowded:  # deck.gl's colour range: the fullest hexagon darkest, the other palest
        lon, lat = bin_["position"]
        expected = DEFAULT_COLOR_RANGE[5] if bin_["count"] == 3 else DEFAULT_COLOR_RANGE[0]
        assert near(colour_at(hexagons, lon, lat), expected)


def test_the_first_view_is_the_deck_s_centre_and_zoom(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    view = charts(pilot)[0].plot.getPlotItem().getViewBox()
    (x0, x1), _ = view.viewRange()
    assert x1 - x0 == pytest.approx(360 * view.width() / (512 * 2 ** 12), rel=0.05)
    assert (x0 + x1) / 2 == pytest.approx(-122.39, abs=1e-4)
    assert charts(pilot)[0].note.text() == "No base map offline"


def test_hovering_a_pickable_dot_shows_the_deck_s_tooltip(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = charts(pilot)[0]
    view = chart.plot.getPlotItem().getViewBox()
    chart.hover(view.mapViewToScene(QPointF(-122.38, float(mercator_y(37.774)))))
    assert chart.tooltip.isVisible() and chart.tooltip.text() == "B: 5"
    chart.hover(view.mapViewToScene(QPointF(-122.39, float(mercator_y(37.77)))))
    assert not chart.tooltip.isVisible()


def test_clicking_a_dot_selects_it_and_empty_ground_clears(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = charts(pilot)[0]

    def click(lon: float, lat: float) -> None:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, spot(chart, lon, lat))
        pilot.settle()

    click(-122.38, 37.774)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["{'pts': [1]}"])
    assert pilot.window.session.state["dots"]["selection"]["objects"] == {"pts": [POINTS[1]]}
    assert chart.drawn.rings.getData()[0].tolist() == [-122.38]  # the picked dot is ringed
    click(-122.39, 37.77)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["{}"])
    assert chart.drawn.rings.getData()[0].tolist() == []


def test_a_point_cloud_is_painted_as_dots(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.pydeck_chart({{"initialViewState": {{"longitude": -122.40, "latitude": 37.766, "zoom": 13}},
                  "layers": [{{"@@type": "PointCloudLayer", "data": {POINTS!r},
                              "getPosition": "[lon, lat, 0]", "getColor": [0, 0, 255],
                              "pointSize": 12}}]}})
st.caption("after")
"""))
    (cloud,) = charts(pilot)
    assert pilot.texts("caption") == ["after"]
    assert near(colour_at(cloud, -122.40, 37.766), (0, 0, 255))
