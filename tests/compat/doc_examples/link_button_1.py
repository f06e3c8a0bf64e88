# From streamlit 1.67.0, docstring example 1 of st.link_button (Apache-2.0), unchanged.
import streamlit as st

st.link_button("Go to gallery", "https://streamlit.io/gallery")
