"""st.pydeck_chart as Streamlit documents it, drawn in 2D: layers, accessors, notes, selections."""

from __future__ import annotations

import json

import numpy as np
import pytest

from rerunqt.core.deck import tooltip_text
from rerunqt.core.deck_aggregate import DEFAULT_COLOR_RANGE, hexbin, quantize
from rerunqt.testing import AppTest

HEAD = "import numpy as np\nimport rerunqt as st\n"
UBER = """
import numpy as np
import pandas as pd
import pydeck as pdk
import rerunqt as st

df = pd.DataFrame(np.random.default_rng(0).standard_normal((1000, 2)) / [50, 50] + [37.76, -122.4],
                  columns=["lat", "lon"])
st.pydeck_chart(
    pdk.Deck(
        map_style=None,
        initial_view_state=pdk.ViewState(latitude=37.76, longitude=-122.4, zoom=11, pitch=50),
        layers=[
            pdk.Layer("HexagonLayer", data=df, get_position="[lon, lat]", radius=200,
                      elevation_scale=4, elevation_range=[0, 1000], pickable=True, extruded=True),
            pdk.Layer("ScatterplotLayer", data=df, get_position="[lon, lat]",
                      get_color="[200, 30, 0, 160]", get_radius=200),
        ],
    ),
    alt="Hexagon and scatter map of sample points near San Francisco",
)
st.text("after the chart")
"""
POINTS = [{"name": "A", "lon": -122.40, "lat": 37.76, "n": 3},
          {"name": "B", "lon": -122.38, "lat": 37.78, "n": 5}]


def run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


def deck_of(layers: list[dict], **extra: object) -> str:
    view = {"latitude": 37.77, "longitude": -122.39, "zoom": 12}
    return json.dumps({"initialViewState": view, "layers": layers, **extra})


def test_the_streamlit_example_draws_hexagons_and_dots_and_the_page_goes_on() -> None:
    pytest.importorskip("pydeck")
    at = run(UBER)
    chart = at.pydeck_chart[0]
    hexagons, dots = chart.layers
    assert (hexagons["type"], dots["type"], dots["circles"]) == ("HexagonLayer", "ScatterplotLayer", 1000)
    assert hexagons["shapes"] > 50
    assert chart.view_state == {"latitude": 37.76, "longitude": -122.4, "zoom": 11.0}
    assert (chart.width, chart.height, chart.alt) == ("stretch", 500, "Hexagon and scatter map of "
                                                     "sample points near San Francisco")
    assert chart.notes == []
    assert at.text[0].value == "after the chart"  # the script was not stopped
    objects = chart.deck.layers[0].objects
    assert sum(o["count"] for o in objects) == 1000  # every point in one hexagon
    circles = chart.deck.layers[1].parts[0]
    assert circles.fill[0].tolist() == [200, 30, 0, 160] and circles.radius[0] == 200
    first = chart._element
    at.run()  # pydeck gives each layer a new random id: still the same deck, not redrawn
    assert at.pydeck_chart[0]._element == first


def test_a_deck_as_a_dict_or_json_text_needs_no_pydeck() -> None:
    layers = [{"@@type": "ScatterplotLayer", "data": POINTS, "getPosition": ["lon", "lat"],
               "getRadius": "n", "radiusScale": 10, "getFillColor": [0, 0, 255]}]
    text = deck_of(layers)
    for call in (f"st.pydeck_chart({text!r})", f"st.pydeck_chart(json.loads({text!r}))"):
        chart = run(HEAD + "import json\n" + call).pydeck_chart[0]
        circles = chart.deck.layers[0].parts[0]
        assert circles.x.tolist() == [-122.40, -122.38]
        assert circles.radius.tolist() == [30.0, 50.0]  # the column times radiusScale
        assert circles.fill[0].tolist() == [0, 0, 255, 255]


