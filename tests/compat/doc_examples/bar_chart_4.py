# From streamlit 1.67.0, docstring example 4 of st.bar_chart (Apache-2.0), unchanged.
import streamlit as st
from vega_datasets import data

source = data.barley()

st.bar_chart(source, x="variety", y="yield", color="site", horizontal=True)
