# From streamlit 1.67.0, docstring example 1 of st.audio (Apache-2.0), unchanged.
import streamlit as st

st.audio(
    "cat-purr.mp3",
    format="audio/mpeg",
    loop=True,
    alt="A cat purring contentedly",
)
