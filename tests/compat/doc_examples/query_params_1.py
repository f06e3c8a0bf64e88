# From streamlit 1.67.0, docstring example 1 of st.query_params (Apache-2.0), unchanged.
import streamlit as st

st.query_params.update({"foo": "bar"}, stream=["lit", "rocks"])
