# From streamlit 1.67.0, docstring example 1 of st.connection (Apache-2.0), unchanged.
import streamlit as st

conn = st.connection("sql")
