# From streamlit 1.67.0, docstring example 2 of st.text_input (Apache-2.0), unchanged.
import streamlit as st

email = st.text_input("Email", type="email")
if email:
    st.write("We'll reach you at", email)
