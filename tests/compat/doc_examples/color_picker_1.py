# From streamlit 1.67.0, docstring example 1 of st.color_picker (Apache-2.0), unchanged.
import streamlit as st

color = st.color_picker("Pick A Color", "#00f900")
st.write("The current color is", color)
