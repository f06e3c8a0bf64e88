# From streamlit 1.67.0, docstring example 1 of st.map (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st
from numpy.random import default_rng as rng

df = pd.DataFrame(
    rng(0).standard_normal((1000, 2)) / [50, 50] + [37.76, -122.4],
    columns=["lat", "lon"],
)

st.map(df, alt="Sample points near San Francisco")

st.map(df, size=20, color="#0044ff")
