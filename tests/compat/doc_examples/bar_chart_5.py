# From streamlit 1.67.0, docstring example 5 of st.bar_chart (Apache-2.0), unchanged.
import streamlit as st
from vega_datasets import data

source = data.barley()

st.bar_chart(source, x="year", y="yield", color="site", stack=False)
