# From streamlit 1.67.0, docstring example 3 of st.file_uploader (Apache-2.0), unchanged.
import streamlit as st

uploaded_files = st.file_uploader(
    "Upload images", accept_multiple_files="directory", type=["jpg", "png"]
)
for uploaded_file in uploaded_files:
    st.image(uploaded_file)
