# From streamlit 1.67.0, docstring example 2 of st.number_input (Apache-2.0), unchanged.
import streamlit as st

number = st.number_input(
    "Insert a number", value=None, placeholder="Type a number..."
)
st.write("The current number is ", number)
