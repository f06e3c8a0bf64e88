# From streamlit 1.67.0, docstring example 1 of st.popover (Apache-2.0), unchanged.
import streamlit as st

with st.popover("Open popover"):
    st.markdown("Hello World 👋")
    name = st.text_input("What's your name?")

st.write("Your name:", name)
