# From streamlit 1.67.0, docstring example 1 of st.selectbox (Apache-2.0), unchanged.
import streamlit as st

option = st.selectbox(
    "How would you like to be contacted?",
    ("Email", "Home phone", "Mobile phone"),
)

st.write("You selected:", option)
