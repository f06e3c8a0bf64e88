# From streamlit 1.67.0, docstring example 6 of st.container (Apache-2.0), unchanged.
import streamlit as st

with st.container(horizontal=True, wrap=False):
    for label in ("Edit", "Duplicate", "Archive", "Delete"):
        st.button(label)