def test_accessors_columns_lists_constants_and_simple_expressions() -> None:
    layers = [
        {"@@type": "ScatterplotLayer", "id": "a", "data": POINTS, "getPosition": "@@=[lon, lat]",
         "getRadius": "@@=n * 100 + 1", "getColor": "@@=[n * 50, 0, 0]", "opacity": 0.5},
        {"@@type": "TextLayer", "id": "t", "data": POINTS, "get_position": "[lon, lat]", "get_text": "name",
         "get_size": 20, "get_alignment_baseline": "bottom"},
        {"type": "LineLayer", "id": "l", "data": [{"s": [-122.4, 37.7], "t": [-122.3, 37.8]}],
         "getSourcePosition": "s", "getTargetPosition": "t", "getColor": [1, 2, 3]},
    ]
    chart = run(HEAD + f"st.pydeck_chart({deck_of(layers)!r})").pydeck_chart[0]
    dots = chart.deck.layers[0].parts[0]
    assert dots.radius.tolist() == [301.0, 501.0]
    assert dots.fill.tolist() == [[150, 0, 0, 127], [250, 0, 0, 127]]  # opacity halves the alpha
    labels = chart.deck.layers[1].parts[0]
    assert (labels.text, labels.size.tolist(), labels.baseline) == (["A", "B"], [20.0, 20.0], "bottom")
    assert chart.layers[2]["lines"] == 1 and chart.notes == []


def test_what_cannot_be_drawn_is_a_note_and_the_rest_is_drawn() -> None:
    layers = [
        {"@@type": "H3HexagonLayer", "data": [{"hex": "8928308280fffff"}]},
        {"@@type": "ScatterplotLayer", "data": POINTS, "getPosition": "@@=[lon, lat]",
         "getRadius": "@@=n > 3 ? 10 : 20"},
        {"@@type": "ScatterplotLayer", "data": "https://example.com/points.json"},
        {"@@type": "ScatterplotLayer", "data": POINTS, "getPosition": "[lon, lat]"},
    ]
    at = run(HEAD + f"st.pydeck_chart({deck_of(layers)!r})\nst.text('after')")
    chart = at.pydeck_chart[0]
    assert chart.notes == [
        "H3HexagonLayer not drawn",
        "ScatterplotLayer not drawn: the expression 'n > 3 ? 10 : 20' is too complex",
        "ScatterplotLayer not drawn: its data is a URL (not loaded offline)",
    ]
    assert chart.layers[3]["circles"] == 2
    assert at.text[0].value == "after"


