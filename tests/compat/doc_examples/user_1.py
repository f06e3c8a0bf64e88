# From streamlit 1.67.0, docstring example 1 of st.user (Apache-2.0), unchanged.
import streamlit as st

if st.user.is_logged_in:
    st.write(st.user)
