# From streamlit 1.67.0, docstring example 1 of st.checkbox (Apache-2.0), unchanged.
import streamlit as st

agree = st.checkbox("I agree")

if agree:
    st.write("Great!")
