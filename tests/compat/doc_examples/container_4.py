# From streamlit 1.67.0, docstring example 4 of st.container (Apache-2.0), unchanged.
import streamlit as st

long_text = "Lorem ipsum. " * 1000

with st.container(height=300):
    st.markdown(long_text)
