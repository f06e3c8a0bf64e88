# From streamlit 1.67.0, docstring example 2 of st.multiselect (Apache-2.0), unchanged.
import streamlit as st

options = st.multiselect(
    "What are your favorite cat names?",
    ["Jellybeans", "Fish Biscuit", "Madam President"],
    max_selections=5,
    accept_new_options=True,
)

st.write("You selected:", options)
