# From streamlit 1.67.0, docstring example 1 of st.pagination (Apache-2.0), unchanged.
import streamlit as st

page = st.pagination(num_pages=10)
st.write(f"Showing page {page}")
