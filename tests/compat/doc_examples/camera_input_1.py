# From streamlit 1.67.0, docstring example 1 of st.camera_input (Apache-2.0), unchanged.
import streamlit as st

enable = st.checkbox("Enable camera")
picture = st.camera_input("Take a picture", disabled=not enable)

if picture:
    st.image(picture)
