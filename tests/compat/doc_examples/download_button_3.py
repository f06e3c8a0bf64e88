# From streamlit 1.67.0, docstring example 3 of st.download_button (Apache-2.0), unchanged.
import streamlit as st

with open("flower.png", "rb") as file:
    st.download_button(
        label="Download image",
        data=file,
        file_name="flower.png",
        mime="image/png",
    )
