# From streamlit 1.67.0, docstring example 2 of st.line_chart (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st
from numpy.random import default_rng as rng

df = pd.DataFrame(
    {
        "col1": list(range(20)) * 3,
        "col2": rng(0).standard_normal(60),
        "col3": ["a"] * 20 + ["b"] * 20 + ["c"] * 20,
    }
)

st.line_chart(
    df,
    x="col1",
    y="col2",
    color="col3",
    alt="Three series over a shared x-axis",
)
