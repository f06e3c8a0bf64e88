# From streamlit 1.67.0, docstring example 6 of st.metric (Apache-2.0), unchanged.
import streamlit as st

st.metric(
    "Temperature", "70 °F", "1.2 °F", icon=":material/thermostat:"
)
