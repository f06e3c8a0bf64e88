# From streamlit 1.67.0, docstring example 2 of st.space (Apache-2.0), unchanged.
import streamlit as st

with st.container(horizontal=True):
    st.button("Left")
    st.space("stretch")
    st.button("Right")
