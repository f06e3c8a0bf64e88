# From streamlit 1.67.0, docstring example 6 of st.columns (Apache-2.0), unchanged.
import streamlit as st

images = [
    "https://static.streamlit.io/examples/cat.jpg",
    "https://static.streamlit.io/examples/dog.jpg",
    "https://static.streamlit.io/examples/owl.jpg",
    "https://static.streamlit.io/examples/cat.jpg",
    "https://static.streamlit.io/examples/dog.jpg",
    "https://static.streamlit.io/examples/owl.jpg",
]
thumbnail_columns = st.columns(6, gap="xsmall", wrap=False)
for column, image in zip(thumbnail_columns, images):
    column.image(image)
