# From streamlit 1.67.0, docstring example 6 of st.context (Apache-2.0), unchanged.
import streamlit as st

st.write(f"The current theme type is {st.context.theme.type}.")
