# From streamlit 1.67.0, docstring example 12 of st.context (Apache-2.0), unchanged.
import streamlit as st

if st.context.is_embedded:
    st.write("You are running the app in an embedded context.")
