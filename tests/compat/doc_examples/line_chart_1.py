# From streamlit 1.67.0, docstring example 1 of st.line_chart (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st
from numpy.random import default_rng as rng

df = pd.DataFrame(rng(0).standard_normal((20, 3)), columns=["a", "b", "c"])

st.line_chart(df)
