"""st.map as Streamlit documents it: columns found by name, colour and size, zoom, errors."""

from __future__ import annotations

import pytest

from rerunqt.core.map_data import latitude_of, mercator_y, parse_color, zoom_for_span
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest

HEAD = "import numpy as np\nimport pandas as pd\nimport rerunqt as st\n"


def drawn(source: str):
    at = AppTest.from_string(HEAD + source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at.map[0]


def error(source: str) -> str:
    at = AppTest.from_string(HEAD + source).run()
    assert at.exception, "expected an error"
    return at.exception[0].message


@pytest.mark.parametrize("lat, lon", [("lat", "lon"), ("latitude", "longitude"), ("LAT", "LON"),
                                      ("LATITUDE", "LONGITUDE"), ("Lat", "Longitude")])
def test_the_coordinate_columns_are_found_by_their_usual_names(lat: str, lon: str) -> None:
    view = drawn(f"st.map(pd.DataFrame({{'{lat}': [37.7, 37.8], '{lon}': [-122.4, -122.5], 'n': [1, 2]}}))")
    assert view.latitude == [37.7, 37.8]
    assert view.longitude == [-122.4, -122.5]


def test_named_columns_dicts_and_arrays_work_as_data() -> None:
    view = drawn("st.map({'a': [1.0, 2.0], 'b': [3.0, 4.0]}, latitude='a', longitude='b')")
    assert (view.latitude, view.longitude) == ([1.0, 2.0], [3.0, 4.0])
    view = drawn("st.map([{'lat': 1, 'lon': 2}, {'lat': 3, 'lon': 4}])")
    assert (view.latitude, view.longitude) == ([1.0, 3.0], [2.0, 4.0])


def test_a_missing_coordinate_column_names_the_columns_there_are() -> None:
    message = error("st.map(pd.DataFrame({'x': [1], 'lon': [2]}))")
    assert "no latitude column" in message and "'lat'" in message and "['x', 'lon']" in message
    message = error("st.map({'lat': [1], 'lon': [2]}, longitude='lng')")
    assert "longitude='lng' is not a column" in message and "['lat', 'lon']" in message


def test_missing_coordinates_are_an_error_naming_the_column_and_the_rows() -> None:
    message = error("st.map({'lat': [1.0, None, 3.0], 'lon': [1, 2, 3]})")
    assert "'lat'" in message and "[1]" in message and "dropna" in message


def test_colour_as_hex_tuple_or_column_and_the_default() -> None:
    assert drawn("st.map({'lat': [1], 'lon': [2]})").colors == [(200, 30, 0, 160)]
    assert drawn("st.map({'lat': [1], 'lon': [2]}, color='#0044ff')").colors == [(0, 68, 255, 255)]
    assert drawn("st.map({'lat': [1], 'lon': [2]}, color='#0044ff80')").colors == [(0, 68, 255, 128)]
    assert drawn("st.map({'lat': [1], 'lon': [2]}, color=(1.0, 0.5, 0.0))").colors == [(255, 127, 0, 255)]
    assert drawn("st.map({'lat': [1], 'lon': [2]}, color=[10, 20, 30, 40])").colors == [(10, 20, 30, 40)]
    view = drawn("st.map({'lat': [1, 2], 'lon': [2, 3], 'c': ['#ff0000', (0, 0, 255, 100)]}, color='c')")
    assert view.colors == [(255, 0, 0, 255), (0, 0, 255, 100)]


def test_a_wrong_colour_says_what_a_colour_may_be() -> None:
    message = error("st.map({'lat': [1], 'lon': [2]}, color='blue')")
    assert "color='blue'" in message and "hex" in message
    message = error("st.map({'lat': [1], 'lon': [2], 'c': ['x']}, color='c')")
    assert "'x'" in message


def test_size_is_a_radius_in_metres_from_a_number_or_a_column() -> None:
    assert drawn("st.map({'lat': [1, 2], 'lon': [2, 3]})").sizes == [100.0, 100.0]
    assert drawn("st.map({'lat': [1], 'lon': [2]}, size=20)").sizes == [20.0]
    assert drawn("st.map({'lat': [1, 2], 'lon': [2, 3], 's': [5, 50]}, size='s')").sizes == [5.0, 50.0]
    assert "size='t'" in error("st.map({'lat': [1], 'lon': [2]}, size='t')")
    assert "size=-1" in error("st.map({'lat': [1], 'lon': [2]}, size=-1)")


def test_zoom_is_fitted_to_the_points_as_streamlit_or_given() -> None:
    view = drawn("st.map({'lat': [37.0, 38.0], 'lon': [-122.0, -122.5]})")
    assert view.zoom == 8  # a degree of spread: OpenStreetMap's level 8
    assert view.center == (37.5, -122.25)
    assert drawn("st.map({'lat': [1], 'lon': [2]})").zoom == 12  # one point: Streamlit's default
    assert drawn("st.map({'lat': [1, 2], 'lon': [2, 3]}, zoom=3)").zoom == 3
    assert "zoom=99" in error("st.map({'lat': [1], 'lon': [2]}, zoom=99)")


def test_no_data_draws_an_empty_world_map() -> None:
    view = drawn("st.map()")
    assert (view.latitude, view.zoom) == ([], 0)
    assert drawn("st.map(pd.DataFrame({'lat': [], 'lon': []}))").latitude == []


def test_width_height_alt_and_use_container_width() -> None:
    view = drawn("st.map({'lat': [1], 'lon': [2]})")
    assert (view.width, view.height, view.alt) == ("stretch", 500, "")  # left out: "", as a proto
    view = drawn("st.map({'lat': [1], 'lon': [2]}, width=300, height=200, alt='Shops')")
    assert (view.width, view.height, view.alt) == (300, 200, "Shops")
    assert drawn("st.map({'lat': [1], 'lon': [2]}, width=300, use_container_width=True)").width == "stretch"
    assert "height='content'" in error("st.map({'lat': [1], 'lon': [2]}, height='content')")


def test_a_map_in_a_column_and_the_same_data_gives_an_equal_element() -> None:
    at = AppTest.from_string(HEAD + "df = pd.DataFrame({'lat': [1.0], 'lon': [2.0]})\n"
                             "st.columns(2)[1].map(df)\n").run()
    assert at.columns[1].map[0].latitude == [1.0]
    first = at.map[0]._element
    at.run()
    assert at.map[0]._element == first
    assert at.map[0].value is not None


def test_mercator_helpers_round_trip_and_the_zoom_table() -> None:
    for lat in (-80.0, -12.5, 0.0, 37.76, 60.0):
        assert latitude_of(mercator_y(lat)) == pytest.approx(lat)
    assert mercator_y(0.0) == pytest.approx(0.0)
    assert zoom_for_span(360) == 0 and zoom_for_span(0.5) == 9 and zoom_for_span(0) == 12
    # out of range is clamped, as Streamlit's color_util does (its st.map example 2 gives
    # random normal floats as colours)
    assert parse_color((300, 0, -5)) == (255, 0, 0, 255)
    assert parse_color([-0.3, 0.5, 2.0, 1.0]) == (0, 127, 255, 255)
    with pytest.raises(RerunQtAPIError):
        parse_color((1, 2))
