# From streamlit 1.67.0, docstring example 10 of st.context (Apache-2.0), unchanged.
import streamlit as st

if st.context.url.startswith("http://localhost"):
    st.write("You are running the app locally.")
