# From streamlit 1.67.0, docstring example 2 of st.radio (Apache-2.0), unchanged.
import streamlit as st

genre = st.radio(
    "What's your favorite movie genre",
    [":rainbow[Comedy]", "***Drama***", "Documentary :movie_camera:"],
    index=None,
)

st.write("You selected:", genre)
