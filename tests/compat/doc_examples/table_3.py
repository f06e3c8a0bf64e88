# From streamlit 1.67.0, docstring example 3 of st.table (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st
from numpy.random import default_rng as rng

df = pd.DataFrame(
    rng(0).standard_normal((50, 5)), columns=["A", "B", "C", "D", "E"]
)
st.table(df, height=300)
