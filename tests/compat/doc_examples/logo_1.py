# From streamlit 1.67.0, docstring example 1 of st.logo (Apache-2.0), unchanged.
import streamlit as st

st.logo(
    LOGO_URL_LARGE,
    link="https://streamlit.io/gallery",
    icon_image=LOGO_URL_SMALL,
)
