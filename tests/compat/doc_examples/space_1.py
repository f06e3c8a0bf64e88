# From streamlit 1.67.0, docstring example 1 of st.space (Apache-2.0), unchanged.
import streamlit as st

left, middle, right = st.columns(3)

left.space("medium")
left.button("Left button", width="stretch")

middle.space("small")
middle.text_input("Middle input")

right.audio_input("Right uploader")
