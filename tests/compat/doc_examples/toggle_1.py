# From streamlit 1.67.0, docstring example 1 of st.toggle (Apache-2.0), unchanged.
import streamlit as st

on = st.toggle("Activate feature")

if on:
    st.write("Feature activated!")
