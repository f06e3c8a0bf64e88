# From streamlit 1.67.0, docstring example 5 of st.chat_input (Apache-2.0), unchanged.
import streamlit as st

prompt = st.chat_input(
    "Say or record something",
    accept_audio=True,
)
if prompt and prompt.text:
    st.write("Text:", prompt.text)
if prompt and prompt.audio:
    st.audio(prompt.audio)
    st.write("Audio file:", prompt.audio.name)
