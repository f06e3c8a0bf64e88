# From streamlit 1.67.0, docstring example 1 of st.text (Apache-2.0), unchanged.
import streamlit as st

st.text("This is text\n[and more text](that's not a Markdown link).")
