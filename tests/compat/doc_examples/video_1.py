# From streamlit 1.67.0, docstring example 1 of st.video (Apache-2.0), unchanged.
import streamlit as st

video_file = open("myvideo.mp4", "rb")
video_bytes = video_file.read()

st.video(video_bytes, alt="A timelapse of a city skyline at sunset")
