"""San Francisco bike rentals and BART stops as four pydeck layers, each with a checkbox."""

from urllib.error import URLError

import pandas as pd
import pydeck as pdk  # type: ignore[import-untyped, import-not-found, unused-ignore]

import rerunqt as st
from rerunqt.compat.streamlit.hello.utils import show_code

DATA = "https://raw.githubusercontent.com/streamlit/example-data/master/hello/v1/"
RED = [200, 30, 0, 160]


def mapping_demo() -> None:
    @st.cache_data
    def from_data_file(filename: str) -> pd.DataFrame:
        return pd.read_json(DATA + filename)

    try:
        stops = from_data_file("bart_stop_stats.json")
        layers = {
            "Bike rentals": pdk.Layer(
                "HexagonLayer", data=from_data_file("bike_rental_stats.json"),
                get_position=["lon", "lat"], radius=200, elevation_scale=4,
                elevation_range=[0, 1000], extruded=True),
            "Bart stop exits": pdk.Layer(
                "ScatterplotLayer", data=stops, get_position=["lon", "lat"],
                get_color=RED, get_radius="[exits]", radius_scale=0.05),
            "Bart stop names": pdk.Layer(
                "TextLayer", data=stops, get_position=["lon", "lat"], get_text="name",
                get_color=[0, 0, 0, 200], get_size=10, get_alignment_baseline="'bottom'"),
            "Outbound flow": pdk.Layer(
                "ArcLayer", data=from_data_file("bart_path_stats.json"),
                get_source_position=["lon", "lat"], get_target_position=["lon2", "lat2"],
                get_source_color=RED, get_target_color=RED, auto_highlight=True,
                width_scale=0.0001, get_width="outbound", width_min_pixels=3,
                width_max_pixels=30),
        }
        st.sidebar.subheader("Map layers")
        chosen = [layer for name, layer in layers.items() if st.sidebar.checkbox(name, True)]
        if not chosen:
            st.error("Please choose at least one layer above.")
            return
        view = {"latitude": 37.76, "longitude": -122.4, "zoom": 11, "pitch": 50}
        st.pydeck_chart(pdk.Deck(map_style=None, initial_view_state=view, layers=chosen))
    except URLError as e:
        st.error(f"\n**This demo requires internet access.**\nConnection error: {e.reason}\n")


st.set_page_config(page_title="Mapping demo", page_icon=":material/public:")
st.title("Mapping demo")
st.write("This demo shows how to use `st.pydeck_chart` to display geospatial data.")
mapping_demo()
show_code(mapping_demo)
