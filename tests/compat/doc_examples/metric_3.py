# From streamlit 1.67.0, docstring example 3 of st.metric (Apache-2.0), unchanged.
import streamlit as st

st.metric(
    label="Gas price", value=4, delta=-0.5, delta_color="inverse"
)

st.metric(
    label="Active developers",
    value=123,
    delta=123,
    delta_color="off",
)
