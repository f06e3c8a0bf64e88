# From streamlit 1.67.0, docstring example 5 of st.columns (Apache-2.0), unchanged.
import streamlit as st

left, middle, right = st.columns(3, border=True)

left.markdown("Lorem ipsum " * 10)
middle.markdown("Lorem ipsum " * 5)
right.markdown("Lorem ipsum ")
