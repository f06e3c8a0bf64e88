# From streamlit 1.67.0, docstring example 1 of st.echo (Apache-2.0), unchanged.
import streamlit as st

with st.echo():
    st.write('This code will be printed')
