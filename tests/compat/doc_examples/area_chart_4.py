# From streamlit 1.67.0, docstring example 4 of st.area_chart (Apache-2.0), unchanged.
import streamlit as st
from vega_datasets import data

df = data.unemployment_across_industries()

st.area_chart(df, x="date", y="count", color="series", stack="center")
