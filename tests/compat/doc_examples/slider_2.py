# From streamlit 1.67.0, docstring example 2 of st.slider (Apache-2.0), unchanged.
import streamlit as st

values = st.slider("Select a range of values", 0.0, 100.0, (25.0, 75.0))
st.write("Values:", values)
