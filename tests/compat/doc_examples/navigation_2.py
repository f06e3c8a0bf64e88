# From streamlit 1.67.0, docstring example 2 of st.navigation (Apache-2.0), unchanged.
import streamlit as st

def page_2():
    st.title("Page 2")

pg = st.navigation(["page_1.py", page_2])
pg.run()
