# From streamlit 1.67.0, docstring example 2 of st.camera_input (Apache-2.0), unchanged.
import streamlit as st

picture = st.camera_input("Scan QR code", resolution="720p")

if picture:
    st.image(picture)
