# From streamlit 1.67.0, docstring example 1 of st.exception (Apache-2.0), unchanged.
import streamlit as st

e = RuntimeError("This is an exception of type RuntimeError")
st.exception(e)
