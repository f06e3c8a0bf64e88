# From streamlit 1.67.0, docstring example 1 of st.multiselect (Apache-2.0), unchanged.
import streamlit as st

options = st.multiselect(
    "What are your favorite colors?",
    ["Green", "Yellow", "Red", "Blue"],
    default=["Yellow", "Red"],
)

st.write("You selected:", options)
