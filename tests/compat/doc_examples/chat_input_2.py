# From streamlit 1.67.0, docstring example 2 of st.chat_input (Apache-2.0), unchanged.
import streamlit as st

with st.sidebar:
    messages = st.container(height=200)
    if prompt := st.chat_input("Say something"):
        messages.chat_message("user").write(prompt)
        messages.chat_message("assistant").write(f"Echo: {prompt}")
