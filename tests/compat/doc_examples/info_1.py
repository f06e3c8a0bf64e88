# From streamlit 1.67.0, docstring example 1 of st.info (Apache-2.0), unchanged.
import streamlit as st

st.info('This is a purely informational message', icon="ℹ️")
