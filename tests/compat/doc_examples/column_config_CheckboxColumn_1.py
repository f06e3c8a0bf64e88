# From streamlit 1.67.0, docstring example 1 of st.column_config.CheckboxColumn (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st

data_df = pd.DataFrame(
    {
        "widgets": [
            "st.selectbox",
            "st.number_input",
            "st.text_area",
            "st.button",
        ],
        "favorite": [True, False, False, True],
    }
)

st.data_editor(
    data_df,
    column_config={
        "favorite": st.column_config.CheckboxColumn(
            "Your favorite?",
            help="Select your **favorite** widgets",
            default=False,
        )
    },
    disabled=["widgets"],
    hide_index=True,
)
