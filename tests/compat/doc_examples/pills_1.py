# From streamlit 1.67.0, docstring example 1 of st.pills (Apache-2.0), unchanged.
import streamlit as st

options = ["North", "East", "South", "West"]
selection = st.pills("Directions", options, selection_mode="multi")
st.markdown(f"Your selected options: {selection}.")
