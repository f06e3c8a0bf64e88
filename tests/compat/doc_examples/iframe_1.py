# From streamlit 1.67.0, docstring example 1 of st.iframe (Apache-2.0), unchanged.
import streamlit as st
st.iframe(
    "https://docs.streamlit.io",
    height=600,
    alt="Streamlit documentation",
)
