# From streamlit 1.67.0, docstring example 2 of st.video (Apache-2.0), unchanged.
import streamlit as st

VIDEO_URL = "https://example.com/not-youtube.mp4"
st.video(VIDEO_URL, subtitles="subtitles.vtt")
