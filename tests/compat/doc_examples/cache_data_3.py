# From streamlit 1.67.0, docstring example 3 of st.cache_data (Apache-2.0), unchanged.
import streamlit as st

@st.cache_data(persist="disk")
def fetch_and_clean_data(url):
    # Fetch data from URL here, and then clean it up.
    return data