def test_every_layer_type_of_the_brief_is_drawn() -> None:
    square = [[-122.41, 37.76], [-122.39, 37.76], [-122.39, 37.78], [-122.41, 37.78]]
    geo = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"v": 1}, "geometry": {"type": "Polygon", "coordinates": [square]}},
        {"type": "Feature", "properties": {"v": 2},
         "geometry": {"type": "Point", "coordinates": [-122.4, 37.7]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": square}}]}
    layers = [{"@@type": kind, "data": POINTS, "getPosition": "[lon, lat]"} for kind in (
        "HexagonLayer", "GridLayer", "ScreenGridLayer", "HeatmapLayer", "ColumnLayer", "IconLayer")]
    layers += [
        {"@@type": "ArcLayer", "data": POINTS, "getSourcePosition": "[lon, lat]",
         "getTargetPosition": "[lon + 0.1, lat]"},
        {"@@type": "PathLayer", "data": [{"path": square}]},
        {"@@type": "PolygonLayer", "data": [{"polygon": square}]},
        {"@@type": "GeoJsonLayer", "data": geo, "getFillColor": "[properties.v * 100, 0, 0]"},
    ]
    chart = run(HEAD + f"st.pydeck_chart({deck_of(layers)!r})").pydeck_chart[0]
    assert chart.notes == []
    drawn = [(layer["type"], layer["shapes"], layer["circles"], layer["lines"]) for layer in chart.layers]
    assert drawn == [("HexagonLayer", 2, 0, 0), ("GridLayer", 2, 0, 0), ("ScreenGridLayer", 2, 0, 0),
                     ("HeatmapLayer", 2, 0, 0), ("ColumnLayer", 2, 0, 0), ("IconLayer", 0, 2, 0),
                     ("ArcLayer", 0, 0, 2), ("PathLayer", 0, 0, 1), ("PolygonLayer", 1, 0, 0),
                     ("GeoJsonLayer", 1, 1, 1)]
    geo_shapes = chart.deck.layers[-1].parts[0]
    assert geo_shapes.fill[0].tolist() == [100, 0, 0, 255]  # properties.v of the polygon's feature


def test_a_point_cloud_is_dots_of_its_point_size_seen_from_above() -> None:
    """PointCloudLayer was "not drawn": a dot per point, pointSize pixels across, in getColor."""
    layers = [{"@@type": "PointCloudLayer", "data": POINTS, "getPosition": "[lon, lat, 10]",
               "getColor": [0, 128, 0], "pointSize": 4}]
    chart = run(HEAD + f"st.pydeck_chart({deck_of(layers)!r})").pydeck_chart[0]
    assert chart.notes == []
    dots = chart.deck.layers[0].parts[0]
    assert dots.radius.tolist() == [2.0, 2.0] and dots.fill[0].tolist()[:3] == [0, 128, 0]


def test_no_deck_is_streamlit_s_empty_map_and_a_deck_without_a_view_is_fitted() -> None:
    chart = run(HEAD + "st.pydeck_chart()").pydeck_chart[0]
    assert chart.view_state == {"latitude": 0.0, "longitude": 0.0, "zoom": 1.0} and chart.layers == []
    at = run(HEAD + "st.columns(2)[1].pydeck_chart(None, height=200)")  # in a container too
    assert at.columns[1].pydeck_chart[0].height == 200
    layers = [{"@@type": "ScatterplotLayer", "data": POINTS, "getPosition": "[lon, lat]"}]
    chart = run(HEAD + f"st.pydeck_chart({{'layers': {layers!r}}})").pydeck_chart[0]
    assert chart.deck.fit
    assert chart.view_state["latitude"] == pytest.approx(37.77, abs=0.01)


def test_wrong_arguments_say_what_is_allowed() -> None:
    for call, words in (("st.pydeck_chart(42)", "takes a pydeck.Deck"),
                        ("st.pydeck_chart('{x')", "not a deck's JSON"),
                        ("st.pydeck_chart(None, on_select='rerun', selection_mode='rows')",
                         "'single-object'"),
                        ("st.pydeck_chart(None, on_select='rerun', selection_mode=['multi-object'])",
                         "single value"),
                        ("st.pydeck_chart(None, on_select='now')", "Invalid `on_select` value"),
                        ("st.pydeck_chart(None, height='content')", "height='content'")):
        at = AppTest.from_string(HEAD + call).run()
        assert at.exception and words in at.exception[0].message, (call, at.exception)


SELECT = HEAD + f"""
deck = {{"initialViewState": {{"latitude": 37.77, "longitude": -122.39, "zoom": 12}},
        "layers": [{{"@@type": "ScatterplotLayer", "id": "pts", "data": {POINTS!r},
                    "getPosition": "[lon, lat]", "pickable": True}}]}}
event = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="map")
st.text(repr(dict(event.selection.indices)))
"""


def test_selections_return_streamlit_s_state_shape() -> None:
    at = run(SELECT)
    assert at.text[0].value == "{}"
    assert at.pydeck_chart[0].selection == {"selection": {"indices": {}, "objects": {}}}
    # Streamlit's AppTest gives a selectable chart's state as its value (not the deck)
    assert at.pydeck_chart[0].value == {"selection": {"indices": {}, "objects": {}}}
    at.pydeck_chart[0].select_objects([("pts", 1)]).run()
    assert at.pydeck_chart[0].value.selection.indices == {"pts": [1]}
    assert at.text[0].value == "{'pts': [1]}"
    state = at.session_state["map"]
    assert state.selection.objects == {"pts": [POINTS[1]]}
    assert state["selection"]["indices"] == {"pts": [1]}


def test_a_tooltip_fills_in_the_object_s_fields() -> None:
    assert tooltip_text({"text": "{name}: {n}"}, POINTS[0]) == ("A: 3", False)
    assert tooltip_text({"html": "<b>{v}</b> {missing}"}, {"properties": {"v": 2.0}}) == (
        "<b>2</b> {missing}", True)
    assert tooltip_text(None, POINTS[0]) is None


def test_hexagons_bin_as_d3_hexbin_and_colour_as_deck_gl() -> None:
    x = np.array([0.0, 0.1, 0.05, 3.0])
    y = np.array([0.0, 0.1, -0.05, 0.0])
    ids, centres = hexbin(x, y, 1.0)
    assert ids[0] == ids[1] == ids[2] != ids[3]
    width = 2 * np.sin(np.pi / 3)  # d3-hexbin: hexagons of radius 1 are this wide
    assert centres[ids[3]].tolist() == pytest.approx([2 * width, 0.0], abs=1e-9)
    colors = quantize(np.array([1.0, 2.0, 6.0]), DEFAULT_COLOR_RANGE)  # six equal steps of 5/6
    assert colors[:, :3].tolist() == [list(DEFAULT_COLOR_RANGE[0]), list(DEFAULT_COLOR_RANGE[1]),
                                      list(DEFAULT_COLOR_RANGE[5])]
