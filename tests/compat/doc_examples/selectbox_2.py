# From streamlit 1.67.0, docstring example 2 of st.selectbox (Apache-2.0), unchanged.
import streamlit as st

option = st.selectbox(
    "How would you like to be contacted?",
    ("Email", "Home phone", "Mobile phone"),
    index=None,
    placeholder="Select contact method...",
)

st.write("You selected:", option)
