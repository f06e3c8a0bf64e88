# From streamlit 1.67.0, docstring example 2 of st.login (Apache-2.0), unchanged.
import streamlit as st

if not st.user.is_logged_in:
    st.login("microsoft")
else:
    st.write(f"Hello, {st.user.name}!")
