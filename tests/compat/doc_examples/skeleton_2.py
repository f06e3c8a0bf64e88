# From streamlit 1.67.0, docstring example 2 of st.skeleton (Apache-2.0), unchanged.
import streamlit as st
import time

with st.skeleton(height=100):
    # Expensive computation runs here
    time.sleep(2)

# Skeleton clears, show results below
st.success("Data loaded!")
