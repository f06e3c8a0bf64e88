# From streamlit 1.67.0, docstring example 4 of st.login (Apache-2.0), unchanged.
import streamlit as st

if st.button("Log in"):
    st.login("auth0")
if st.user.is_logged_in:
    if st.button("Log out"):
        st.logout()
    st.write(f"Hello, {st.user.name}!")
