# From streamlit 1.67.0, docstring example 1 of st.image (Apache-2.0), unchanged.
import streamlit as st
st.image(
    "sunrise.jpg",
    caption="Sunrise by the mountains",
    alt="Sunrise over a mountain ridge",
)
