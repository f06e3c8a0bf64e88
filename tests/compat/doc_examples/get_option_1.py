# From streamlit 1.67.0, docstring example 1 of st.get_option (Apache-2.0), unchanged.
import streamlit as st

color = st.get_option("theme.primaryColor")
