# From streamlit 1.67.0, docstring example 1 of st.text_input (Apache-2.0), unchanged.
import streamlit as st

title = st.text_input("Movie title", "Life of Brian")
st.write("The current movie title is", title)
