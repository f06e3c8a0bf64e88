# From streamlit 1.67.0, docstring example 1 of st.spinner (Apache-2.0), unchanged.
import streamlit as st
import time

with st.spinner("Wait for it...", show_time=True):
    time.sleep(5)
st.success("Done!")
st.button("Rerun")
