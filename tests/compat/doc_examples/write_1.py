# From streamlit 1.67.0, docstring example 1 of st.write (Apache-2.0), unchanged.
import streamlit as st

st.write("Hello, *World!* :sunglasses:")
