# From streamlit 1.67.0, docstring example 1 of st.stop (Apache-2.0), unchanged.
import streamlit as st

name = st.text_input("Name")
if not name:
  st.warning('Please input a name.')
  st.stop()
st.success("Thank you for inputting a name.")
