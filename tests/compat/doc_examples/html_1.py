# From streamlit 1.67.0, docstring example 1 of st.html (Apache-2.0), unchanged.
import streamlit as st

st.html(
    "<p><span style='text-decoration: line-through double red;'>Oops</span>!</p>"
)
