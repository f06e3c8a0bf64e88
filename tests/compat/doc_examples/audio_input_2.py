# From streamlit 1.67.0, docstring example 2 of st.audio_input (Apache-2.0), unchanged.
import streamlit as st

audio_value = st.audio_input("Record high quality audio", sample_rate=48000)

if audio_value:
    st.audio(audio_value)
