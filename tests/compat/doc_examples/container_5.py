# From streamlit 1.67.0, docstring example 5 of st.container (Apache-2.0), unchanged.
import streamlit as st

flex = st.container(horizontal=True, horizontal_alignment="right")

for card in range(3):
    flex.button(f"Button {card + 1}")
