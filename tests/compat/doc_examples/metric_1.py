# From streamlit 1.67.0, docstring example 1 of st.metric (Apache-2.0), unchanged.
import streamlit as st

st.metric(label="Temperature", value="70 °F", delta="1.2 °F")
