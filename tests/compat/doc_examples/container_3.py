# From streamlit 1.67.0, docstring example 3 of st.container (Apache-2.0), unchanged.
import streamlit as st

row1 = st.columns(3)
row2 = st.columns(3)

for col in row1 + row2:
    tile = col.container(height=120)
    tile.title(":balloon:")
