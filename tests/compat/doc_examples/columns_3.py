# From streamlit 1.67.0, docstring example 3 of st.columns (Apache-2.0), unchanged.
import streamlit as st

left, middle, right = st.columns(3, vertical_alignment="bottom")

left.text_input("Write something")
middle.button("Click me", width="stretch")
right.checkbox("Check me")
