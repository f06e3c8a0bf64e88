# From streamlit 1.67.0, docstring example 1 of st.logout (Apache-2.0), unchanged.
import streamlit as st

if not st.user.is_logged_in:
    if st.button("Log in"):
        st.login()
else:
    if st.button("Log out"):
        st.logout()
    st.write(f"Hello, {st.user.name}!")
