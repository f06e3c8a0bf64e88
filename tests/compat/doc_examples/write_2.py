# From streamlit 1.67.0, docstring example 2 of st.write (Apache-2.0), unchanged.
import streamlit as st
import pandas as pd

st.write(1234)
st.write(
    pd.DataFrame(
        {
            "first column": [1, 2, 3, 4],
            "second column": [10, 20, 30, 40],
        }
    )
)
