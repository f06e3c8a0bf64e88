# From streamlit 1.67.0, docstring example 2 of st.context (Apache-2.0), unchanged.
import streamlit as st

st.context.headers["host"]
