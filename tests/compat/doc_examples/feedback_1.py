# From streamlit 1.67.0, docstring example 1 of st.feedback (Apache-2.0), unchanged.
import streamlit as st

sentiment_mapping = ["one", "two", "three", "four", "five"]
selected = st.feedback("stars")
if selected is not None:
    st.markdown(f"You selected {sentiment_mapping[selected]} star(s).")
