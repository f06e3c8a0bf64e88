"""Examples from Streamlit's "Develop > Concepts" pages, driven as the pages describe,
where rerunqt's AppTest had to match Streamlit's (checked against Streamlit 1.67)."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def test_widget_behavior_placeholder_key_copies_a_float() -> None:
    """Widget behavior, "Save widget values in Session State": the callback copies the
    temporary key's value, which is a float as a float field sends it."""
    at = AppTest.from_string("""
        import rerunqt as st

        def store_value():
            st.session_state["my_key"] = st.session_state["_my_key"]

        if "my_key" not in st.session_state:
            st.session_state["my_key"] = 0
        st.session_state["_my_key"] = st.session_state["my_key"]
        st.number_input("Number of filters", key="_my_key", on_change=store_value)
    """).run()
    at.number_input[0].set_value(4).run()
    assert at.session_state["my_key"] == 4.0 and type(at.session_state["my_key"]) is float
    assert type(at.number_input[0].value) is float


def test_an_int_field_takes_a_whole_float_as_an_int() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.seen = type(st.number_input("N", 0, 10, key="n")).__name__
    """).run()
    at.number_input[0].set_value(4.0).run()
    assert at.number_input[0].value == 4 and at.session_state["seen"] == "int"


@pytest.mark.filterwarnings("ignore:The inplace keyword")
def test_caching_copy_example_frame_dropped_in_place_after_drawing() -> None:
    """Caching, "Copying behavior": the script draws a frame, then drops a column in place.
    The table shows the frame as it was drawn (Streamlit sends it at the call)."""
    at = AppTest.from_string("""
        import pandas as pd
        import rerunqt as st

        @st.cache_data
        def load_data(url):
            return pd.DataFrame({"Lat": [1.0, 2.0], "Lon": [3.0, 4.0]})

        df = load_data("uber-rides-data1.csv")
        st.dataframe(df)
        df.drop(columns=["Lat"], inplace=True)
        st.button("Rerun")
    """).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.dataframe[0].value.to_dict() == {"Lat": {0: 1.0, 1: 2.0}, "Lon": {0: 3.0, 1: 4.0}}


def test_blocks_iterate_as_streamlit_blocks() -> None:
    """App testing, "Retrieve containers": a block is a sequence of its children; iterating
    it gives the block, then everything inside, depth first (as Streamlit's AppTest)."""
    at = AppTest.from_string("""
        import rerunqt as st
        st.write("a")
        with st.container():
            st.write("b")
            c1, c2 = st.columns(2)
            c1.write("c")
        st.sidebar.write("s")
    """).run()
    assert len(at.main) == 2 and at.main[0].value == "a"
    inner = at.main[1]
    assert len(inner) == 2 and inner[0].value == "b"
    assert [getattr(n, "value", None) for n in at.main if n.type == "markdown"] == ["a", "b", "c"]
    nodes = list(at.columns[0])
    assert [n.type for n in nodes] == ["column", "markdown"] and nodes[1].value == "c"
    assert len(at.columns[1]) == 0 and list(at.columns[1])[1:] == []
    assert at.sidebar.type == "sidebar" and [n.value for n in list(at.sidebar)[1:]] == ["s"]
