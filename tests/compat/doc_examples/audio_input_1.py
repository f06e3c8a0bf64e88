# From streamlit 1.67.0, docstring example 1 of st.audio_input (Apache-2.0), unchanged.
import streamlit as st

audio_value = st.audio_input("Record a voice message")

if audio_value:
    st.audio(audio_value)
