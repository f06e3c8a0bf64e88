# From streamlit 1.67.0, docstring example 1 of st.switch_page (Apache-2.0), unchanged.
import streamlit as st

if st.button("Home"):
    st.switch_page("your_app.py")
if st.button("Page 1"):
    st.switch_page("pages/page_1.py")
if st.button("Page 2"):
    st.switch_page("pages/page_2.py")
