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


def test_dataframes_empty_config_example_lists_the_editor_as_a_dataframe() -> None:
    """Dataframes, "Configure an empty dataframe": Streamlit's ``at.dataframe`` lists the
    editor first and the written result second; the same indices reach the same tables."""
    at = AppTest.from_string("""
        import pandas as pd
        import rerunqt as st

        df = pd.DataFrame(columns=["name", "age", "color"])
        colors = ["red", "orange", "yellow", "green", "blue", "indigo", "violet"]
        config = {
            "name": st.column_config.TextColumn("Full Name (required)", width="large", required=True),
            "age": st.column_config.NumberColumn("Age (years)", min_value=0, max_value=122),
            "color": st.column_config.SelectboxColumn("Favorite Color", options=colors),
        }
        result = st.data_editor(df, column_config=config, num_rows="dynamic")
        if st.button("Get results"):
            st.write(result)
    """).run()
    assert len(at.dataframe) == 1 and list(at.dataframe[0].value.columns) == ["name", "age", "color"]
    at.data_editor[0].add_row({"name": "Ada", "age": 36, "color": "blue"})
    at.button[0].click().run()
    assert len(at.dataframe) == 2
    assert len(at.dataframe[0].value) == 0  # the editor's data as drawn, without the edit
    assert at.dataframe[1].value.to_dict("records") == [{"name": "Ada", "age": 36, "color": "blue"}]


def test_data_editor_value_in_at_dataframe_is_the_data() -> None:
    """Dataframes, "Edit data with st.data_editor": ``at.dataframe[0].value`` equals the
    frame given, as in Streamlit's AppTest; ``at.data_editor`` still edits it."""
    import pandas as pd

    at = AppTest.from_string("""
        import pandas as pd
        import rerunqt as st

        df = pd.DataFrame([
            {"command": "st.selectbox", "rating": 4, "is_widget": True},
            {"command": "st.balloons", "rating": 5, "is_widget": False},
            {"command": "st.time_input", "rating": 3, "is_widget": True},
        ])
        edited_df = st.data_editor(df)
        favorite_command = edited_df.loc[edited_df["rating"].idxmax()]["command"]
        st.markdown(f"Your favorite command is **{favorite_command}** 🎈")
    """).run()
    expected = pd.DataFrame([
        {"command": "st.selectbox", "rating": 4, "is_widget": True},
        {"command": "st.balloons", "rating": 5, "is_widget": False},
        {"command": "st.time_input", "rating": 3, "is_widget": True},
    ])
    assert at.dataframe[0].value.equals(expected)
    at.data_editor[0].edit_cell(2, "rating", 10).run()
    assert at.markdown[0].value == "Your favorite command is **st.time_input** 🎈"


def test_empty_dataframe_collects_the_configured_types() -> None:
    """Dataframes, "Configure an empty dataframe": column configuration gives the empty
    columns their types, so an added age is the number 36, not the text "36"."""
    at = AppTest.from_string("""
        import pandas as pd
        import rerunqt as st

        df = pd.DataFrame(columns=["name", "age", "height", "ok", "day"])
        config = {
            "name": st.column_config.TextColumn("Full Name (required)", required=True),
            "age": st.column_config.NumberColumn("Age (years)", min_value=0, max_value=122),
            "height": st.column_config.NumberColumn("Height"),
            "ok": st.column_config.CheckboxColumn("OK"),
            "day": st.column_config.DateColumn("Day"),
        }
        result = st.data_editor(df, column_config=config, num_rows="dynamic")
        st.session_state.rows = result.to_dict("records")
    """).run()
    at.data_editor[0].add_row({"name": "Ada", "age": 36, "height": 1.5, "ok": True,
                               "day": "2024-05-01"}).run()
    row = at.session_state["rows"][0]
    assert row == {"name": "Ada", "age": 36, "height": 1.5, "ok": True, "day": "2024-05-01"}
    assert type(row["age"]) is int and type(row["height"]) is float
    with pytest.raises(ValueError):
        at.data_editor[0].add_row({"age": "old"})  # a number column takes numbers only
