# From streamlit 1.67.0, docstring example 1 of st.chat_input (Apache-2.0), unchanged.
import streamlit as st

prompt = st.chat_input("Say something")
if prompt:
    st.write(f"User has sent the following prompt: {prompt}")
